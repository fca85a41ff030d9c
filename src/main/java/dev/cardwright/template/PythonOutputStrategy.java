package dev.cardwright.template;

import java.util.regex.Pattern;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.expression.ExpressionStrategy;
import com.hubspot.jinjava.tree.output.RenderedOutputNode;
import com.hubspot.jinjava.tree.parse.ExpressionToken;

/**
 * Prints {@code {{ … }}} the way Jinja2 does: with Python's {@code str()} (lists as
 * {@code ['en', 'zh']}, {@code True}, {@code None} for a variable that is set to None), an
 * undefined variable as nothing, no autoescape, and never rendering the printed value again
 * (Jinjava's default may re-render output containing {@code {{}}; Jinja2 never does).
 */
final class PythonOutputStrategy implements ExpressionStrategy {
    private static final long serialVersionUID = 1L;
    private static final Pattern NAME = Pattern.compile("\\s*[A-Za-z_][A-Za-z0-9_]*\\s*");

    @Override
    public RenderedOutputNode interpretOutput(ExpressionToken token, JinjavaInterpreter interpreter) {
        return new RenderedOutputNode(print(token.getExpr(), token.getLineNumber(), interpreter));
    }

    /** What Jinja2 prints for {@code {{ expr }}}. */
    static String print(String expr, int line, JinjavaInterpreter interpreter) {
        Object value = interpreter.resolveELExpression(expr, line);
        if (Undefined.is(value)) {
            return "";
        }
        if (value == null) {
            // Jinjava does not tell None from undefined; a plain name that is bound to null is Python's None
            if (NAME.matcher(expr).matches() && interpreter.getContext().containsKey(expr.strip())) {
                return "None";
            }
            return "";
        }
        return PythonRepr.str(value);
    }
}
