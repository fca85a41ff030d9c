package dev.cardwright.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

import dev.cardwright.card.Limits;
import dev.cardwright.render.MarkdownRenderer;
import dev.cardwright.testing.SharedCorpus;

/** issue 12: {@link Limits#MAX_MARKDOWN_DEPTH} holds in every Markdown parse, and its cheap pre-check never misses. */
class MarkdownNestingTest {
    private static final Parser UNGUARDED = Parser.builder(new MutableDataSet()).build();

    private static String nestedList(int levels) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            b.append("  ".repeat(i)).append("- a\n");
        }
        return b.toString();
    }

    @Test
    void aListAsDeepAsTheLimitIsRead() {
        assertThatCode(() -> MarkdownNesting.check(nestedList(Limits.MAX_MARKDOWN_DEPTH))).doesNotThrowAnyException();
        assertThat(SectionParser.parse("# T\n\n" + nestedList(Limits.MAX_MARKDOWN_DEPTH)).sections()).hasSize(1);
    }

    @Test
    void aListDeeperThanTheLimitIsRefusedWhereItGoesDeeper() {
        MarkdownNesting.TooDeep e = catchThrowableOfType(() -> MarkdownNesting.check("intro\n\n" + nestedList(5000)),
                MarkdownNesting.TooDeep.class);
        // level 101 is opened on line 103; the next line is the first that flexmark reads inside it
        assertThat(e.line()).isBetween(103, 104);
        assertThat(e.getMessage()).isEqualTo("block quotes and lists nest more than 100 deep");
    }

    @Test
    void quotesOnOneLineAreRefusedAtTheFirstMarkerPastTheLimit() {
        MarkdownNesting.TooDeep e = catchThrowableOfType(() -> SectionParser.parse("# T\n\ntext\n" + ">".repeat(50_000) + " deep\n"),
                MarkdownNesting.TooDeep.class);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(Limits.MAX_MARKDOWN_DEPTH + 2);
    }

    @Test
    void theEditorPreviewShowsTooDeepTextFlattenedInsteadOfFailing() {
        String html = new MarkdownRenderer().render(">".repeat(5000) + " <b>deep</b>\n");
        assertThat(html).startsWith("<pre class=\"too-deep\">").contains("&gt;&gt;&gt;").contains("&lt;b&gt;deep").doesNotContain("<b>");
    }

    static Stream<?> cards() {
        return SharedCorpus.cards();
    }

    @ParameterizedTest
    @MethodSource("cards")
    void noCorpusCardIsRefused(Path card) throws IOException {
        String text = new String(Files.readAllBytes(card), StandardCharsets.UTF_8);
        assertThatCode(() -> MarkdownNesting.check(text)).doesNotThrowAnyException();
    }

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    private static final String[] PREFIXES = {">", "> ", "- ", "* ", "+ ", "1. ", "10) ", "  ", "   ", "    ", "\t", " > ", "-", ""};

    /** The pre-check may skip the parse only when no container can be deeper than the longest line prefix. */
    @ParameterizedTest
    @MethodSource("seeds")
    void theLongestPrefixBoundsTheDepthFlexmarkFinds(long seed) {
        Random random = new Random(seed);
        StringBuilder b = new StringBuilder();
        for (int line = random.nextInt(30); line >= 0; line--) {
            for (int k = random.nextInt(12); k > 0; k--) {
                b.append(PREFIXES[random.nextInt(PREFIXES.length)]);
            }
            b.append(random.nextBoolean() ? "text" : "").append(random.nextInt(5) == 0 ? "\r\n" : "\n");
        }
        String text = b.toString();
        assertThat(depth(UNGUARDED.parse(text), 0)).as("seed %d:%n%s", seed, text)
                .isLessThanOrEqualTo(MarkdownNesting.longestContainerPrefix(text));
    }

    private static int depth(Node node, int above) {
        int here = above + (node instanceof BlockQuote || node instanceof ListBlock ? 1 : 0);
        int deepest = here;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            deepest = Math.max(deepest, depth(child, here));
        }
        return deepest;
    }
}
