package dev.cardwright.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.cardwright.testing.SharedCorpus;

/** The scan finds the front matter exactly where huggingface_hub's pattern does. */
class FrontMatterMatchTest {
    static Stream<Named<Path>> cards() {
        return SharedCorpus.cards();
    }

    @ParameterizedTest
    @MethodSource("cards")
    void agreesWithThePatternOnEveryCorpusCard(Path card) throws IOException {
        SharedCorpus.assumePresent(card);
        String text = new String(Files.readAllBytes(card), StandardCharsets.UTF_8);
        assertThat(FrontMatterMatch.find(text)).isEqualTo(FrontMatterMatch.byPattern(text));
    }

    /** Seeded random texts over the characters the pattern cares about, in batches. */
    static Stream<Named<List<String>>> randomTexts() {
        Random random = new Random(7_2026_11_30L);
        String[] pieces = {"---", "-", "\n", "\r\n", "\r", " ", "\t", "a: 1", "x", "\u2028", "\u0085", "----", "\n---\n"};
        List<Named<List<String>>> batches = new ArrayList<>();
        for (int batch = 0; batch < 20; batch++) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                StringBuilder b = new StringBuilder();
                int count = random.nextInt(10);
                for (int k = 0; k < count; k++) {
                    b.append(pieces[random.nextInt(pieces.length)]);
                }
                texts.add(b.toString());
            }
            batches.add(Named.of("batch " + batch, texts));
        }
        return batches.stream();
    }

    @ParameterizedTest
    @MethodSource("randomTexts")
    void agreesWithThePatternOnRandomTexts(List<String> texts) {
        for (String text : texts) {
            assertThat(FrontMatterMatch.find(text)).as("%s", text.replace("\r", "\\r").replace("\n", "\\n")).isEqualTo(FrontMatterMatch.byPattern(text));
        }
    }

    @Test
    void findsTheUsualBlockAndItsParts() {
        String text = "---\nlicense: mit\n---\n# Model\n";
        FrontMatterMatch m = FrontMatterMatch.find(text);
        assertThat(text.substring(m.yamlStart(), m.yamlEnd())).isEqualTo("license: mit");
        assertThat(text.substring(m.end())).isEqualTo("# Model\n");
    }

    @Test
    void handlesTheEdgesThePatternAllows() {
        assertThat(FrontMatterMatch.find("no front matter\n---\na: 1\n---\n")).isNull(); // not at the start
        assertThat(FrontMatterMatch.find("---\na: 1\n")).isNull(); // never closed
        assertThat(FrontMatterMatch.find("---\na: 1\n---")).isEqualTo(new FrontMatterMatch(4, 8, 12)); // closed at the end of the text
        assertThat(FrontMatterMatch.find("---\n\n---\n")).isEqualTo(FrontMatterMatch.byPattern("---\n\n---\n")); // empty block
        assertThat(FrontMatterMatch.find("  \n---\r\na: 1\r\n---\r\nbody")).isEqualTo(new FrontMatterMatch(8, 12, 19));
        assertThat(FrontMatterMatch.find("---\na: 1\n----\nb: 2\n---\n").yamlEnd()).isEqualTo(18); // "----" does not close
    }
}
