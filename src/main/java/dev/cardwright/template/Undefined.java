package dev.cardwright.template;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.InterpreterFactory;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.exptest.ExpTest;
import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.objects.serialization.PyishSerializable;
import com.hubspot.jinjava.util.HasObjectTruthValue;

/**
 * Jinja2's {@code Undefined}: what an unknown name evaluates to. Jinjava gives {@code null}, which
 * Jinja2 templates cannot tell from None; but they do ({@code x is not none} is true for an
 * undefined {@code x}, {@code default} replaces Undefined and not None). This value is false,
 * iterates as nothing and prints as nothing. It is not a {@code List}, so that Jinjava does not
 * wrap it in one of its own list types (which would print {@code []}).
 */
final class Undefined implements Iterable<Object>, HasObjectTruthValue, PyishSerializable {
    static final Undefined INSTANCE = new Undefined();
    /** Names the expression language treats as literals or Jinjava keeps for itself. */
    private static final Set<String> RESERVED = Set.of("none", "None", "true", "false", "True", "False", "loop",
            "super", "caller", "varargs", "kwargs");
    /** {@code defined}: not Undefined (and, as Jinjava has it, not null). */
    static final ExpTest DEFINED_TEST = new ValueTest("defined", v -> v != null && !is(v));
    static final ExpTest UNDEFINED_TEST = new ValueTest("undefined", v -> v == null || is(v));

    private Undefined() {
    }

    /** Whether {@code value} is Undefined. */
    static boolean is(Object value) {
        return value instanceof Undefined;
    }

    @Override
    public Iterator<Object> iterator() {
        return Collections.emptyIterator();
    }

    @Override
    public boolean getObjectTruthValue() {
        return false;
    }

    @Override
    public <T extends Appendable & CharSequence> T appendPyishString(T appendable) {
        return appendable;
    }

    @Override
    public String toString() {
        return "";
    }

    @Override
    public boolean equals(Object o) {
        return o == this;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    /** Interpreters whose unknown names resolve to {@link #INSTANCE}. */
    static final class Factory implements InterpreterFactory {
        @Override
        public JinjavaInterpreter newInstance(JinjavaInterpreter orig) {
            return new Interpreter(orig);
        }

        @Override
        public JinjavaInterpreter newInstance(Jinjava application, Context context, JinjavaConfig config) {
            return new Interpreter(application, context, config);
        }
    }

    private static final class Interpreter extends JinjavaInterpreter {
        Interpreter(JinjavaInterpreter orig) {
            super(orig);
        }

        Interpreter(Jinjava application, Context context, JinjavaConfig config) {
            super(application, context, config);
        }

        @Override
        public Object retraceVariable(String variable, int lineNumber, int startPosition) {
            Object value = super.retraceVariable(variable, lineNumber, startPosition);
            if (value == null && variable != null && !variable.contains(".") && !RESERVED.contains(variable)
                    && !getContext().containsKey(variable)) {
                return INSTANCE;
            }
            return value;
        }
    }

    /** Jinja2's {@code default(value, default_value='', boolean=False)}. */
    static final class DefaultFilter implements Filter {
        private final String name;

        DefaultFilter(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Object filter(Object var, JinjavaInterpreter interpreter, String... args) {
            return filter(var, interpreter, (Object[]) args, Map.of());
        }

        @Override
        public Object filter(Object var, JinjavaInterpreter interpreter, Object[] args, Map<String, Object> kwargs) {
            Object fallback = args.length > 0 ? args[0] : kwargs.getOrDefault("default_value", "");
            Object flag = args.length > 1 ? args[1] : kwargs.get("boolean");
            boolean onFalse = flag != null && com.hubspot.jinjava.util.ObjectTruthValue.evaluate(flag);
            if (is(var) || (onFalse && !PythonTruth.isTrue(var))) {
                return fallback;
            }
            return var;
        }
    }
}
