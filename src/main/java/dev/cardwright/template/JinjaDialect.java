package dev.cardwright.template;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the bits of Jinja2 syntax whose whitespace handling Jinjava gets wrong into tags,
 * whose whitespace control ({@code {%-}, {@code -%}}) Jinjava does handle like Jinja2:
 * <ul>
 *   <li>comments {@code {# … #}} become a tag that prints nothing (Jinjava lets a following
 *       {@code {%-} strip across a comment and ignores {@code {#-}/{@code -#}});</li>
 *   <li>expressions with a dash, {@code {{- x -}}}, become {@code {%- cardwright_print x -%}}
 *       (Jinjava ignores the dashes on expressions).</li>
 * </ul>
 * Line breaks are kept so error lines stay right; text inside {@code {% raw %}} is left alone.
 */
final class JinjaDialect {
    private static final Pattern RAW_START = Pattern.compile("\\{%-?\\s*raw\\s*-?%}");
    private static final Pattern RAW_END = Pattern.compile("\\{%-?\\s*endraw\\s*-?%}");

    private JinjaDialect() {
    }

    static String rewrite(String source) {
        if (!source.contains("{#") && !source.contains("{{-") && !source.contains("-}}")) {
            return source;
        }
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int open = source.indexOf('{', i);
            if (open < 0 || open + 1 >= source.length()) {
                out.append(source, i, source.length());
                break;
            }
            out.append(source, i, open);
            char kind = source.charAt(open + 1);
            if (kind == '%') {
                Matcher raw = RAW_START.matcher(source).region(open, source.length());
                if (raw.lookingAt()) {
                    Matcher end = RAW_END.matcher(source);
                    int stop = end.find(raw.end()) ? end.end() : source.length();
                    out.append(source, open, stop);
                    i = stop;
                    continue;
                }
                int close = closing(source, open + 2, "%}");
                out.append(source, open, close);
                i = close;
            } else if (kind == '{') {
                int close = closing(source, open + 2, "}}");
                String inner = source.substring(open + 2, Math.max(open + 2, close - 2));
                boolean leftTrim = inner.startsWith("-");
                boolean rightTrim = close - 2 > open + 2 && inner.endsWith("-") && source.startsWith("}}", close - 2);
                if ((leftTrim || rightTrim) && source.startsWith("}}", close - 2)) {
                    String expr = inner.substring(leftTrim ? 1 : 0, inner.length() - (rightTrim ? 1 : 0));
                    out.append(leftTrim ? "{%-" : "{%").append(' ').append(PythonPrintTag.NAME).append(' ')
                            .append(expr).append(rightTrim ? " -%}" : " %}");
                } else {
                    out.append(source, open, close);
                }
                i = close;
            } else if (kind == '#') {
                int close = source.indexOf("#}", open + 2);
                if (close < 0) {
                    out.append(source, open, source.length()); // Jinjava reports the unclosed comment
                    break;
                }
                String inner = source.substring(open + 2, close);
                boolean leftTrim = inner.startsWith("-");
                boolean rightTrim = inner.endsWith("-") && inner.length() > (leftTrim ? 1 : 0);
                out.append(leftTrim ? "{%- " : "{% ").append(PythonPrintTag.NAME).append(" ''");
                inner.chars().filter(c -> c == '\n').forEach(c -> out.append('\n'));
                out.append(rightTrim ? " -%}" : " %}");
                i = close + 2;
            } else {
                out.append('{');
                i = open + 1;
            }
        }
        return out.toString();
    }

    /** End of a tag starting before {@code from}, skipping string literals; the end of text if unclosed. */
    private static int closing(String s, int from, String end) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                i = endOfString(s, i);
            } else if (s.startsWith(end, i)) {
                return i + end.length();
            }
        }
        return s.length();
    }

    /**
     * Index of the quote closing the string literal that opens at {@code open} (a {@code '} or
     * {@code "}; a backslash escapes the next character), or the end of text if it is unclosed.
     */
    static int endOfString(String s, int open) {
        char quote = s.charAt(open);
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return s.length();
    }
}
