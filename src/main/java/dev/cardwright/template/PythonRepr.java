package dev.cardwright.template;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

import dev.cardwright.yaml.PythonFloat;

/**
 * Python's {@code str()} and {@code repr()} of plain values. Jinja2 prints a value with
 * {@code str()}, so a list given to a huggingface_hub template shows up in the card as
 * {@code ['en', 'zh']}, a dict as {@code {'a': 1}}, a boolean as {@code True}. Cardwright renders
 * templates the same way for parity (and its validator flags such reprs left in a card).
 */
public final class PythonRepr {
    private PythonRepr() {
    }

    /** {@code str(value)}: strings unchanged, everything else as {@link #repr}. */
    public static String str(Object value) {
        if (value instanceof CharSequence s) {
            return s.toString();
        }
        return repr(value);
    }

    public static String repr(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (Undefined.is(value)) {
            return; // Jinja2 prints an Undefined as nothing
        }
        if (value == null || value == PythonNone.INSTANCE) {
            out.append("None");
        } else if (value instanceof Boolean b) {
            out.append(b ? "True" : "False");
        } else if (value instanceof CharSequence s) {
            appendString(out, s.toString());
        } else if (value instanceof Double || value instanceof Float) {
            out.append(PythonFloat.repr(((Number) value).doubleValue()));
        } else if (value instanceof BigDecimal d) {
            out.append(PythonFloat.repr(d.doubleValue()));
        } else if (value instanceof Number n) {
            out.append(n instanceof BigInteger ? n.toString() : Long.toString(n.longValue()));
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                append(out, e.getKey());
                out.append(": ");
                append(out, e.getValue());
                if (it.hasNext()) {
                    out.append(", ");
                }
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            Iterator<?> it = list.iterator();
            while (it.hasNext()) {
                append(out, it.next());
                if (it.hasNext()) {
                    out.append(", ");
                }
            }
            out.append(']');
        } else {
            out.append(value);
        }
    }

    /** Python's string repr: single quotes unless the text has a single quote and no double quote. */
    private static void appendString(StringBuilder out, String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        out.append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp < 0x20 || cp == 0x7F) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7F || isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp <= 0xFF) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xFFFF) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.append(String.format("\\U%08x", cp));
            }
        });
        out.append(quote);
    }

    /** Python's str.isprintable for one character: not a control, format, surrogate, private, unassigned or separator (other than space). */
    private static boolean isPrintable(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR:
                return cp == ' ';
            default:
                return true;
        }
    }
}
