package dev.cardwright.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.cardwright.card.Card;
import dev.cardwright.card.LineEnding;
import dev.cardwright.card.Section;
import dev.cardwright.card.TextEncoding;
import dev.cardwright.yaml.CardSourceFile;

/**
 * Cards assembled from random blocks (seeded, so a failure names its seed): headings of every
 * kind, code and HTML blocks holding {@code #} lines, front matter or none, each line ending its
 * own way, in every encoding. Each must round-trip exactly and split at exactly the real headings.
 */
class SyntheticVariantsTest {

    static IntStream seeds() {
        return IntStream.range(0, 60);
    }

    /** A generated card: its text and the titles of the headings it really has. */
    record Generated(String text, List<String> titles) {
    }

    static Generated generate(Random random, String[] endings) {
        StringBuilder out = new StringBuilder();
        List<String> titles = new ArrayList<>();
        if (random.nextBoolean()) {
            out.append(random.nextBoolean() ? "" : "\n").append("---").append(nl(random, endings, out))
                    .append("license: mit").append(nl(random, endings, out))
                    .append(random.nextBoolean() ? "tags:\n- a" : "language: zh").append(nl(random, endings, out))
                    .append("---");
            if (random.nextInt(4) > 0) {
                // The Hub's rule closes front matter only at LF, CRLF or the end of the file.
                out.append(random.nextBoolean() ? "\n" : "\r\n");
            } else {
                return new Generated(out.toString(), titles); // front matter at end of file, no terminator
            }
        }
        int blocks = random.nextInt(12);
        for (int b = 0; b < blocks; b++) {
            String title = "Title " + b + (random.nextBoolean() ? " 中文" : "");
            switch (random.nextInt(8)) {
                case 0 -> {
                    out.append("#".repeat(1 + random.nextInt(6))).append(' ').append(title).append(nl(random, endings, out));
                    titles.add(title);
                }
                case 1 -> {
                    // A setext underline takes the whole paragraph above it, so start a new one.
                    out.append(nl(random, endings, out)).append(title).append(nl(random, endings, out)).append(random.nextBoolean() ? "===" : "---").append(nl(random, endings, out));
                    titles.add(title);
                }
                case 2 -> out.append("```").append(nl(random, endings, out)).append("# not a heading").append(nl(random, endings, out))
                        .append("```").append(nl(random, endings, out));
                case 3 -> out.append("<details>").append(nl(random, endings, out)).append("## still html").append(nl(random, endings, out))
                        .append("</details>").append(nl(random, endings, out)).append(nl(random, endings, out));
                case 4 -> out.append("    # indented code").append(nl(random, endings, out)).append(nl(random, endings, out));
                case 5 -> out.append("| a | b |").append(nl(random, endings, out)).append("|---|---|").append(nl(random, endings, out))
                        .append("| 1 | 2 |").append(nl(random, endings, out)).append(nl(random, endings, out));
                case 6 -> out.append("Some *text* with  trailing spaces  ").append(nl(random, endings, out)).append("\t tab").append(nl(random, endings, out));
                default -> out.append(nl(random, endings, out));
            }
        }
        if (random.nextBoolean()) {
            out.append("last line without terminator");
        }
        return new Generated(out.toString(), titles);
    }

    /** A random line ending; never an LF right after a CR, which would merge into one CRLF. */
    private static String nl(Random random, String[] endings, StringBuilder out) {
        String ending = endings[random.nextInt(endings.length)];
        return ending.equals("\n") && out.length() > 0 && out.charAt(out.length() - 1) == '\r' ? "\r\n" : ending;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void roundTripsInEveryEncodingAndLineEndingStyle(int seed) throws Exception {
        String[][] styles = {{"\n"}, {"\r\n"}, {"\r"}, {"\n", "\r\n", "\r"}};
        for (String[] style : styles) {
            Generated g = generate(new Random(seed), style);
            for (TextEncoding encoding : TextEncoding.values()) {
                byte[] bytes = ReadmeWriter.encode(g.text(), encoding, "x");
                Card card = ReadmeReader.read(bytes, "README.md");
                assertThat(card.getFormat().encoding()).isEqualTo(encoding);
                assertThat(ReadmeWriter.toBytes(card)).as("seed %d, %s", seed, encoding).isEqualTo(bytes);
                assertThat(card.allSections().map(Section::getTitle)).as("seed %d", seed).containsExactlyElementsOf(g.titles());
                Card viaSource = CardSourceFile.parse(CardSourceFile.toYaml(card), "x.card.yaml");
                assertThat(ReadmeWriter.toBytes(viaSource)).as("through the card source, seed %d", seed).isEqualTo(bytes);
            }
            if (style.length == 1) {
                Card card = ReadmeReader.read(g.text().getBytes(java.nio.charset.StandardCharsets.UTF_8), "x");
                boolean hasBreaks = g.text().contains("\n") || g.text().contains("\r");
                assertThat(card.getFormat().lineEnding()).isEqualTo(hasBreaks ? LineEnding.values()[java.util.Arrays.asList("\n", "\r\n", "\r").indexOf(style[0])] : LineEnding.LF);
            }
        }
    }
}
