package dev.cardwright.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;

import dev.cardwright.card.Section;

/**
 * Splits a Markdown body into preamble and a tree of sections at its headings, as found by
 * flexmark (CommonMark, with GFM's table rule, as on the Hub): a {@code #} line inside a code block or an
 * HTML block is no heading, setext headings are. Only headings at the top level of the document
 * split sections; one inside a block quote or list item belongs to the text around it, since
 * cutting a quote or a list in two would not give editable pieces.
 *
 * <p>Lint finds headings with {@link HeadingScanner} instead, a line scanner many times faster.
 * The editor keeps flexmark: it needs the heading's inline text for titles (rendered, not raw)
 * and follows list and quote containers, which the scanner does not. What keeps the two equal
 * is {@code HeadingScannerAgreementTest}: the same heading lines and levels on bundled cards,
 * seeded random Markdown and every corpus card.
 */
public final class SectionParser {
    private static final Parser PARSER = createParser();

    private SectionParser() {
    }

    /** The body split into pieces; concatenating preamble and sections (depth first) gives it back. */
    public record Body(String preamble, List<Section> sections) {
    }

    /**
     * CommonMark block parsing. flexmark's GFM tables extension is deliberately left out here: it
     * turns paragraphs into tables only after the block structure (and so every heading) is
     * settled, so it cannot change where sections split, and on cards with 200 KB tables it was
     * most of the reading time. GFM's one effect on headings (a table followed by {@code ---} is
     * no setext heading) is applied by {@link #isTable}. Checked on the whole corpus: the same
     * headings with and without the extension.
     */
    private static Parser createParser() {
        return MarkdownNesting.install(LazyParagraphHeadings.install(LinearInlineParser.headingsOnly(Parser.builder(new MutableDataSet())))).build();
    }

    /** The flexmark document of {@code markdown}, parsed as the sections are found. */
    static Document parseMarkdown(String markdown) {
        return PARSER.parse(markdown);
    }

    /** More headings than {@link dev.cardwright.card.Limits#MAX_SECTIONS}; {@code line} is the first one too many, in the body. */
    public static final class TooManySections extends RuntimeException {
        private final int line;

        TooManySections(int line) {
            super("more than " + dev.cardwright.card.Limits.MAX_SECTIONS + " headings (sections); a card may have at most "
                    + dev.cardwright.card.Limits.MAX_SECTIONS, null, false, false);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public static Body parse(String body) {
        // The scanner reads lines ended by \n; a card with other line ends goes the long way, and
        // so does one that may nest containers too deep (only flexmark's parse can tell).
        java.util.Optional<List<HeadingScanner.Heading>> scanned = body.indexOf('\r') >= 0
                || MarkdownNesting.longestContainerPrefix(body) > dev.cardwright.card.Limits.MAX_MARKDOWN_DEPTH
                ? java.util.Optional.empty() : HeadingScanner.scanOutsideContainers(body);
        if (scanned.isPresent()) {
            Body fast = fromScan(body, scanned.get());
            if (fast != null) {
                return fast;
            }
        }
        return parseWithFlexmark(body);
    }

    /** The sections as a full flexmark parse finds them (what {@link #parse} gives on every body). */
    static Body parseWithFlexmark(String body) {
        Document document = PARSER.parse(body);
        List<Heading> headings = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && !(heading.isSetextHeading() && isTable(body, heading))) {
                headings.add(heading);
            }
        }
        if (headings.size() > dev.cardwright.card.Limits.MAX_SECTIONS) {
            Heading first = headings.get(dev.cardwright.card.Limits.MAX_SECTIONS);
            throw new TooManySections(1 + (int) body.substring(0, first.getStartOffset()).chars().filter(c -> c == '\n').count());
        }
        int[] starts = new int[headings.size()];
        int[] ends = new int[headings.size()];
        int previousEnd = 0;
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            starts[i] = lineStart(body, h.getStartOffset());
            ends[i] = lineEnd(body, Math.max(h.getEndOffset(), h.getStartOffset() + 1) - 1);
            if (starts[i] < previousEnd) {
                throw new IllegalStateException("overlapping headings at offset " + starts[i]);
            }
            previousEnd = ends[i];
        }
        String[] titles = new String[headings.size()];
        int[] levels = new int[headings.size()];
        for (int i = 0; i < headings.size(); i++) {
            titles[i] = title(headings.get(i));
            levels[i] = headings.get(i).getLevel();
        }
        return tree(body, starts, ends, levels, titles);
    }

    /**
     * The sections from the line scanner's headings, without a flexmark parse of the body: where
     * the scanner and flexmark agree on the headings (outside list items and quotes) only the
     * titles need inline parsing, and a plain title none. Null when a title's reading could
     * depend on the rest of the body (a link that a reference definition elsewhere resolves).
     */
    private static Body fromScan(String body, List<HeadingScanner.Heading> headings) {
        int count = headings.size();
        if (count > dev.cardwright.card.Limits.MAX_SECTIONS) {
            // as the flexmark path refuses: 100,000 headings ran out of 256 MB after half a minute
            throw new TooManySections(headings.get(dev.cardwright.card.Limits.MAX_SECTIONS).line() + 1);
        }
        int[] starts = new int[count];
        int[] ends = new int[count];
        int[] levels = new int[count];
        String[] titles = new String[count];
        for (int i = 0; i < count; i++) {
            HeadingScanner.Heading h = headings.get(i);
            starts[i] = h.start();
            ends[i] = h.end();
            levels[i] = h.level();
            String raw = body.substring(h.start(), h.end());
            if (isPlain(h.title())) {
                titles[i] = h.title().strip().replaceAll("\\s+", " ");
            } else if (raw.indexOf('[') >= 0 && REFERENCE_DEFINITION.matcher(body).find()) {
                return null;
            } else {
                Node first = PARSER.parse(raw).getFirstChild();
                if (!(first instanceof Heading heading)) {
                    return null;
                }
                titles[i] = title(heading);
            }
        }
        return tree(body, starts, ends, levels, titles);
    }

    /** A link reference definition anywhere: {@code [name]: destination} at the start of a line. */
    private static final java.util.regex.Pattern REFERENCE_DEFINITION = java.util.regex.Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:");

    /** No character that inline parsing would read as markup, an escape or an entity: the raw text is the title. */
    private static boolean isPlain(String title) {
        for (int i = 0; i < title.length(); i++) {
            switch (title.charAt(i)) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '!', '~', '|', '#', '\t' -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return true;
    }

    private static Body tree(String body, int[] starts, int[] ends, int[] levels, String[] titles) {
        String preamble = titles.length == 0 ? body : body.substring(0, starts[0]);
        SectionIds ids = new SectionIds();
        List<Section> roots = new ArrayList<>();
        Deque<Section> open = new ArrayDeque<>();
        for (int i = 0; i < titles.length; i++) {
            String title = titles[i];
            int textEnd = i + 1 < titles.length ? starts[i + 1] : body.length();
            Section section = Section.read(ids.next(title), levels[i], title,
                    body.substring(starts[i], ends[i]), body.substring(ends[i], textEnd));
            while (!open.isEmpty() && open.peek().getLevel() >= section.getLevel()) {
                open.pop();
            }
            if (open.isEmpty()) {
                roots.add(section);
            } else {
                open.peek().getChildren().add(section);
            }
            open.push(section);
        }
        return new Body(preamble, roots);
    }

    /**
     * Whether a setext heading found by flexmark is really a GFM table followed by a thematic
     * break. flexmark applies tables after the block structure is settled, so for
     * {@code | a |}, {@code |---|}, {@code | 1 |}, {@code ---} it sees one setext heading, while
     * GitHub and the Hub see a table (a delimiter row under a header row starts one) and a rule.
     */
    private static boolean isTable(String body, Heading heading) {
        String[] lines = body.substring(heading.getStartOffset(), heading.getEndOffset()).split("\\r\\n|\\r|\\n");
        for (int i = 1; i < lines.length - 1; i++) {
            if (GfmTable.isDelimiterRowUnder(lines[i - 1], lines[i])) {
                return true;
            }
        }
        return false;
    }

    /** The heading's plain text: inline markup dropped, white space collapsed. */
    private static String title(Heading heading) {
        String text = new TextCollectingVisitor().collectAndGetText(heading);
        return text.strip().replaceAll("\\s+", " ");
    }

    private static int lineStart(String text, int offset) {
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    /** The end of the line holding {@code offset}, its terminator (LF, CRLF or CR) included. */
    private static int lineEnd(String text, int offset) {
        int i = offset;
        int n = text.length();
        while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        if (i < n && text.charAt(i) == '\r') {
            i++;
            if (i < n && text.charAt(i) == '\n') {
                i++;
            }
        } else if (i < n) {
            i++;
        }
        return i;
    }
}
