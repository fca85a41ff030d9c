package dev.cardwright.translate.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.cardwright.testing.Shared;

class SegmentsTest {
    private static List<String> texts(String text) {
        return Segments.of(text).stream().map(Segments.Piece::text).toList();
    }

    @Test
    void cutsSentencesAndLinesKeepingWhiteSpaceWithThePieceBefore() {
        assertThat(texts("\nIt is small. It is fast!\n\n- one\n- two\n"))
                .containsExactly("\nIt is small. ", "It is fast!\n\n", "- one\n", "- two\n");
    }

    @Test
    void cutsChineseSentencesWithoutSpaces() {
        assertThat(texts("模型很小。速度很快！“好吗？”是的\n"))
                .containsExactly("模型很小。", "速度很快！", "“好吗？”", "是的\n");
    }

    @Test
    void neverCutsCodeUrlsListNumbersOrAbbreviations() {
        assertThat(texts("See https://example.com/a.b. Then `x. y` runs, e.g. here.\n1. First item.\n"))
                .containsExactly("See https://example.com/a.b. ", "Then `x. y` runs, e.g. here.\n", "1. First item.\n");
    }

    @Test
    void aFencedBlockIsOnePieceAndOneLine() {
        String text = "Run:\n\n```python\nx = 1. \ny = 2\n```\nDone.\n";
        assertThat(texts(text)).containsExactly("Run:\n\n", "```python\nx = 1. \ny = 2\n```\n", "Done.\n");
        assertThat(Segments.lines(text)).hasSize(3);
    }

    @Test
    void sentencesOfOneLineShareTheLine() {
        List<List<Segments.Piece>> lines = Segments.lines("A. B. C.\nD.\n");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).hasSize(3);
    }

    static Stream<Path> corpusCards() throws Exception {
        Path cards = Shared.assumeDirectory("corpus/cards");
        try (Stream<Path> s = Files.list(cards)) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().limit(60).toList().stream();
        }
    }

    /** Joined, the pieces are the text: on real cards and on random cuts of them. */
    @ParameterizedTest
    @MethodSource("corpusCards")
    void piecesJoinToTheText(Path card) throws Exception {
        String text = Files.readString(card).replace("\r\n", "\n");
        assertThat(String.join("", texts(text))).isEqualTo(text);
        Random random = new Random(card.getFileName().toString().hashCode());
        IntStream.range(0, 20).forEach(i -> {
            int a = random.nextInt(text.length() + 1);
            int b = a + random.nextInt(Math.min(400, text.length() - a) + 1);
            String part = text.substring(a, b);
            assertThat(String.join("", texts(part))).isEqualTo(part);
        });
    }
}
