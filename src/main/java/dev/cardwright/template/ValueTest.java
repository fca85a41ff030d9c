package dev.cardwright.template;

import java.util.function.Predicate;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.exptest.ExpTest;

/** A Jinja test ({@code x is NAME}) that looks at the value alone and takes no arguments. */
record ValueTest(String name, Predicate<Object> holds) implements ExpTest {
    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean evaluate(Object var, JinjavaInterpreter interpreter, Object... args) {
        return holds.test(var);
    }
}
