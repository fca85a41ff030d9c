package dev.cardwright.yaml;

import java.util.regex.Pattern;

/**
 * How the card source file writes one string: plain when it is a simple word, a literal block
 * ({@code |}) for multi-line text a person can read and edit, a double-quoted scalar with escapes
 * for everything a literal block cannot carry faithfully (CR, tabs, control characters, trailing
 * spaces that editors strip) — one source line per YAML line, so diffs stay line by line.
 */
final class CardSourceFileScalars {
    /** Strings the YAML 1.2 core schema would read as something other than a string. */
    private static final Pattern NOT_A_STRING = Pattern.compile(
            "null|Null|NULL|~|true|True|TRUE|false|False|FALSE"
                    + "|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?"
                    + "|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\\.(inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN");
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_ .,/()+{}'-]*");

    private CardSourceFileScalars() {
    }

    static boolean canBePlain(String s) {
        return PLAIN.matcher(s).matches() && !s.endsWith(" ") && !NOT_A_STRING.matcher(s).matches();
    }

    /** Whether a literal block can hold {@code s} exactly and visibly. */
    static boolean canBeLiteral(String s) {
        if (s.isBlank() || s.indexOf('\n') < 0 || s.indexOf('\n') == s.length() - 1) {
            return false; // empty and one-line values read better quoted
        }
        char previous = '\n';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' && (previous == ' ')) {
                return false;
            }
            if (c != '\n' && needsEscape(c)) {
                return false;
            }
            previous = c;
        }
        return previous != ' ';
    }

    /** Characters outside YAML's printable set, tabs, and characters some readers take for line breaks. */
    private static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                || c == '\uFFFE' || c == '\uFFFF';
    }

    /**
     * Appends {@code s} as a literal block for a key whose line is already written up to the
     * colon; content lines are indented by {@code indent} spaces.
     */
    static void literal(StringBuilder out, String s, int indent, int parentIndent) {
        out.append(" |");
        int firstContent = 0;
        while (firstContent < s.length() && s.charAt(firstContent) == '\n') {
            firstContent++;
        }
        if (firstContent < s.length() && s.charAt(firstContent) == ' ') {
            out.append(indent - parentIndent);
        }
        if (!s.endsWith("\n")) {
            out.append('-');
        } else if (s.endsWith("\n\n")) {
            out.append('+');
        }
        out.append('\n');
        int start = 0;
        while (start < s.length()) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? s.length() : nl;
            if (end > start) {
                out.append(" ".repeat(indent)).append(s, start, end);
            }
            out.append('\n');
            start = end + 1;
        }
    }

    /**
     * Appends {@code s} double-quoted, one source line per YAML line: each line but the last ends
     * in an escaped line break ({@code \n\}) and the next line's indentation is not part of the
     * value, so leading white space of a source line is escaped.
     */
    static void quoted(StringBuilder out, String s, int indent) {
        out.append(" \"");
        int start = 0;
        boolean first = true;
        while (start < s.length() || first) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? s.length() : nl + 1;
            if (!first) {
                out.append("\\\n").append(" ".repeat(indent));
            }
            for (int i = start; i < end; i++) {
                char c = s.charAt(i);
                boolean leading = !first && i == start && (c == ' ' || c == '\t');
                escape(out, c, leading);
            }
            first = false;
            start = end;
        }
        out.append("\"\n");
    }

    private static void escape(StringBuilder out, char c, boolean leadingWhiteSpace) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case '\0' -> out.append("\\0");
            case ' ' -> out.append(leadingWhiteSpace ? "\\x20" : " ");
            default -> {
                if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                    out.append(String.format("\\x%02X", (int) c));
                } else if (c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF') {
                    // Not \L or \P: snakeyaml-engine does not know those escapes.
                    out.append(String.format("\\u%04X", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
    }
}
