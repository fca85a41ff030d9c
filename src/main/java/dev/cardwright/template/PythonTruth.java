package dev.cardwright.template;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/** Python's truthiness and equality for plain values (huggingface_hub tests {@code if model_index:}, compares tags with {@code in}). */
final class PythonTruth {
    private PythonTruth() {
    }

    static boolean isTrue(Object v) {
        if (v == null || v == PythonNone.INSTANCE || Undefined.is(v)) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof CharSequence s) {
            return s.length() > 0;
        }
        if (v instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        return true;
    }

    /** Python {@code ==}: 1 == 1.0 == True. */
    static boolean equal(Object a, Object b) {
        return Objects.equals(key(a), key(b));
    }

    /** A value normalized so that Java equality follows Python's for numbers and booleans. */
    static Object key(Object v) {
        if (v instanceof Boolean b) {
            return BigDecimal.valueOf(b ? 1 : 0);
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return Double.isFinite(d) ? new BigDecimal(d).stripTrailingZeros() : v;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return BigDecimal.valueOf(((Number) v).longValue()).stripTrailingZeros();
        }
        if (v instanceof BigInteger bi) {
            return new BigDecimal(bi).stripTrailingZeros();
        }
        return v;
    }
}
