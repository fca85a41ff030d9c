package dev.cardwright.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.cardwright.testing.SharedCorpus;

/**
 * The front matter is found exactly where huggingface_hub's pattern finds it in Python. The
 * pattern is run here with the two flags that give java.util.regex Python's reading of it:
 * {@code \s} is Unicode white space (a no-break space included) and {@code $} matches only at the
 * end or before a last {@code \n}.
 */
class FrontMatterMatchTest {
    private static final Pattern PYTHON_PATTERN = Pattern.compile("^(\\s*---[\\r\\n]+)([\\S\\s]*?)([\\r\\n]+---(\\r\\n|\\n|$))",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNIX_LINES);

    /** Where the pattern matches, as Python's re would find it. */
    static FrontMatterMatch byPattern(String text) {
        Matcher m = PYTHON_PATTERN.matcher(text);
        return m.find() ? new FrontMatterMatch(m.end(1), m.end(2), m.end()) : null;
    }

    static Stream<Named<Path>> cards() {
        return SharedCorpus.cards();
    }

    @ParameterizedTest
    @MethodSource("cards")
    void agreesWithThePatternOnEveryCorpusCard(Path card) throws IOException {
        SharedCorpus.assumePresent(card);
        String text = new String(Files.readAllBytes(card), StandardCharsets.UTF_8);
        assertThat(FrontMatterMatch.find(text)).isEqualTo(byPattern(text));
    }

    /** Seeded random texts over the characters the pattern cares about, in batches. */
    static Stream<Named<List<String>>> randomTexts() {
        Random random = new Random(7_2026_11_30L);
        String[] pieces = {"---", "-", "\n", "\r\n", "\r", " ", "\t", "a: 1", "x", "\u2028", "\u0085", "\u00A0", "----", "\n---\n"};
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
            assertThat(FrontMatterMatch.find(text)).as("%s", text.replace("\r", "\\r").replace("\n", "\\n")).isEqualTo(byPattern(text));
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
        // a no-break space is white space to Python's \s: the block opens after it (huggingface_hub agrees)
        assertThat(FrontMatterMatch.find("\u00A0---\na: 1\n---\nbody")).isEqualTo(new FrontMatterMatch(5, 9, 14));
        assertThat(FrontMatterMatch.find("---\na: 1\n---\r")).as("a lone CR after the closing fence does not close it").isNull();
        assertThat(FrontMatterMatch.find("no front matter\n---\na: 1\n---\n")).isNull(); // not at the start
        assertThat(FrontMatterMatch.find("---\na: 1\n")).isNull(); // never closed
        assertThat(FrontMatterMatch.find("---\na: 1\n---")).isEqualTo(new FrontMatterMatch(4, 8, 12)); // closed at the end of the text
        assertThat(FrontMatterMatch.find("---\n\n---\n")).isEqualTo(byPattern("---\n\n---\n")); // empty block
        assertThat(FrontMatterMatch.find("  \n---\r\na: 1\r\n---\r\nbody")).isEqualTo(new FrontMatterMatch(8, 12, 19));
        assertThat(FrontMatterMatch.find("---\na: 1\n----\nb: 2\n---\n").yamlEnd()).isEqualTo(18); // "----" does not close
    }
}
