package dev.cardwright.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the top-level headings of a Markdown body line by line: ATX headings, setext headings
 * under a paragraph, nothing inside fenced code or HTML blocks, and GitHub's table rule
 * ({@link GfmTable}). The block rules are CommonMark's as far as they decide where a heading is.
 * It exists next to {@link SectionParser} (flexmark) because lint reads thousands of cards a second
 * with it, where a full parse costs many times more; {@code HeadingScannerAgreementTest} holds
 * the two to the same heading lines and levels on bundled cards, seeded random Markdown and, when
 * {@code ../shared} is there, every corpus card.
 */
public final class HeadingScanner {
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern YAML_KEY_LINE = Pattern.compile("[A-Za-z_][\\w-]*:");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern LIST_OR_QUOTE = Pattern.compile("[-+*>]([ \\t]|$)|\\d{1,9}[.)]([ \\t]|$)");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("([-*_])[ \\t]*(?:\\1[ \\t]*){2,}");
    /** A list item or block quote that may interrupt a paragraph (an ordered list only from 1, no empty item). */
    private static final Pattern INTERRUPTING_CONTAINER = Pattern.compile(">|[-+*][ \\t]+\\S|1[.)][ \\t]+\\S");
    /**
     * CommonMark's HTML block start conditions 1, 2 and 6 (the tags that start a block anywhere).
     * Condition 1 without {@code textarea}, as in flexmark (CommonMark before 0.30): the editor's reading.
     */
    private static final Pattern HTML_RAW = Pattern.compile("(?i)<(script|pre|style)([ \\t>]|$)");
    private static final Pattern HTML_BLOCK_TAG = Pattern.compile("(?i)</?(address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)([ \\t>]|/>|$)");
    /** Condition 7: a complete open or closing tag alone on its line (it cannot interrupt a paragraph). */
    private static final Pattern HTML_LONE_TAG = Pattern.compile("(?:<[A-Za-z][A-Za-z0-9-]*(?:\\s+[A-Za-z_:][\\w.:-]*(?:\\s*=\\s*(?:[^\\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)*\\s*/?>|</[A-Za-z][A-Za-z0-9-]*\\s*>)[ \\t]*");

    /** Closes a raw HTML block: a line holding any of {@code </script>}, {@code </pre>}, {@code </style>}. */
    private static final String RAW_END = "</script> </pre> </style>";

    /**
     * A heading: {@code start} is the offset of its first line, {@code end} the offset after its
     * last line's line break (or the text's end), {@code line} its first line counted from 0,
     * {@code title} the raw text (inline markup kept; setext lines joined by a space).
     */
    public record Heading(int start, int end, int level, int line, String title) {
    }

    private HeadingScanner() {
    }

    /** The headings of {@code text} (lines ended by {@code \n}), as CommonMark and GitHub see them. */
    public static List<Heading> scan(String text) {
        return scan(text, false);
    }

    /**
     * As {@link #scan(String)}, except with {@code dashesBeforeYaml} a {@code ---} line followed by a
     * YAML key ({@code text / --- / key:}) underlines nothing: to CommonMark it makes a setext
     * heading, to the card's author it opens a front matter block placed after other text, which lint
     * reports as misplaced rather than hiding it inside a heading. The one departure from CommonMark.
     */
    public static List<Heading> scan(String text, boolean dashesBeforeYaml) {
        return scan(text, dashesBeforeYaml, false);
    }

    /**
     * The headings of {@code text} as {@link #scan(String)} finds them, or empty where a list item
     * or block quote might read otherwise: a line that could be a heading or an underline, or a
     * fence or HTML block, met after a list or quote line before the text is back at the left
     * margin (a line at column 0 after a blank line). That
     * is where this scanner and flexmark may part (a heading indented into a list item, a fence that
     * an unindented line closes with its item); everywhere else they agree, so the editor's reader
     * takes this answer and parses with flexmark only when it is empty.
     */
    public static java.util.Optional<List<Heading>> scanOutsideContainers(String text) {
        return java.util.Optional.ofNullable(scan(text, false, true));
    }

    /** Null when {@code refuseContainers} and a container might change the reading. */
    private static List<Heading> scan(String text, boolean dashesBeforeYaml, boolean refuseContainers) {
        boolean container = false; // since a list or quote line, not yet back at the margin after a blank line
        boolean afterBlank = true;
        List<Heading> headings = new ArrayList<>();
        String fence = null;
        String htmlEnd = null; // what closes the open HTML block: "" for a blank line, else a string to find
        int paraStart = -1; // offset and line of the open paragraph's first line, -1 when none
        int paraLine = 0;
        boolean paraSetext = false; // whether the open paragraph may turn into a setext heading
        int start = 0;
        int lastStart = 0; // where the line before starts
        int line = 0;
        int n = text.length();
        // One matcher per pattern, moved over the text by region: no copy of each line.
        Matcher fenceM = FENCE.matcher(text);
        Matcher atxM = ATX.matcher(text);
        Matcher setextM = SETEXT.matcher(text);
        Matcher listM = LIST_OR_QUOTE.matcher(text);
        Matcher breakM = THEMATIC_BREAK.matcher(text);
        Matcher containerM = INTERRUPTING_CONTAINER.matcher(text);
        while (start < n) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? n : end;
            int first = start;
            while (first < end && first - start < 3 && text.charAt(first) == ' ') {
                first++;
            }
            char c = first < end ? text.charAt(first) : '\n';
            boolean blank = isBlank(text, first, end);
            // what closes an HTML block opened on this line (only a '<' line outside code and HTML can open one)
            String opens = fence == null && htmlEnd == null && c == '<' && first - start < 4
                    ? htmlBlockEnd(text.substring(first, end), paraStart >= 0) : null;
            if (refuseContainers && fence == null && htmlEnd == null && !blank) {
                if (first - start < 4 && listM.region(first, end).lookingAt()) {
                    container = true;
                } else if (first == start && afterBlank) {
                    container = false;
                }
                // a line that could be a heading or an underline, read while a container may be open
                if (container && ((c == '#' && atxM.region(start, end).matches())
                        || ((c == '=' || c == '-') && setextM.region(start, end).matches()))) {
                    return null;
                }
            }
            int headingsBefore = headings.size();
            boolean blockOpenBefore = fence != null || htmlEnd != null;
            if (fence != null) {
                if (c == '`' || c == '~') {
                    fenceM.region(start, end);
                    if (fenceM.find() && fenceM.group(1).charAt(0) == fence.charAt(0) && fenceM.group(1).length() >= fence.length()
                            && strippedLength(text, start, end) == fenceM.group(1).length()) {
                        fence = null;
                    }
                }
            } else if (htmlEnd != null) {
                if (htmlEnd.isEmpty() ? blank : closes(text, start, end, htmlEnd)) {
                    htmlEnd = null;
                }
            } else if (blank) {
                paraStart = -1;
            } else if (paraStart < 0 && indent(text, start, end) >= 4) {
                // indented code: no paragraph, so nothing an underline below could turn into a heading
            } else if ((c == '`' || c == '~') && fenceM.region(start, end).find()
                    && !(c == '`' && text.indexOf('`', fenceM.end(1)) >= 0 && text.indexOf('`', fenceM.end(1)) < end)) {
                // (a backtick fence's info string holds no backtick: "```x```" is inline code)
                fence = fenceM.group(1);
                paraStart = -1;
            } else if (c == '#' && atxM.region(start, end).matches()) {
                headings.add(new Heading(start, Math.min(n, end + 1), atxM.group(1).length(), line,
                        atxM.group(2) == null ? "" : atxM.group(2).trim()));
                paraStart = -1;
            } else if (paraStart >= 0 && paraSetext && (c == '=' || c == '-') && setextM.region(start, end).matches()
                    && !(dashesBeforeYaml && c == '-' && opensYaml(text, end))) {
                headings.add(new Heading(paraStart, Math.min(n, end + 1), c == '=' ? 1 : 2, paraLine, paragraphText(text, paraStart, start)));
                paraStart = -1;
            } else if ((c == '-' || c == '*' || c == '_') && breakM.region(first, end).matches()) {
                paraStart = -1; // a thematic break ends the paragraph; nothing underlines it
            } else if (opens != null) {
                htmlEnd = !opens.isEmpty() && closes(text, first, end, opens) ? null : opens;
                paraStart = -1;
            } else if (paraStart < 0) {
                paraStart = start;
                paraLine = line;
                // List items, quotes and thematic breaks are no paragraph a setext underline can turn into a heading.
                paraSetext = first - start < 4 && !listM.region(first, end).lookingAt()
                        && !breakM.region(first, end).matches();
            } else if (first - start < 4 && containerM.region(first, end).lookingAt()) {
                paraSetext = false; // a list item or quote interrupts it: an underline below is its lazy text
            } else if (maybeDelimiterRow(text, first, end)
                    && GfmTable.isDelimiterRowUnder(text.subSequence(lastStart, start - 1), text.subSequence(start, end))) {
                paraSetext = false; // a table, as GitHub and the Hub see it
            }
            if (container && (headings.size() > headingsBefore || (!blockOpenBefore && (fence != null || htmlEnd != null)))) {
                return null;
            }
            afterBlank = blank;
            lastStart = start;
            start = end + 1;
            line++;
        }
        return headings;
    }

    /**
     * The text of the paragraph whose lines run from {@code from} to {@code to} (the start of the
     * line after it): each line without up to three leading spaces, joined by a space, trimmed.
     * Built only when the paragraph turns out to be a setext heading.
     */
    private static String paragraphText(String text, int from, int to) {
        StringBuilder out = new StringBuilder();
        int start = from;
        while (start < to) {
            int end = text.indexOf('\n', start);
            end = end < 0 || end > to ? to : end;
            int first = start;
            while (first < end && first - start < 3 && text.charAt(first) == ' ') {
                first++;
            }
            if (start > from) {
                out.append(' ');
            }
            out.append(text, first, end);
            start = end + 1;
        }
        return out.toString().trim();
    }

    /** Whether {@code text[from, to)} is only white space ({@link String#isBlank()} without the copy). */
    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The length of {@code text[from, to)} stripped of white space at both ends, as {@link String#strip()} counts it. */
    private static int strippedLength(String text, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && Character.isWhitespace(text.codePointAt(a))) {
            a += Character.charCount(text.codePointAt(a));
        }
        while (b > a && Character.isWhitespace(text.codePointBefore(b))) {
            b -= Character.charCount(text.codePointBefore(b));
        }
        return b - a;
    }

    /** Whether the line {@code text[from, to)} ends the HTML block that {@code end} closes. */
    private static boolean closes(String text, int from, int to, String end) {
        if (end == RAW_END) {
            return containsIgnoreCase(text, from, to, "</script>") || containsIgnoreCase(text, from, to, "</pre>")
                    || containsIgnoreCase(text, from, to, "</style>");
        }
        return containsIgnoreCase(text, from, to, end);
    }

    /** The columns of the line's leading spaces and tabs, a tab going on to the next multiple of 4. */
    private static int indent(String text, int from, int to) {
        int columns = 0;
        for (int i = from; i < to && columns < 4; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                columns++;
            } else if (c == '\t') {
                columns += 4 - columns % 4;
            } else {
                break;
            }
        }
        return columns;
    }

    /** Whether {@code text[from, to)}, lower-cased, contains {@code lower} (an ASCII string). */
    private static boolean containsIgnoreCase(String text, int from, int to, String lower) {
        // Only ASCII letters fold: what String.toLowerCase(ROOT) turns into ASCII besides them (the
        // Kelvin sign to 'k', U+0130 to "i" plus a combining dot) never completes an HTML block's end.
        for (int i = from; i + lower.length() <= to; i++) {
            int k = 0;
            while (k < lower.length()) {
                char c = text.charAt(i + k);
                if (c != lower.charAt(k) && !(c >= 'A' && c <= 'Z' && (char) (c + 32) == lower.charAt(k))) {
                    break;
                }
                k++;
            }
            if (k == lower.length()) {
                return true;
            }
        }
        return false;
    }

    /** Cheap test before {@link GfmTable}: a delimiter row has a '-' and only '|', ':', '-' and blanks. */
    private static boolean maybeDelimiterRow(String text, int from, int to) {
        boolean dash = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '-') {
                dash = true;
            } else if (c != '|' && c != ':' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return dash;
    }

    /** Whether the line after {@code end} starts with a YAML key. */
    private static boolean opensYaml(String text, int end) {
        return end < text.length() && YAML_KEY_LINE.matcher(text).region(end + 1, text.length()).lookingAt();
    }

    /** What ends an HTML block starting with {@code line} ("" a blank line), or null when no block starts there. */
    private static String htmlBlockEnd(String line, boolean inParagraph) {
        Matcher raw = HTML_RAW.matcher(line);
        if (raw.lookingAt()) {
            return RAW_END;
        }
        if (line.startsWith("<!--")) {
            return "-->";
        }
        if (line.startsWith("<?")) {
            return "?>";
        }
        if (line.startsWith("<![CDATA[")) {
            return "]]>";
        }
        if (line.startsWith("<!") && line.length() > 2 && Character.isLetter(line.charAt(2))) {
            return ">";
        }
        if (HTML_BLOCK_TAG.matcher(line).lookingAt() || !inParagraph && HTML_LONE_TAG.matcher(line).matches()) {
            return "";
        }
        return null;
    }
}
