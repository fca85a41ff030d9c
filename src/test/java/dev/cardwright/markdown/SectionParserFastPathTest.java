package dev.cardwright.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.cardwright.card.LineEnding;
import dev.cardwright.card.Section;
import dev.cardwright.testing.SharedCorpus;

/**
 * {@link SectionParser#parse} splits most bodies with the line scanner instead of a full flexmark
 * parse; the result must be the flexmark reading exactly (ids, levels, titles, heading lines,
 * texts, preamble) on every corpus card and on random Markdown that mixes in the list items,
 * quotes and inline markup where the two could part.
 */
class SectionParserFastPathTest {
    /** Every section depth first, with everything the card keeps of it. */
    private static List<String> flat(SectionParser.Body body) {
        List<String> out = new ArrayList<>();
        out.add("preamble " + body.preamble());
        for (Section s : body.sections()) {
            s.flatten().forEach(x -> out.add(x.getId() + " | " + x.getLevel() + " | " + x.getTitle() + " | " + x.getHeading() + " | " + x.getText()));
        }
        return out;
    }

    private static void assertSameReading(String body, String what) {
        assertThat(flat(SectionParser.parse(body))).as(what).isEqualTo(flat(SectionParser.parseWithFlexmark(body)));
    }

    static Stream<Named<Path>> cards() {
        return SharedCorpus.cards();
    }

    @ParameterizedTest
    @MethodSource("cards")
    void everyCorpusCardSplitsAsFlexmarkSplitsIt(Path card) throws IOException {
        SharedCorpus.assumePresent(card);
        String text = DecodedText.decode(Files.readAllBytes(card), card.toString()).text();
        String body = text.substring(FrontMatterBlock.find(text).map(FrontMatterBlock::end).orElse(0));
        assertSameReading(body, card.getFileName().toString());
        // and with the line ends made LF, where the fast path is taken
        assertSameReading(LineEnding.normalize(body), card.getFileName() + " (LF)");
    }

    /** Lines on the edges of the block rules, list items and quotes, and titles with inline markup. */
    private static final String[] PIECES = {
        "", "", "", "text", "more text", "# One", "## Two ##", "### Three *em*", "#### [link](http://x)", "## A [ref][r]", "# `code` & more",
        "## Tab\there", "# C# code", "#NoSpace", "   ## three spaces", "    # four: code", "  # two spaces",
        "=", "===", "---", "-", "- - -", "***", "Title", "Title  ", "**bold** title",
        "```", "~~~", "  ```", "   ```", "<div>", "</div>", "<!-- c", "-->", "<pre>", "</pre>", "  <div>",
        "- item", "* item", "+ item", "1. first", "2) second", "10. ten", "> quote", ">", "> # quoted", "  - nested", "  continued",
        "   text", "| a | b |", "|---|---|", "[r]: http://example.com", "&amp; entity", "\\# escaped",
    };

    static IntStream seeds() {
        return IntStream.range(0, 600);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomMarkdownSplitsAsFlexmarkSplitsIt(int seed) {
        Random random = new Random(seed);
        int lines = 1 + random.nextInt(40);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]).append('\n');
        }
        String body = random.nextInt(4) == 0 ? text.substring(0, text.length() - 1) : text.toString();
        assertSameReading(body, "seed " + seed + ":\n" + body);
    }

    @Test
    void theFastPathIsTakenWhereNoContainerIsNearAHeadingAndRefusedWhereOneIs() {
        assertThat(HeadingScanner.scanOutsideContainers("# A\n\n- item\n- item\n\n## B\n")).isPresent();
        assertThat(HeadingScanner.scanOutsideContainers("- item\n\n  # inside\n")).isEmpty();
        assertThat(HeadingScanner.scanOutsideContainers("- item\n  <div>\n# h\n")).isEmpty();
        assertThat(HeadingScanner.scanOutsideContainers("1. item\n\n   ```\n# x\n```\n")).isEmpty();
        assertThat(HeadingScanner.scanOutsideContainers("> quote\n# h\n")).isEmpty();
    }
}
