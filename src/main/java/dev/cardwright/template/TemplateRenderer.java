package dev.cardwright.template;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.LegacyOverrides;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.mode.ExecutionMode;
import com.hubspot.jinjava.interpret.TemplateError;

import dev.cardwright.card.CardFormatException;

/**
 * Renders Jinja templates with Jinjava, set up to behave like Jinja2 as huggingface_hub uses it:
 * no autoescape; no trim_blocks/lstrip_blocks; one trailing newline of the template dropped
 * ({@code keep_trailing_newline=False}); values printed with Python's {@code str()}
 * ({@link PythonOutputStrategy}); Jinja2's Undefined ({@link Undefined}) and None
 * ({@link PythonNone}) kept apart; {@code for … if …}/{@code else} ({@link PythonForTag}); comments
 * and whitespace control on expressions ({@link JinjaDialect}).
 */
public final class TemplateRenderer {
    /** Java methods a template could otherwise call on a value (Jinjava resolves method calls by reflection). */
    private static final java.util.Set<String> RESTRICTED_METHODS = java.util.Set.of(
            "getClass", "getBytes", "getChars", "wait", "notify", "notifyAll", "hashCode", "getDeclaringClass",
            "forName", "newInstance", "invoke", "exec", "getRuntime", "getClassLoader", "getModule", "describeConstable",
            "resolveConstantDesc", "toCharArray", "intern", "chars", "codePoints", "getProtectionDomain");
    /** Java bean properties ({@code value.class} for {@code getClass()}); Python values have none of these attributes. */
    private static final java.util.Set<String> RESTRICTED_PROPERTIES = java.util.Set.of(
            "class", "bytes", "classLoader", "declaringClass", "module", "protectionDomain", "runtime", "chars");
    /** Nesting of blocks and parentheses a template may have; the parsers recurse once per level. */
    static final int MAX_NESTING = 100;

    private static final Jinjava JINJAVA = new Jinjava(JinjavaConfig.newBuilder()
            .withTrimBlocks(false)
            .withLstripBlocks(false)
            .withNestedInterpretationEnabled(false)
            .withFailOnUnknownTokens(false)
            .withExecutionMode(new PythonOutputMode())
            .withKeepTrailingNewline(true) // dropped in prepare(), exactly once, as Jinja2 does
            .withIterateOverMapKeys(true) // Python iterates a dict's keys
            // A template is untrusted: no Java reflection through values, bounded strings and output.
            .withRestrictedMethods(RESTRICTED_METHODS)
            .withRestrictedProperties(RESTRICTED_PROPERTIES)
            .withMaxOutputSize(dev.cardwright.card.Limits.MAX_RENDER_CHARS)
            .withMaxStringLength(dev.cardwright.card.Limits.MAX_RENDER_CHARS)
            .withMaxMacroRecursionDepth(MAX_NESTING)
            // the render watchdog interrupts the thread; this stops the render at the next node
            .withNodePreProcessor((node, interpreter) -> {
                if (Thread.currentThread().isInterrupted()) {
                    throw new com.hubspot.jinjava.interpret.InterpretException("the template took too long to render");
                }
            })
            .withInterperterFactory(new Undefined.Factory())
            .withLegacyOverrides(LegacyOverrides.newBuilder()
                    .withUseNaturalOperatorPrecedence(true) // Jinja2's: "not x == 1" is "not (x == 1)", "-x" negates
                    .withEvaluateMapKeys(true) // {k: 1} uses the variable k, as Jinja2 does
                    .withKeepNullableLoopValues(true) // for v in [none, 1] iterates twice
                    .build())
            .build());

    static {
        // include, import, from and extends read no file: card templates are one file
        JINJAVA.setResourceLocator((name, encoding, interpreter) -> {
            throw new com.hubspot.jinjava.loader.ResourceNotFoundException(
                    "a card template cannot include, import or extend another file ('" + name + "')");
        });
        JINJAVA.getGlobalContext().registerTag(new PythonForTag());
        JINJAVA.getGlobalContext().registerTag(new PythonPrintTag());
        JINJAVA.getGlobalContext().registerExpTest(Undefined.DEFINED_TEST);
        JINJAVA.getGlobalContext().registerExpTest(Undefined.UNDEFINED_TEST);
        JINJAVA.getGlobalContext().registerExpTest(PythonNone.NONE_TEST);
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
        refuseDeepNesting(source, file);
        Map<String, Object> context = new LinkedHashMap<>();
        variables.forEach((k, v) -> context.put(k, v == null ? PythonNone.INSTANCE : v));
        RenderResult result;
        // Jinjava looks at the thread's interrupt flag before every node it renders
        java.util.concurrent.atomic.AtomicBoolean late = new java.util.concurrent.atomic.AtomicBoolean();
        Thread renderer = Thread.currentThread();
        java.util.concurrent.ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            late.set(true);
            renderer.interrupt();
        }, dev.cardwright.card.Limits.MAX_RENDER_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
        try {
            result = JINJAVA.renderForResult(source, context);
        } catch (StackOverflowError e) {
            throw new CardFormatException(file, 1, 1, "the template nests too deeply to be rendered");
        } catch (OutOfMemoryError e) {
            throw new CardFormatException(file, 1, 1, "the template's output needs more memory than is available");
        } catch (RuntimeException e) {
            if (late.get()) {
                throw tooSlow(file);
            }
            throw e;
        } finally {
            if (!watchdog.cancel(false)) {
                try {
                    watchdog.get(); // it may be running now: let it finish, then take its interrupt back
                } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                    // nothing more to wait for
                }
                Thread.interrupted();
            }
        }
        if (late.get()) {
            throw tooSlow(file);
        }
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

    /**
     * Jinjava gives a line but its "position" is often an offset inside the expression, so the
     * column is found by looking for the failing tag (or the quoted expression of the message) on
     * that line; 1 when neither is there.
     */
    static int column(String source, TemplateError e) {
        String[] lines = source.split("\n", -1);
        int index = e.getLineno() - 1;
        if (index < 0 || index >= lines.length) {
            return 1;
        }
        String line = lines[index];
        String field = e.getFieldName();
        if (field != null && !field.isBlank() && line.contains(field.strip())) {
            return line.indexOf(field.strip()) + 1;
        }
        Matcher quoted = QUOTED.matcher(e.getMessage() == null ? "" : e.getMessage());
        if (quoted.find() && !quoted.group(1).isBlank()) {
            int at = line.indexOf(quoted.group(1).strip());
            if (at >= 0) {
                int open = Math.max(line.lastIndexOf("{{", at), line.lastIndexOf("{%", at));
                return (open >= 0 ? open : at) + 1;
            }
        }
        return 1;
    }

    private static final Pattern JAVA_NAME = Pattern.compile("(?:class )?\\b(?:java|javax|jdk|sun|com|org|dev)\\.[\\w.$]+");

    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

    private static final Pattern BLOCK_TAG = Pattern.compile("\\{%-?\\s*(end)?(if|for|macro|call|filter|block|raw)\\b");

    /**
     * Refuses a template whose blocks or brackets nest deeper than {@link #MAX_NESTING} before
     * Jinjava's parsers recurse into it (a few thousand levels exhaust their stack, and deep
     * parentheses take its expression parser minutes). Brackets in plain text count too, which
     * can only overestimate; real templates nest a handful of levels.
     */
    static void refuseDeepNesting(String source, String file) throws CardFormatException {
        int depth = 0;
        int line = 1;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '(' || c == '[') {
                if (++depth > MAX_NESTING) {
                    throw new CardFormatException(file, line, 1, "brackets nest more than " + MAX_NESTING + " deep");
                }
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
        }
        Matcher m = BLOCK_TAG.matcher(source);
        int blocks = 0;
        while (m.find()) {
            blocks += m.group(1) == null ? 1 : -1;
            if (blocks > MAX_NESTING) {
                int at = (int) source.substring(0, m.start()).chars().filter(ch -> ch == '\n').count() + 1;
                throw new CardFormatException(file, at, 1, "blocks (if, for, macro …) nest more than " + MAX_NESTING + " deep");
            }
        }
    }

    private static final java.util.concurrent.ScheduledExecutorService WATCHDOG = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cardwright-render-watchdog");
        t.setDaemon(true);
        return t;
    });

    private static CardFormatException tooSlow(String file) {
        return new CardFormatException(file, 1, 1, "the template did not finish rendering within "
                + dev.cardwright.card.Limits.MAX_RENDER_MILLIS / 1000 + " s (macros or loops that multiply its work); it is refused");
    }

    private static String describe(TemplateError e) {
        String m = e.getMessage() == null ? "template error" : e.getMessage().strip();
        if (m.contains("OutputTooBigException") || m.contains("over limit of")) {
            return "the template's output would be longer than " + dev.cardwright.card.Limits.MAX_RENDER_CHARS / (1024 * 1024)
                    + " M characters; it is refused";
        }
        // our stand-in for Jinja2's Undefined should not show up by its Java name
        m = m.replace("of class " + Undefined.class.getName(), "of an undefined variable")
                .replace("in class " + Undefined.class.getName(), "on an undefined variable");
        // a template sees Python values; the Java names behind them are no business of its author's
        m = JAVA_NAME.matcher(m).replaceAll("a value");
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
