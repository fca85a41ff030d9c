package dev.cardwright.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

import dev.cardwright.testing.SharedCorpus;

/**
 * The heading parser that never assembles the open paragraph (and the nesting guard beside it)
 * must find exactly what flexmark's own does (same tree, same offsets), and must not take
 * quadratic time on a long paragraph.
 */
class LazyParagraphHeadingsTest {
    private static final Parser STOCK = parser(false);
    private static final Parser LAZY = parser(true);

    private static Parser parser(boolean lazy) {
        MutableDataSet options = new MutableDataSet();
        // The renderer's extensions: tables decide whether "---" under a row is an underline, and
        // task lists add a block parser of their own that is ordered among the core ones.
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                TaskListExtension.create(), AutolinkExtension.create()));
        Parser.Builder builder = LinearInlineParser.full(Parser.builder(options));
        // as the product builds it: with the nesting guard too, which must change nothing either
        return (lazy ? MarkdownNesting.install(LazyParagraphHeadings.install(builder)) : builder).build();
    }

    private static String tree(Parser parser, String markdown) {
        StringBuilder out = new StringBuilder();
        dump(parser.parse(markdown), 0, out);
        return out.toString();
    }

    /** Every node with its kind, offsets and (for text-bearing nodes) its text, one a line, indented by depth. */
    private static void dump(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            dump(child, depth + 1, out);
        }
    }

    static Stream<?> cards() {
        return SharedCorpus.cards();
    }

    @ParameterizedTest
    @MethodSource("cards")
    void sameTreeAsFlexmarkOnEveryCorpusCard(Path card) throws IOException {
        String text = new String(Files.readAllBytes(card), StandardCharsets.UTF_8);
        assertThat(tree(LAZY, text)).isEqualTo(tree(STOCK, text));
    }

    /** Lines that start, underline, interrupt or continue paragraphs, inside and outside containers. */
    private static final String[] LINES = {
        "text", "more *text*", "", "---", "===", "- - -", "  ---  ", "   ===", "    ---", "-", "=",
        "# heading", "## h ##", "#not", "- item", "* item", "1. item", "> quote", "> ---", ">",
        "  - nested", "```", "~~~", "<div>", "</div>", "| a | b |", "|---|---|", "    code", "***",
        "\t---", "- ---", "> > deep", "[x]: /url", "![a](b.png)", "---\t", "-- -", "==", "- [ ] task", "- [x] done",
        "~~struck~~", "www.example.com", "1) item", "+ item",
    };

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sameTreeAsFlexmarkOnSeededRandomMarkdown(long seed) {
        Random random = new Random(seed);
        StringBuilder markdown = new StringBuilder();
        int lines = 1 + random.nextInt(40);
        String eol = random.nextInt(4) == 0 ? "\r\n" : "\n";
        for (int i = 0; i < lines; i++) {
            markdown.append(LINES[random.nextInt(LINES.length)]).append(eol);
        }
        String text = markdown.toString();
        assertThat(tree(LAZY, text)).as("seed %d:%n%s", seed, text).isEqualTo(tree(STOCK, text));
    }

    @Test
    void setextHeadingKeepsTheWholeParagraphAsItsText() {
        Document document = LAZY.parse("first line\nsecond line\n---\n");
        assertThat(document.getFirstChild()).isInstanceOf(Heading.class);
        Heading heading = (Heading) document.getFirstChild();
        assertThat(heading.getLevel()).isEqualTo(2);
        assertThat(heading.getText().toString()).isEqualTo("first line\nsecond line");
    }

    /**
     * 100,000 image lines make one paragraph; flexmark's own heading parser rebuilt it on every
     * line and took about two minutes. The bound only catches that hang (a linear parse takes
     * about a second).
     */
    @Test
    void aParagraphOfAHundredThousandLinesParsesWithoutHanging() {
        String body = "![a](b.png)\n".repeat(100_000) + "---\n";
        Document document = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> LAZY.parse(body));
        assertThat(document.getFirstChild()).isInstanceOf(Heading.class);
        assertThat(((Heading) document.getFirstChild()).getText().length()).isEqualTo(body.length() - 5);
    }
}
