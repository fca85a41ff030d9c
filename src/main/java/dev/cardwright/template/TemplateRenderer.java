package dev.cardwright.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.mode.ExecutionMode;
import com.hubspot.jinjava.interpret.TemplateError;

import dev.cardwright.card.CardFormatException;

/**
 * Renders Jinja templates with Jinjava, set up to behave like Jinja2 as huggingface_hub uses it:
 * no autoescape, undefined variables print nothing, no trim_blocks/lstrip_blocks, values printed
 * with Python's {@code str()}, and one trailing newline of the template dropped (Jinja2's
 * {@code keep_trailing_newline=False}).
 */
public final class TemplateRenderer {
    private static final Jinjava JINJAVA = new Jinjava(JinjavaConfig.newBuilder()
            .withTrimBlocks(false)
            .withLstripBlocks(false)
            .withNestedInterpretationEnabled(false)
            .withFailOnUnknownTokens(false)
            .withExecutionMode(new PythonOutputMode())
            .withKeepTrailingNewline(true) // dropped in prepare(), exactly once, as Jinja2 does
            .withIterateOverMapKeys(true) // Python iterates a dict's keys
            .withInterperterFactory(new Undefined.Factory())
            .build());

    static {
        JINJAVA.getGlobalContext().registerTag(new PythonForTag());
        JINJAVA.getGlobalContext().registerTag(new PythonPrintTag());
        JINJAVA.getGlobalContext().registerExpTest(new Undefined.DefinedTest());
        JINJAVA.getGlobalContext().registerExpTest(new Undefined.UndefinedTest());
        JINJAVA.getGlobalContext().registerFilter(new Undefined.DefaultFilter("default"));
        JINJAVA.getGlobalContext().registerFilter(new Undefined.DefaultFilter("d"));
    }

    /** Jinjava takes the output strategy from the context, which the execution mode prepares. */
    private static final class PythonOutputMode implements ExecutionMode {
        @Override
        public void prepareContext(Context context) {
            context.setExpressionStrategy(new PythonOutputStrategy());
        }
    }

    private TemplateRenderer() {
    }

    /**
     * Renders {@code template} with {@code variables}. {@code file} names the template in errors.
     *
     * @throws CardFormatException {@code file:line:col: message} for a template Jinjava cannot parse or run
     */
    public static String render(String template, Map<String, ?> variables, String file) throws CardFormatException {
        String source = prepare(template);
        Map<String, Object> context = new LinkedHashMap<>(variables);
        RenderResult result = JINJAVA.renderForResult(source, context);
        for (TemplateError e : result.getErrors()) {
            if (e.getSeverity() == TemplateError.ErrorType.FATAL) {
                throw new CardFormatException(file, Math.max(1, e.getLineno()), column(source, e), describe(e));
            }
        }
        return result.getOutput();
    }

    /**
     * Renders Cardwright's built-in template for {@code cardType} ({@code model} or {@code dataset})
     * with values in the shape of huggingface_hub's {@code from_template} (card data, extra variables)
     * and returns the finished README text. Used by the benchmark.
     */
    public static String renderDefault(String cardType, Map<String, ?> cardData, Map<String, ?> kwargs) throws CardFormatException {
        return CardRenderer.render(cardType, BuiltinTemplates.text(cardType), BuiltinTemplates.name(cardType), cardData, kwargs);
    }

    /**
     * Newlines read as Python's universal newlines do; one trailing newline dropped as Jinja2 does;
     * then {@link JinjaDialect} for comments and whitespace control on expressions.
     */
    static String prepare(String template) {
        String source = template.replace("\r\n", "\n").replace('\r', '\n');
        if (source.endsWith("\n")) {
            source = source.substring(0, source.length() - 1);
        }
        return JinjaDialect.rewrite(source);
    }

    private static int column(String source, TemplateError e) {
        // Jinjava reports the position within the line for most syntax errors; 1 when it has none.
        return Math.max(1, e.getStartPosition());
    }

    private static String describe(TemplateError e) {
        String m = e.getMessage() == null ? "template error" : e.getMessage().strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    static List<String> builtinNames() {
        return List.of("model", "dataset");
    }
}
