package dev.cardwright.template;

import com.hubspot.jinjava.lib.exptest.ExpTest;
import com.hubspot.jinjava.objects.serialization.PyishSerializable;
import com.hubspot.jinjava.util.HasObjectTruthValue;

/**
 * Python's None as a template variable. Jinjava drops variables whose value is {@code null} from
 * its context, so they would behave as undefined; Jinja2 tells them apart ({@code {{ x }}} prints
 * {@code None}, {@code x is defined}, {@code default("d")} keeps None). Variables given as null are
 * bound to this value instead: false, {@code none}, printed {@code None}.
 */
final class PythonNone implements HasObjectTruthValue, PyishSerializable {
    static final PythonNone INSTANCE = new PythonNone();
    /** {@code none}: null or this value (Undefined is not none). */
    static final ExpTest NONE_TEST = new ValueTest("none", v -> v == null || v == INSTANCE);

    private PythonNone() {
    }

    @Override
    public boolean getObjectTruthValue() {
        return false;
    }

    @Override
    public <T extends Appendable & CharSequence> T appendPyishString(T appendable) throws java.io.IOException {
        appendable.append("None");
        return appendable;
    }

    @Override
    public String toString() {
        return "None";
    }
}
