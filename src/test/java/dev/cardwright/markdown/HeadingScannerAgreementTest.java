package dev.cardwright.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
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
 * {@link HeadingScanner} (lint's fast reader) and {@link SectionParser} (flexmark, the editor's)
 * must find the same headings, each on the same line with the same level, or lint and the
 * editor would point at different places of the same file.
 */
class HeadingScannerAgreementTest {

    /** "line: hN" for each heading flexmark finds, lines counted from 0. */
    static List<String> flexmark(String text) {
        SectionParser.Body body = SectionParser.parse(text);
        List<String> out = new ArrayList<>();
        int line = newlines(body.preamble());
        for (Section s : body.sections().stream().flatMap(Section::flatten).toList()) {
            out.add(line + ": h" + s.getLevel());
            line += newlines(s.originalHeading().raw()) + newlines(s.originalText().raw());
        }
        return out;
    }

    static List<String> scanner(String text) {
        return HeadingScanner.scan(text).stream().map(h -> h.line() + ": h" + h.level()).toList();
    }

    private static int newlines(String s) {
        return (int) s.chars().filter(c -> c == '\n').count();
    }

    static Stream<Named<String>> bundled() {
        return Stream.of("fences-and-html.md", "setext-and-breaks.md", "tables.md").map(n -> Named.of(n, n));
    }

    private static String bundledText(String name) throws IOException {
        try (InputStream in = HeadingScannerAgreementTest.class.getResourceAsStream("headings/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void theScannerFindsFlexmarksHeadingsInTheBundledCards(String name) throws IOException {
        String text = bundledText(name);
        List<String> expected = flexmark(text);
        assertThat(expected).hasSizeGreaterThan(1);
        assertThat(scanner(text)).isEqualTo(expected);
    }

    /** The fixtures pin what CommonMark says, so a change in both readers at once shows too. */
    @Test
    void theBundledCardsHaveTheHeadingsCommonMarkGivesThem() throws IOException {
        assertThat(List.of(scanner(bundledText("fences-and-html.md")), scanner(bundledText("setext-and-breaks.md")),
                scanner(bundledText("tables.md")))).containsExactly(
                List.of("0: h1", "38: h2", "43: h2"),
                List.of("0: h1", "3: h2", "22: h1", "25: h2", "32: h1", "34: h6", "35: h1"),
                List.of("0: h1", "12: h2"));
    }

    @Test
    void titlesAreTheRawTextAndSetextLinesJoin() {
        List<HeadingScanner.Heading> headings = HeadingScanner.scan("  Kestrel\n   Notes  \n=====\ntext\n\n# Plain *ATX*  #\n");
        assertThat(headings).extracting(HeadingScanner.Heading::title).containsExactly("Kestrel Notes", "Plain *ATX*");
        assertThat(headings.get(0).start()).isZero();
        assertThat(headings.get(0).end()).isEqualTo("  Kestrel\n   Notes  \n=====\n".length());
    }

    @Test
    void dashesBeforeYamlKeysUnderlineNothingOnlyWhenAsked() {
        String text = "Intro\n---\nlicense: mit\n";
        assertThat(scanner(text)).containsExactly("0: h2").isEqualTo(flexmark(text));
        assertThat(HeadingScanner.scan(text, true)).isEmpty();
    }

    /**
     * Lines chosen to sit on the edges of the block rules that decide where a heading is; a random
     * document is a random sequence of them. No list items or block quotes: the scanner does not
     * follow containers, and flexmark's reading of them departs from CommonMark's too (see
     * {@link #containersAreWhereTheScannerDeparts}).
     */
    private static final String[] PIECES = {
        "", "", "", "text", "more text", "Title", "# One", "## Two ##", "### Three", "#### 4", "##### 5", "###### 6",
        "####### seven", "#NoSpace", "#", "# ", " # one space", "   ## three spaces", "    # four: code", "\t# tab",
        "=", "===", "---", "--", "- - -", "***", "___", "  ===  ", "--- x", "=== =",
        "```", "````", "``` python", "~~~", "~~~~", "  ```", "    ```", "```x```", "`` not a fence",
        "| a | b |", "|---|---|", "|:-:|", "a | b", "--|--", ":--", "| 1 | 2 |",
        "<div>", "</div>", "<DIV class=\"x\">", "<!-- comment", "-->", "<!-- one line -->", "<script>", "</script>",
        "<pre>", "</pre>", "<style>", "</style>", "<textarea>", "</textarea>", "<span>", "</span>", "<a href=\"x\">", "<b>bold</b> text",
        "<?php", "?>", "<!DOCTYPE html>", "<![CDATA[", "]]>", "<details>", "<summary>More</summary>", "<h2>Html</h2>",
        "<img src=\"x.png\"/>", "<br>", "text <div> inline", "key: value",
    };

    static IntStream seeds() {
        return IntStream.range(0, 400);
    }

    /** 1 to 30 random pieces, each ended by a line break but perhaps the last. */
    static String randomDocument(long seed) {
        Random random = new Random(seed);
        int lines = 1 + random.nextInt(30);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]).append('\n');
        }
        return random.nextInt(4) == 0 ? text.substring(0, text.length() - 1) : text.toString();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theScannerFindsFlexmarksHeadingsInRandomMarkdown(int seed) {
        String text = randomDocument(seed);
        assertThat(scanner(text)).as("seed %d:%n%s", seed, text).isEqualTo(flexmark(text));
    }

    /** The random documents do contain headings of both kinds, and things that hide them. */
    @Test
    void theRandomDocumentsCoverBothKindsOfHeadingAndWhatHidesThem() {
        int atx = 0;
        int setext = 0;
        int hidden = 0;
        for (int seed : seeds().toArray()) {
            String text = randomDocument(seed);
            long found = 0;
            for (HeadingScanner.Heading h : HeadingScanner.scan(text)) {
                if (text.substring(h.start(), h.end()).strip().startsWith("#")) {
                    atx++;
                    found++;
                } else {
                    setext++;
                }
            }
            long atxLines = text.lines().filter(l -> l.matches(" {0,3}#{1,6}([ \\t].*)?")).count();
            hidden += atxLines > found ? 1 : 0;
        }
        assertThat(atx).isGreaterThan(100);
        assertThat(setext).isGreaterThan(30);
        assertThat(hidden).isGreaterThan(30);
    }

    /**
     * Where the scanner departs: it does not follow list items or block quotes, so a heading
     * indented into a list item counts as top level (flexmark keeps it inside the item). flexmark
     * also reads some ATX lines after a list item's or quote's lazy text as no heading where
     * CommonMark has one. No corpus card does either; the corpus test below shows the first that does.
     */
    @Test
    void containersAreWhereTheScannerDeparts() {
        String text = "- item\n\n  # inside\n";
        assertThat(flexmark(text)).isEmpty();
        assertThat(scanner(text)).containsExactly("2: h1");
    }

    static Stream<Named<Path>> cards() {
        return SharedCorpus.cards();
    }

    @ParameterizedTest
    @MethodSource("cards")
    void theScannerFindsFlexmarksHeadingsInEveryCorpusCard(Path card) throws IOException {
        SharedCorpus.assumePresent(card);
        String text = LineEnding.normalize(DecodedText.decode(java.nio.file.Files.readAllBytes(card), card.toString()).text());
        String body = text.substring(FrontMatterBlock.find(text).map(FrontMatterBlock::end).orElse(0));
        assertThat(scanner(body)).isEqualTo(flexmark(body));
    }
}
