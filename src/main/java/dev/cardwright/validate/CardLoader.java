package dev.cardwright.validate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.LineEnding;
import dev.cardwright.card.TextEncoding;
import dev.cardwright.markdown.GfmTable;
import dev.cardwright.yaml.CardSourceFile;

/**
 * Reads a card file for validation: a card source file through {@link CardSourceFile} (placed
 * back into its own lines by {@link CardSourcePlacement}), a README with a lean reader of its
 * own. The README reader applies the Hub's front-matter rule and finds top-level headings (ATX
 * and setext, outside fenced code and HTML blocks) line by line: lint reads thousands of cards per second this way,
 * where a full Markdown parse (markdown.ReadmeReader, flexmark) costs far more and can take
 * seconds on pathological tables. Encoding problems become diagnostics here, not refusals.
 */
public final class CardLoader {
    /** Files larger than this are refused rather than read (the largest real card is a few hundred KB). */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern YAML_KEY_LINE = Pattern.compile("[A-Za-z_][\\w-]*:");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern LIST_OR_QUOTE = Pattern.compile("[-+*>]([ \\t]|$)|\\d{1,9}[.)]([ \\t]|$)");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("(?:([-*_])[ \\t]*){3,}");
    /** CommonMark's HTML block start conditions 1, 2 and 6 (the tags that start a block anywhere). */
    private static final Pattern HTML_RAW = Pattern.compile("(?i)<(script|pre|style|textarea)([ \\t>]|$)");
    private static final Pattern HTML_BLOCK_TAG = Pattern.compile("(?i)</?(address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)([ \\t>]|/>|$)");
    /** Condition 7: a complete open or closing tag alone on its line (it cannot interrupt a paragraph). */
    private static final Pattern HTML_LONE_TAG = Pattern.compile("(?:<[A-Za-z][A-Za-z0-9-]*(?:\\s+[A-Za-z_:][\\w.:-]*(?:\\s*=\\s*(?:[^\\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)*\\s*/?>|</[A-Za-z][A-Za-z0-9-]*\\s*>)[ \\t]*");

    /** A card ready to validate, and what reading it found (undecodable bytes). */
    public record Loaded(CardText text, String cardType, List<Diagnostic> problems) {
    }

    private CardLoader() {
    }

    /** Reads a file; {@code name} is how diagnostics name it (the path as the user gave it). */
    public static Loaded load(Path file, String name) throws IOException {
        if (java.nio.file.Files.isDirectory(file)) {
            throw new CardFormatException(name, 1, 1, "is a directory (lint checks a directory)");
        }
        byte[] bytes;
        try {
            bytes = dev.cardwright.card.Limits.readFile(file);
        } catch (CardFormatException e) {
            throw new CardFormatException(name, e.line(), e.column(), e.getMessage(), e);
        }
        Path directory = file.toAbsolutePath().getParent();
        if (CardSourceFile.isCardSource(file)) {
            String source = new String(bytes, StandardCharsets.UTF_8);
            Card card = CardSourceFile.parse(source, name);
            return new Loaded(CardSourcePlacement.place(card, LineEnding.normalize(source), name, directory), card.getCardType(), List.of());
        }
        return read(bytes, name, directory);
    }

    public static Loaded read(byte[] bytes, String name, Path directory) {
        List<Diagnostic> problems = new ArrayList<>();
        TextEncoding encoding = TextEncoding.UTF_8;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            encoding = TextEncoding.UTF_8_BOM;
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            encoding = TextEncoding.UTF_16LE_BOM;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            encoding = TextEncoding.UTF_16BE_BOM;
            skip = 2;
        }
        String text;
        CharsetDecoder decoder = encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            // String's own UTF-8 decoding is several times faster than a CharsetDecoder; it replaces bad
            // bytes by U+FFFD, so only a text with a U+FFFD in it (nearly never) is decoded again to find out.
            text = encoding.charset() == StandardCharsets.UTF_8 ? new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8) : null;
            if (text == null || text.indexOf('\uFFFD') >= 0) {
                text = decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
            }
        } catch (CharacterCodingException e) {
            text = new String(bytes, skip, bytes.length - skip, encoding.charset());
            int bad = firstBadByte(bytes, skip);
            String before = new String(bytes, skip, Math.max(0, bad - skip), encoding.charset());
            int line = 1 + CardText.newlines(LineEnding.normalize(before));
            int column = LineEnding.normalize(before).length() - LineEnding.normalize(before).lastIndexOf('\n');
            problems.add(Rule.ENCODING_NOT_UTF8.at(line, column, null, null, "not valid " + encoding.charset().name() + " (byte " + bad + ")"));
        }
        // Built straight into CardText (no observable Card): lint reads thousands of files.
        FrontMatterMatch m = FrontMatterMatch.find(text);
        TextBlock frontMatter = null;
        String body = text;
        int bodyLine = 1;
        if (m != null) {
            String yaml = LineEnding.normalize(text.substring(m.yamlStart(), m.yamlEnd()));
            int yamlLine = 1 + CardText.newlines(LineEnding.normalize(text.substring(0, m.yamlStart())));
            frontMatter = new TextBlock(yaml, yamlLine, 0);
            bodyLine = yamlLine + CardText.newlines(yaml) + CardText.newlines(LineEnding.normalize(text.substring(m.yamlEnd(), m.end())));
            body = text.substring(m.end());
        }
        CardText card = split(LineEnding.normalize(body), bodyLine, name, directory, encoding, frontMatter);
        return new Loaded(card, "model", problems);
    }

    private static int firstBadByte(byte[] bytes, int from) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int lo = from;
        int hi = bytes.length;
        while (hi - lo > 1) { // the longest prefix that decodes
            int mid = (lo + hi) >>> 1;
            try {
                d.reset().decode(ByteBuffer.wrap(bytes, from, mid - from));
                lo = mid;
            } catch (CharacterCodingException e) {
                hi = mid;
            }
        }
        return Math.max(from, lo - 3);
    }

    /**
     * Preamble and a section tree from the top-level headings (ATX, and setext under a paragraph)
     * outside fenced code and HTML blocks, placed from {@code firstLine} on. The block rules are
     * CommonMark's, as far as they decide where a heading is: {@code LeanReaderAgreementTest}
     * holds this reader to the editor's (flexmark) on every corpus card.
     */
    private static CardText split(String body, int firstLine, String name, Path directory, TextEncoding encoding, TextBlock frontMatter) {
        List<int[]> headings = new ArrayList<>(); // start offset, level, line, heading end offset
        List<String> titles = new ArrayList<>();
        String fence = null;
        String htmlEnd = null; // what closes the open HTML block: "" for a blank line, else a string to find
        int paraStart = -1; // offset and line of the open paragraph's first line, -1 when none
        int paraLine = 0;
        boolean paraSetext = false; // whether the open paragraph may turn into a setext heading
        int start = 0;
        int lastStart = 0; // where the line before starts
        int line = firstLine;
        int n = body.length();
        // One matcher per pattern, moved over the body by region: no copy of each line.
        Matcher fenceM = FENCE.matcher(body);
        Matcher atxM = ATX.matcher(body);
        Matcher setextM = SETEXT.matcher(body);
        Matcher listM = LIST_OR_QUOTE.matcher(body);
        Matcher breakM = THEMATIC_BREAK.matcher(body);
        while (start < n) {
            int end = body.indexOf('\n', start);
            end = end < 0 ? n : end;
            int first = start;
            while (first < end && first - start < 3 && body.charAt(first) == ' ') {
                first++;
            }
            char c = first < end ? body.charAt(first) : '\n';
            boolean blank = isBlank(body, first, end);
            // what closes an HTML block opened on this line (only a '<' line outside code and HTML can open one)
            String opens = fence == null && htmlEnd == null && c == '<' && first - start < 4
                    ? htmlBlockEnd(body.substring(first, end), paraStart >= 0) : null;
            if (fence != null) {
                if (c == '`' || c == '~') {
                    fenceM.region(start, end);
                    if (fenceM.find() && fenceM.group(1).charAt(0) == fence.charAt(0) && fenceM.group(1).length() >= fence.length()
                            && strippedLength(body, start, end) == fenceM.group(1).length()) {
                        fence = null;
                    }
                }
            } else if (htmlEnd != null) {
                if (htmlEnd.isEmpty() ? blank : containsIgnoreCase(body, start, end, htmlEnd)) {
                    htmlEnd = null;
                }
            } else if (blank) {
                paraStart = -1;
            } else if ((c == '`' || c == '~') && fenceM.region(start, end).find()) {
                fence = fenceM.group(1);
                paraStart = -1;
            } else if (c == '#' && atxM.region(start, end).matches()) {
                headings.add(new int[] {start, atxM.group(1).length(), line, Math.min(n, end + 1)});
                titles.add(atxM.group(2) == null ? "" : atxM.group(2).trim());
                paraStart = -1;
            } else if (paraStart >= 0 && paraSetext && (c == '=' || c == '-') && setextM.region(start, end).matches()
                    && !(c == '-' && opensYaml(body, end))) {
                headings.add(new int[] {paraStart, c == '=' ? 1 : 2, paraLine, Math.min(n, end + 1)});
                titles.add(paragraphText(body, paraStart, start));
                paraStart = -1;
            } else if (opens != null) {
                htmlEnd = !opens.isEmpty() && containsIgnoreCase(body, first, end, opens) ? null : opens;
                paraStart = -1;
            } else if (paraStart < 0) {
                paraStart = start;
                paraLine = line;
                // List items, quotes, tables and thematic breaks are no paragraph a setext underline can turn into a heading.
                paraSetext = first - start < 4 && !listM.region(first, end).lookingAt()
                        && !breakM.region(first, end).matches();
            } else {
                if (maybeDelimiterRow(body, first, end)
                        && GfmTable.isDelimiterRowUnder(body.subSequence(lastStart, start - 1), body.subSequence(start, end))) {
                    paraSetext = false; // a table, as GitHub and the Hub see it (the editor decides the same)
                }
            }
            lastStart = start;
            start = end + 1;
            line++;
        }
        TextBlock preamble = new TextBlock(headings.isEmpty() ? body : body.substring(0, headings.get(0)[0]), firstLine, 0);
        List<CardText.SectionText> roots = new ArrayList<>();
        List<Object[]> stack = new ArrayList<>(); // level, children list
        for (int i = 0; i < headings.size(); i++) {
            int[] h = headings.get(i);
            int textEnd = i + 1 < headings.size() ? headings.get(i + 1)[0] : n;
            int textStart = Math.min(h[3], textEnd);
            List<CardText.SectionText> children = new ArrayList<>();
            String title = titles.get(i);
            CardText.SectionText section = new CardText.SectionText(slug(title), title, h[1], h[2],
                    new TextBlock(body.substring(textStart, textEnd), h[2] + 1, 0), children);
            while (!stack.isEmpty() && (int) stack.get(stack.size() - 1)[0] >= h[1]) {
                stack.remove(stack.size() - 1);
            }
            if (stack.isEmpty()) {
                roots.add(section);
            } else {
                @SuppressWarnings("unchecked")
                List<CardText.SectionText> parent = (List<CardText.SectionText>) stack.get(stack.size() - 1)[1];
                parent.add(section);
            }
            stack.add(new Object[] {h[1], children});
        }
        return new CardText(name, directory, encoding, frontMatter, preamble, roots);
    }

    /**
     * The text of the paragraph whose lines run from {@code from} to {@code to} (the start of the
     * line after it): each line without up to three leading spaces, joined by a space, trimmed.
     * Built only when the paragraph turns out to be a setext heading.
     */
    private static String paragraphText(String body, int from, int to) {
        StringBuilder text = new StringBuilder();
        int start = from;
        while (start < to) {
            int end = body.indexOf('\n', start);
            end = end < 0 || end > to ? to : end;
            int first = start;
            while (first < end && first - start < 3 && body.charAt(first) == ' ') {
                first++;
            }
            if (start > from) {
                text.append(' ');
            }
            text.append(body, first, end);
            start = end + 1;
        }
        return text.toString().trim();
    }

    /** Whether {@code text[from, to)} is only white space ({@link String#isBlank()} without the copy). */
    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c == ' ' || c == '\t' || Character.isWhitespace(c))) {
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


    /**
     * Whether the line after {@code end} is a YAML key: {@code text / --- / key:} is, to
     * CommonMark, a setext heading over a paragraph, but to the card's author a front matter
     * block placed after other text, which the validator reports as misplaced (FRONT_MATTER_MISPLACED)
     * rather than hiding it inside a heading. The one place this reader departs from the editor's.
     */
    private static boolean opensYaml(String body, int end) {
        return end < body.length() && YAML_KEY_LINE.matcher(body).region(end + 1, body.length()).lookingAt();
    }

    /** What ends an HTML block starting with {@code line} ("" a blank line), or null when no block starts there. */
    private static String htmlBlockEnd(String line, boolean inParagraph) {
        Matcher raw = HTML_RAW.matcher(line);
        if (raw.lookingAt()) {
            return "</" + raw.group(1).toLowerCase(java.util.Locale.ROOT) + ">";
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

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
    }
}
