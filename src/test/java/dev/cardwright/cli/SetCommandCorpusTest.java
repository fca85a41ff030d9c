package dev.cardwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.cardwright.card.FileFormat;
import dev.cardwright.card.LineEnding;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.markdown.DecodedText;
import dev.cardwright.markdown.FrontMatterBlock;
import dev.cardwright.testing.SharedCorpus;
import dev.cardwright.yaml.Metadata;
import dev.cardwright.yaml.MetadataEditException;
import dev.cardwright.yaml.YamlReader;

/**
 * {@code set FILE license=mit} over every real card: the output differs from the input in
 * exactly the license line(s) (or one added line), or the edit is refused for a real reason.
 * The refusals are printed at the end so the report can list them.
 */
class SetCommandCorpusTest {
    /** What a refusal may say: each is a reason the edit cannot be made safely. */
    private static final List<String> REAL_REASONS = List.of(
            "not valid YAML", "the metadata is a list", "the metadata is a single value", "flow mapping",
            "duplicate key 'license'", "anchor or alias", "a tab in the indentation", "complex (? ) keys");

    private static final Map<String, String> REFUSED = new TreeMap<>();

    @TempDir
    static Path out;

    static Stream<?> cards() {
        return SharedCorpus.cards();
    }

    @ParameterizedTest
    @MethodSource("cards")
    void changesExactlyTheLicenseLinesOrRefusesForAReason(Path file) throws Exception {
        SharedCorpus.assumePresent(file);
        byte[] bytes = Files.readAllBytes(file);
        DecodedText input;
        try {
            input = DecodedText.decode(bytes, file.toString());
        } catch (CardFormatException e) {
            assertThat(run(file, out.resolve("x"))).isEqualTo(CardwrightCommand.USAGE);
            return;
        }
        Optional<FrontMatterBlock> block = FrontMatterBlock.find(input.text());
        FileFormat format = new FileFormat(input.encoding(), dominantEnding(input.text()));
        Path target = out.resolve(file.getFileName());
        StringWriter err = new StringWriter();
        int code = run(file, target, err);

        Map<String, Object> before = null;
        if (block.isPresent()) {
            try {
                before = Metadata.parse(yaml(input.text(), block.get()));
            } catch (MetadataEditException e) {
                // not a mapping: the edit must be refused for the same reason, at the same place
                assertThat(code).isEqualTo(CardwrightCommand.PROBLEMS);
                assertThat(err.toString()).contains(e.getMessage());
                assertThat(target).doesNotExist();
                REFUSED.put(file.getFileName().toString(), err.toString().strip());
                return;
            }
        }
        if (code == CardwrightCommand.PROBLEMS) {
            String message = err.toString().strip();
            assertThat(message).startsWith(file + ":");
            assertThat(REAL_REASONS).as("reason in: " + message).anyMatch(message::contains);
            assertThat(target).doesNotExist();
            REFUSED.put(file.getFileName().toString(), message);
            return;
        }
        assertThat(code).as(err.toString()).isEqualTo(CardwrightCommand.OK);
        String output = DecodedText.decode(Files.readAllBytes(target), target.toString()).text();
        assertThat(DecodedText.decode(Files.readAllBytes(target), "out").encoding()).isEqualTo(input.encoding());

        LineDiff diff = LineDiff.of(input.text(), output);
        if (before == null) {
            // no front matter: one is added before everything, nothing else changes
            String e = format.lineEnding().text();
            assertThat(output).isEqualTo("---" + e + "license: mit" + e + "---" + e + input.text());
            return;
        }
        if ("mit".equals(before.get("license"))) {
            assertThat(output).isEqualTo(input.text());
            return;
        }
        if (err.toString().contains("rewrote it in block style")) {
            // a flow mapping ({card_data} in a fixture) is rewritten whole, as metadata_update would: the data is what must hold
            Map<String, Object> after = Metadata.parse(yaml(output, FrontMatterBlock.find(output).orElseThrow()));
            Map<String, Object> expected = new LinkedHashMap<>(before);
            expected.put("license", "mit");
            assertThat(after).isEqualTo(expected);
            return;
        }
        assertThat(diff.added()).hasSize(1);
        assertThat(YamlReader.load(diff.added().get(0))).isEqualTo(Map.of("license", "mit"));
        if (before.containsKey("license")) {
            Object removed = YamlReader.load(String.join("", diff.removed()));
            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put("license", before.get("license"));
            assertThat(removed).as("removed lines %s", diff.removed()).isEqualTo(expected);
        } else {
            assertThat(diff.removed()).isEmpty();
        }
        // and the whole metadata reads as before, with the one change
        Map<String, Object> after = Metadata.parse(yaml(output, FrontMatterBlock.find(output).orElseThrow()));
        Map<String, Object> expected = new LinkedHashMap<>(before);
        expected.put("license", "mit");
        assertThat(after).isEqualTo(expected);
    }

    @AfterAll
    static void listRefusals() {
        if (!REFUSED.isEmpty()) {
            System.out.println("set license=mit refused for " + REFUSED.size() + " corpus cards:");
            REFUSED.forEach((name, why) -> System.out.println("  " + why.replace(SharedCorpus.CARDS + "/", "")));
        }
    }

    /** The line ending the README reader takes for the file: the most frequent, LF on a tie. */
    private static LineEnding dominantEnding(String text) {
        long crlf = text.split("\r\n", -1).length - 1;
        long cr = text.chars().filter(c -> c == '\r').count() - crlf;
        long lf = text.chars().filter(c -> c == '\n').count() - crlf;
        if (lf >= crlf && lf >= cr) {
            return LineEnding.LF;
        }
        return crlf >= cr ? LineEnding.CRLF : LineEnding.CR;
    }

    private static String yaml(String text, FrontMatterBlock block) {
        return LineEnding.normalize(text.substring(block.yamlStart(), block.closingStart()));
    }

    private static int run(Path file, Path target) {
        return run(file, target, new StringWriter());
    }

    private static int run(Path file, Path target, StringWriter err) {
        return CardwrightCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                "set", file.toString(), "license=mit", "-o", target.toString());
    }

    /** The lines (with their terminators) that differ between two texts, between a common head and tail. */
    record LineDiff(int start, List<String> removed, List<String> added) {
        static LineDiff of(String a, String b) {
            List<String> la = lines(a);
            List<String> lb = lines(b);
            int head = 0;
            while (head < la.size() && head < lb.size() && la.get(head).equals(lb.get(head))) {
                head++;
            }
            int tail = 0;
            while (tail < la.size() - head && tail < lb.size() - head
                    && la.get(la.size() - 1 - tail).equals(lb.get(lb.size() - 1 - tail))) {
                tail++;
            }
            return new LineDiff(head, la.subList(head, la.size() - tail), lb.subList(head, lb.size() - tail));
        }

        static List<String> lines(String text) {
            List<String> out = new ArrayList<>();
            int from = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    out.add(text.substring(from, i + 1));
                    from = i + 1;
                }
            }
            if (from < text.length()) {
                out.add(text.substring(from));
            }
            return out;
        }
    }
}
