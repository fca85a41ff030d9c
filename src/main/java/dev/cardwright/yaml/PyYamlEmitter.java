package dev.cardwright.yaml;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes plain Java values exactly as PyYAML's {@code yaml.dump(value, sort_keys=False,
 * allow_unicode=True)} does with the default Dumper, which is how huggingface_hub writes card
 * metadata. Emitting the same bytes keeps diffs small for cards made by other tools and gives
 * byte-identical output for {@code ModelCard.from_template} parity.
 *
 * <p>The emitter mirrors the state PyYAML's emitter carries (column, current indent, whether the
 * last thing written was whitespace or indentation), because its line folding and indentation
 * decisions depend on exactly that state: block style with indent 2, sequences not indented under
 * a mapping key, plain/quoted scalars folded at column 80, empty collections in flow style,
 * strings that YAML 1.1 would read as something else quoted, single quotes preferred, double
 * quotes when a character needs an escape.
 *
 * <p>Values: {@link Map} (iteration order kept), {@link Collection}/arrays, {@link String},
 * integers ({@code Integer}, {@code Long}, {@code BigInteger}, …), {@code Double}/{@code Float},
 * {@code Boolean}, {@code null}, {@link LocalDate}/{@link LocalDateTime}; anything else is written
 * as its {@code toString()}.
 */
public final class PyYamlEmitter {
    private static final int BEST_INDENT = 2;
    private static final int BEST_WIDTH = 80;

    private final StringBuilder out = new StringBuilder();
    private final String lineBreak;
    /** PyYAML's {@code allow_unicode}: when false, every character outside printable ASCII is escaped in double quotes. */
    private final boolean allowUnicode;
    /** PyYAML's indent stack; {@link #NONE} stands for its {@code None} at document level. */
    private final Deque<Integer> indents = new ArrayDeque<>();
    private static final int NONE = -1;
    private int indent = NONE;
    private int column;
    private boolean whitespace = true;
    private boolean indention = true;
    private boolean openEnded;
    private boolean rootContext;
    private boolean mappingContext;
    private boolean simpleKeyContext;

    private PyYamlEmitter(String lineBreak, boolean allowUnicode) {
        this.lineBreak = lineBreak;
        this.allowUnicode = allowUnicode;
    }

    /** The YAML document for {@code value}, ending with a line break, as {@code yaml.dump} writes it. */
    public static String dump(Object value) {
        return dump(value, "\n");
    }

    /** As {@link #dump(Object)}, with PyYAML's {@code line_break} option ({@code "\n"}, {@code "\r\n"} or {@code "\r"}). */
    public static String dump(Object value, String lineBreak) {
        return dump(value, lineBreak, true);
    }

    /**
     * As {@link #dump(Object, String)}, choosing PyYAML's {@code allow_unicode}: a plain
     * {@code yaml.dump(value)} (how huggingface_hub's docs write {@code .eval_results} files) has it
     * false. Keys are written in the map's order either way; sort them first for {@code sort_keys=True}.
     */
    public static String dump(Object value, String lineBreak, boolean allowUnicode) {
        if (!lineBreak.equals("\n") && !lineBreak.equals("\r\n") && !lineBreak.equals("\r")) {
            throw new IllegalArgumentException("line break must be LF, CRLF or CR");
        }
        PyYamlEmitter e = new PyYamlEmitter(lineBreak, allowUnicode);
        e.node(value, true, false, false, false);
        e.writeIndent(); // implicit document end
        if (e.openEnded) {
            e.writeIndicator("...", true, false, false);
            e.writeIndent();
        }
        return e.out.toString();
    }

    /** One top-level {@code key: value} block (ending with a line break), as it appears inside a dumped mapping. */
    public static String dumpEntry(String key, Object value) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put(key, value);
        return dump(one);
    }

    // ---- nodes ---------------------------------------------------------------------------

    private void node(Object value, boolean root, boolean sequence, boolean mapping, boolean simpleKey) {
        rootContext = root;
        mappingContext = mapping;
        simpleKeyContext = simpleKey;
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                writeIndicator("{", true, true, false);
                writeIndicator("}", false, false, false);
            } else {
                blockMapping(map);
            }
        } else if (value instanceof Collection<?> || value instanceof Object[]) {
            Collection<?> items = value instanceof Collection<?> c ? c : java.util.Arrays.asList((Object[]) value);
            if (items.isEmpty()) {
                writeIndicator("[", true, true, false);
                writeIndicator("]", false, false, false);
            } else {
                blockSequence(items);
            }
        } else {
            increaseIndent(true, false);
            Scalar s = Scalar.of(value);
            writeScalar(s);
            indent = indents.pop();
        }
    }

    private void blockSequence(Collection<?> items) {
        boolean indentless = mappingContext && !indention;
        increaseIndent(false, indentless);
        for (Object item : items) {
            writeIndent();
            writeIndicator("-", true, false, true);
            node(item, false, true, false, false);
        }
        indent = indents.pop();
    }

    private void blockMapping(Map<?, ?> map) {
        increaseIndent(false, false);
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            writeIndent();
            Object key = entry.getKey();
            if (isSimpleKey(key)) {
                node(key, false, false, true, true);
                writeIndicator(":", false, false, false);
            } else {
                writeIndicator("?", true, false, true);
                node(key, false, false, true, false);
                writeIndent();
                writeIndicator(":", true, false, true);
            }
            node(entry.getValue(), false, false, true, false);
        }
        indent = indents.pop();
    }

    /** PyYAML's check_simple_key: a one-line scalar (or an empty collection) shorter than 128 characters, tag included. */
    private static boolean isSimpleKey(Object key) {
        if (key instanceof Map<?, ?> m) {
            return m.isEmpty();
        }
        if (key instanceof Collection<?> c) {
            return c.isEmpty();
        }
        Scalar s = Scalar.of(key);
        int[] cps = s.text.codePoints().toArray();
        // the resolved tag ("!!str", "!!int", …) counts towards the length, as in PyYAML
        int length = cps.length + s.shortTag.length();
        return length < 128 && cps.length > 0 && !ScalarAnalysis.of(cps, true).multiline;
    }

    private void increaseIndent(boolean flow, boolean indentless) {
        indents.push(indent);
        if (indent == NONE) {
            indent = flow ? BEST_INDENT : 0;
        } else if (!indentless) {
            indent += BEST_INDENT;
        }
    }

    // ---- scalars -------------------------------------------------------------------------

    private void writeScalar(Scalar s) {
        int[] text = s.text.codePoints().toArray();
        ScalarAnalysis a = ScalarAnalysis.of(text, allowUnicode);
        boolean split = !simpleKeyContext;
        char style = chooseStyle(s, a);
        switch (style) {
            case '"' -> writeDoubleQuoted(text, split);
            case '\'' -> writeSingleQuoted(text, split);
            default -> writePlain(text, split);
        }
    }

    private char chooseStyle(Scalar s, ScalarAnalysis a) {
        if (s.plainImplicit
                && !(simpleKeyContext && (a.empty || a.multiline))
                && a.allowBlockPlain) {
            return 'p';
        }
        if (a.allowSingleQuoted && !(simpleKeyContext && a.multiline)) {
            return '\'';
        }
        return '"';
    }

    private void writePlain(int[] text, boolean split) {
        if (rootContext) {
            openEnded = true;
        }
        if (text.length == 0) {
            return;
        }
        if (!whitespace) {
            write(" ", 1);
        }
        whitespace = false;
        indention = false;
        boolean spaces = false;
        boolean breaks = false;
        int start = 0;
        for (int end = 0; end <= text.length; end++) {
            int ch = end < text.length ? text[end] : -1;
            if (spaces) {
                if (ch != ' ') {
                    if (start + 1 == end && column > BEST_WIDTH && split) {
                        writeIndent();
                        whitespace = false;
                        indention = false;
                    } else {
                        write(text, start, end);
                    }
                    start = end;
                }
            } else if (breaks) {
                if (!isBreak(ch)) {
                    writeBreaks(text, start, end);
                    whitespace = false;
                    indention = false;
                    start = end;
                }
            } else if (ch == -1 || ch == ' ' || isBreak(ch)) {
                write(text, start, end);
                start = end;
            }
            if (ch != -1) {
                spaces = ch == ' ';
                breaks = isBreak(ch);
            }
        }
    }

    private void writeSingleQuoted(int[] text, boolean split) {
        writeIndicator("'", true, false, false);
        boolean spaces = false;
        boolean breaks = false;
        int start = 0;
        for (int end = 0; end <= text.length; end++) {
            int ch = end < text.length ? text[end] : -1;
            if (spaces) {
                if (ch != ' ') {
                    if (start + 1 == end && column > BEST_WIDTH && split && start != 0 && end != text.length) {
                        writeIndent();
                    } else {
                        write(text, start, end);
                    }
                    start = end;
                }
            } else if (breaks) {
                if (!isBreak(ch)) {
                    writeBreaks(text, start, end);
                    start = end;
                }
            } else if (ch == -1 || ch == ' ' || isBreak(ch) || ch == '\'') {
                if (start < end) {
                    write(text, start, end);
                    start = end;
                }
            }
            if (ch == '\'') {
                write("''", 2);
                start = end + 1;
            }
            if (ch != -1) {
                spaces = ch == ' ';
                breaks = isBreak(ch);
            }
        }
        writeIndicator("'", false, false, false);
    }

    /**
     * A run of line breaks inside a flow scalar, then the indent of the next line. A lone
     * {@code \n} would fold into a space when read back, so it takes an extra empty line.
     */
    private void writeBreaks(int[] text, int start, int end) {
        if (text[start] == '\n') {
            writeLineBreak(null);
        }
        for (int i = start; i < end; i++) {
            writeLineBreak(text[i] == '\n' ? null : new String(Character.toChars(text[i])));
        }
        writeIndent();
    }

    private void writeDoubleQuoted(int[] text, boolean split) {
        writeIndicator("\"", true, false, false);
        int start = 0;
        for (int end = 0; end <= text.length; end++) {
            int ch = end < text.length ? text[end] : -1;
            if (ch == -1 || needsEscape(ch, allowUnicode)) {
                if (start < end) {
                    write(text, start, end);
                    start = end;
                }
                if (ch != -1) {
                    String esc = escape(ch);
                    write(esc, esc.length());
                    start = end + 1;
                }
            }
            if (end > 0 && end < text.length - 1 && (ch == ' ' || start >= end)
                    && column + (end - start) > BEST_WIDTH && split) {
                if (start < end) {
                    write(text, start, end);
                    start = end;
                }
                write("\\", 1);
                writeIndent();
                whitespace = false;
                indention = false;
                if (text[start] == ' ') {
                    write("\\", 1);
                }
            }
        }
        writeIndicator("\"", false, false, false);
    }

    private static boolean needsEscape(int ch, boolean allowUnicode) {
        if (ch == '"' || ch == '\\' || ch == 0x85 || ch == 0x2028 || ch == 0x2029 || ch == 0xFEFF) {
            return true;
        }
        if (!allowUnicode) {
            return !(ch >= 0x20 && ch <= 0x7E);
        }
        // allow_unicode=True, but PyYAML still escapes characters beyond the BMP inside double quotes
        return !((ch >= 0x20 && ch <= 0x7E) || (ch >= 0xA0 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD));
    }

    private static String escape(int ch) {
        switch (ch) {
            case 0: return "\\0";
            case 0x07: return "\\a";
            case 0x08: return "\\b";
            case 0x09: return "\\t";
            case 0x0A: return "\\n";
            case 0x0B: return "\\v";
            case 0x0C: return "\\f";
            case 0x0D: return "\\r";
            case 0x1B: return "\\e";
            case '"': return "\\\"";
            case '\\': return "\\\\";
            case 0x85: return "\\N";
            case 0xA0: return "\\_";
            case 0x2028: return "\\L";
            case 0x2029: return "\\P";
            default:
                if (ch <= 0xFF) {
                    return String.format("\\x%02X", ch);
                } else if (ch <= 0xFFFF) {
                    return String.format("\\u%04X", ch);
                }
                return String.format("\\U%08X", ch);
        }
    }

    static boolean isBreak(int ch) {
        return ch == '\n' || ch == 0x85 || ch == 0x2028 || ch == 0x2029;
    }

    // ---- low-level writing ---------------------------------------------------------------

    private void write(int[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            out.appendCodePoint(text[i]);
        }
        column += end - start;
    }

    private void write(String data, int width) {
        out.append(data);
        column += width;
    }

    private void writeIndicator(String indicator, boolean needWhitespace, boolean isWhitespace, boolean isIndention) {
        String data = (whitespace || !needWhitespace) ? indicator : " " + indicator;
        whitespace = isWhitespace;
        indention = indention && isIndention;
        column += data.length();
        openEnded = false;
        out.append(data);
    }

    private void writeIndent() {
        int ind = Math.max(indent, 0);
        if (!indention || column > ind || (column == ind && !whitespace)) {
            writeLineBreak(null);
        }
        if (column < ind) {
            whitespace = true;
            out.append(" ".repeat(ind - column));
            column = ind;
        }
    }

    private void writeLineBreak(String data) {
        whitespace = true;
        indention = true;
        column = 0;
        out.append(data == null ? lineBreak : data);
    }

    // ---- representation ------------------------------------------------------------------

    /** A value as PyYAML's representer turns it into a scalar: its text, and whether it may stay plain. */
    private record Scalar(String text, boolean plainImplicit, String shortTag) {
        static Scalar of(Object value) {
            if (value == null) {
                return new Scalar("null", true, "!!null");
            }
            if (value instanceof Boolean b) {
                return new Scalar(b ? "true" : "false", true, "!!bool");
            }
            if (value instanceof Integer || value instanceof Long || value instanceof Short
                    || value instanceof Byte || value instanceof BigInteger) {
                return new Scalar(value.toString(), true, "!!int");
            }
            if (value instanceof Double || value instanceof Float) {
                return new Scalar(yamlFloat(((Number) value).doubleValue()), true, "!!float");
            }
            if (value instanceof java.math.BigDecimal bd) {
                return new Scalar(yamlFloat(bd.doubleValue()), true, "!!float");
            }
            if (value instanceof LocalDate d) {
                return new Scalar(d.toString(), true, "!!timestamp");
            }
            if (value instanceof LocalDateTime dt) {
                return new Scalar(isoformat(dt, ""), true, "!!timestamp");
            }
            if (value instanceof OffsetDateTime dt) {
                String offset = dt.getOffset().getTotalSeconds() == 0 ? "+00:00" : dt.getOffset().getId();
                return new Scalar(isoformat(dt.toLocalDateTime(), offset), true, "!!timestamp");
            }
            String s = value.toString();
            return new Scalar(s, !Yaml11Resolver.resolvesToNonString(s), "!!str");
        }

        /** Python's {@code datetime.isoformat(' ')}: seconds always, microseconds only when not zero. */
        private static String isoformat(LocalDateTime dt, String offset) {
            String time = String.format("%02d:%02d:%02d", dt.getHour(), dt.getMinute(), dt.getSecond());
            int micros = dt.getNano() / 1000;
            if (micros != 0) {
                time += String.format(".%06d", micros);
            }
            return dt.toLocalDate() + " " + time + offset;
        }

        private static String yamlFloat(double d) {
            if (Double.isNaN(d)) {
                return ".nan";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? ".inf" : "-.inf";
            }
            String v = PythonFloat.repr(d).toLowerCase(java.util.Locale.ROOT);
            // PyYAML adds ".0" so that 1e-05 stays a float for YAML 1.1 readers
            if (!v.contains(".") && v.contains("e")) {
                v = v.replaceFirst("e", ".0e");
            }
            return v;
        }
    }

    /** PyYAML's analyze_scalar: which styles can carry this text unchanged. */
    private static final class ScalarAnalysis {
        boolean empty;
        boolean multiline;
        boolean allowBlockPlain = true;
        boolean allowSingleQuoted = true;

        static ScalarAnalysis of(int[] s, boolean allowUnicode) {
            ScalarAnalysis a = new ScalarAnalysis();
            if (s.length == 0) {
                a.empty = true;
                return a;
            }
            boolean blockIndicators = false;
            boolean lineBreaks = false;
            boolean special = false;
            boolean leadingSpace = false;
            boolean leadingBreak = false;
            boolean trailingSpace = false;
            boolean trailingBreak = false;
            boolean breakSpace = false;
            boolean spaceBreak = false;
            if (startsWith(s, "---") || startsWith(s, "...")) {
                blockIndicators = true;
            }
            boolean precededByWhitespace = true;
            boolean followedByWhitespace = s.length == 1 || isBlankOrBreak(s[1]);
            boolean previousSpace = false;
            boolean previousBreak = false;
            for (int i = 0; i < s.length; i++) {
                int ch = s[i];
                if (i == 0) {
                    if ("#,[]{}&*!|>'\"%@`".indexOf(ch) >= 0) {
                        blockIndicators = true;
                    }
                    if ((ch == '?' || ch == ':') && followedByWhitespace) {
                        blockIndicators = true;
                    }
                    if (ch == '-' && followedByWhitespace) {
                        blockIndicators = true;
                    }
                } else {
                    if (ch == ':' && followedByWhitespace) {
                        blockIndicators = true;
                    }
                    if (ch == '#' && precededByWhitespace) {
                        blockIndicators = true;
                    }
                }
                if (isBreak(ch)) {
                    lineBreaks = true;
                }
                if (!(ch == '\n' || (ch >= 0x20 && ch <= 0x7E))) {
                    boolean printable = (ch == 0x85 || (ch >= 0xA0 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD)
                            || (ch >= 0x10000 && ch < 0x10FFFF)) && ch != 0xFEFF;
                    if (!printable || !allowUnicode) {
                        special = true; // with allow_unicode=True only unprintable characters count
                    }
                }
                if (ch == ' ') {
                    if (i == 0) {
                        leadingSpace = true;
                    }
                    if (i == s.length - 1) {
                        trailingSpace = true;
                    }
                    if (previousBreak) {
                        breakSpace = true;
                    }
                    previousSpace = true;
                    previousBreak = false;
                } else if (isBreak(ch)) {
                    if (i == 0) {
                        leadingBreak = true;
                    }
                    if (i == s.length - 1) {
                        trailingBreak = true;
                    }
                    if (previousSpace) {
                        spaceBreak = true;
                    }
                    previousSpace = false;
                    previousBreak = true;
                } else {
                    previousSpace = false;
                    previousBreak = false;
                }
                precededByWhitespace = isBlankOrBreak(ch);
                followedByWhitespace = i + 2 >= s.length || isBlankOrBreak(s[i + 2]);
            }
            if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
                a.allowBlockPlain = false;
            }
            if (breakSpace) {
                a.allowBlockPlain = false;
                a.allowSingleQuoted = false;
            }
            if (spaceBreak || special) {
                a.allowBlockPlain = false;
                a.allowSingleQuoted = false;
            }
            if (lineBreaks) {
                a.allowBlockPlain = false;
            }
            if (blockIndicators) {
                a.allowBlockPlain = false;
            }
            a.multiline = lineBreaks;
            return a;
        }

        private static boolean startsWith(int[] s, String prefix) {
            if (s.length < prefix.length()) {
                return false;
            }
            for (int i = 0; i < prefix.length(); i++) {
                if (s[i] != prefix.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isBlankOrBreak(int ch) {
            return ch == 0 || ch == ' ' || ch == '\t' || ch == '\r' || isBreak(ch);
        }
    }

    /**
     * PyYAML's implicit resolvers (YAML 1.1): a plain scalar matching one of these would be read
     * back as a bool, int, float, null, timestamp, merge key or value key, so strings that match
     * are quoted ({@code 'yes'}, {@code '1.10'}, {@code '2023-01-01'}, {@code ''}).
     */
    public static final class Yaml11Resolver {
        private static final Pattern BOOL = Pattern.compile(
                "yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
        private static final Pattern FLOAT = Pattern.compile(
                "[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
                        + "|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
                        + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
                        + "|[-+]?\\.(?:inf|Inf|INF)"
                        + "|\\.(?:nan|NaN|NAN)");
        private static final Pattern INT = Pattern.compile(
                "[-+]?0b[0-1_]+"
                        + "|[-+]?0[0-7_]+"
                        + "|[-+]?(?:0|[1-9][0-9_]*)"
                        + "|[-+]?0x[0-9a-fA-F_]+"
                        + "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+");
        private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
        private static final Pattern TIMESTAMP = Pattern.compile(
                "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
                        + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
                        + "(?:[Tt]|[ \\t]+)[0-9][0-9]?"
                        + ":[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
                        + "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?");
        private static final Pattern MERGE = Pattern.compile("<<");
        private static final Pattern VALUE = Pattern.compile("=");
        private static final Pattern YAML = Pattern.compile("[!&*]");

        private Yaml11Resolver() {
        }

        static boolean resolvesToNonString(String s) {
            return implicitType(s) != null;
        }

        /**
         * The YAML 1.1 type PyYAML gives this text as a plain scalar: {@code bool}, {@code int},
         * {@code float}, {@code null}, {@code timestamp}, {@code merge}, {@code value} or
         * {@code yaml}; {@code null} when it is a string.
         */
        public static String implicitType(String s) {
            if (s.isEmpty()) {
                return "null"; // the null resolver is registered for the empty string
            }
            // PyYAML only tries the resolvers registered for the first character, in this order
            char c = s.charAt(0);
            if ("yYnNtTfFoO".indexOf(c) >= 0 && BOOL.matcher(s).matches()) {
                return "bool";
            }
            if ("-+0123456789.".indexOf(c) >= 0 && FLOAT.matcher(s).matches()) {
                return "float";
            }
            if ("-+0123456789".indexOf(c) >= 0 && INT.matcher(s).matches()) {
                return "int";
            }
            if (c == '<' && MERGE.matcher(s).matches()) {
                return "merge";
            }
            if ("~nN".indexOf(c) >= 0 && NULL.matcher(s).matches()) {
                return "null";
            }
            if ("0123456789".indexOf(c) >= 0 && TIMESTAMP.matcher(s).matches()) {
                return "timestamp";
            }
            if (c == '=' && VALUE.matcher(s).matches()) {
                return "value";
            }
            return "!&*".indexOf(c) >= 0 && YAML.matcher(s).matches() ? "yaml" : null;
        }
    }
}
