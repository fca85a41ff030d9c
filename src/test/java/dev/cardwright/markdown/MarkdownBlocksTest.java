package dev.cardwright.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

/** The block estimate that keeps a million-item list out of flexmark (issue 12). */
class MarkdownBlocksTest {
    private static final Parser FLEXMARK = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS,
            java.util.List.of(TablesExtension.create()))).build();
    private static final String[] LINES = {"", "", "Some words.", "more words", "- item", "* star", "+ plus", "1. one", "12) two",
            "> quoted", "> > twice", "| a | b |", "|---|---|", "| 1 | 2 |", "  - nested", "    indented code", "```", "# Heading",
            "![a](b.png)", "\t- tabbed", "---", "<div>", "</div>"};

    static LongStream seeds() {
        return new Random(1204L).longs(300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void neverCountsFewerThanTheParagraphsListItemsQuotesAndTableRowsFlexmarkMakes(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        String[] endings = {"\n", "\r\n", "\r"};
        String ending = endings[random.nextInt(endings.length)];
        for (int i = 0, n = random.nextInt(200); i < n; i++) {
            text.append(LINES[random.nextInt(LINES.length)]).append(ending);
        }
        String markdown = text.toString();
        int made = 0;
        for (Node node : FLEXMARK.parse(markdown).getDescendants()) {
            if (node instanceof Paragraph || node instanceof ListItem || node instanceof BlockQuote || node instanceof TableRow) {
                made++;
            }
        }
        assertThat(MarkdownBlocks.count(markdown, Integer.MAX_VALUE)).as("seed %d:%n%s", seed, markdown).isGreaterThanOrEqualTo(made);
    }

    @Test
    void linesThatContinueAParagraphCountOnce() {
        assertThat(MarkdownBlocks.count("![a](b.png)\n".repeat(100_000), Integer.MAX_VALUE)).isEqualTo(1);
        assertThat(MarkdownBlocks.moreThan("![a](b.png)\n".repeat(100_000), 10)).isFalse();
    }

    @Test
    void aMillionListItemsAreMoreThanTheLimitAndCountingStopsThere() {
        String million = "- a\n".repeat(1_000_000);
        assertThat(MarkdownBlocks.moreThan(million, dev.cardwright.card.Limits.MAX_MARKDOWN_BLOCKS)).isTrue();
        assertThat(MarkdownBlocks.count(million, 10)).isEqualTo(12);
        assertThat(MarkdownBlocks.count("a\n\nb\r\rc\r\n\r\n- d\n- e\n> > f\n", Integer.MAX_VALUE)).isEqualTo(3 + 2 + 2 + 3);
    }
}
