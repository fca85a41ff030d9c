package dev.cardwright.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.EvalResult;
import dev.cardwright.card.LineEnding;
import dev.cardwright.markdown.DecodedText;
import dev.cardwright.markdown.FrontMatterBlock;
import dev.cardwright.testing.SharedCorpus;

/**
 * Every corpus card with a {@code model-index}: the table read from it writes back the same value,
 * and editing one metric value through the table changes one line of the front matter.
 */
class ModelIndexCorpusTest {
    private static final Map<String, String> NOT_A_MODEL_INDEX = new TreeMap<>();
    private static final Map<String, String> EDIT_NOT_ONE_LINE = new TreeMap<>();

    /** The cards with a readable model-index; the ~200 others have nothing to check here. */
    static Stream<?> cardsWithModelIndex() {
        return SharedCorpus.cards(file -> yamlWithModelIndex(file).isPresent(), 40);
    }

    /** Of those, the ones whose model-index reads as a table with at least one metric to edit. */
    static Stream<?> cardsWithAMetric() {
        return SharedCorpus.cards(file -> yamlWithModelIndex(file).map(ModelIndexCorpusTest::rows)
                .filter(rows -> lastMetric(rows) >= 0).isPresent(), 30);
    }

    /** The card's front matter YAML when it has a readable model-index. */
    private static Optional<String> yamlWithModelIndex(Path file) {
        String text;
        try {
            text = DecodedText.decode(Files.readAllBytes(file), file.toString()).text();
        } catch (CardFormatException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<FrontMatterBlock> block = FrontMatterBlock.find(text);
        if (block.isEmpty()) {
            return Optional.empty();
        }
        String yaml = LineEnding.normalize(text.substring(block.get().yamlStart(), block.get().closingStart()));
        try {
            return Metadata.parse(yaml).containsKey("model-index") ? Optional.of(yaml) : Optional.empty();
        } catch (MetadataEditException e) {
            return Optional.empty();
        }
    }

    /** The rows of the table read from the model-index in {@code yaml}; empty when it is no table. */
    private static List<EvalResult> rows(String yaml) {
        try {
            return ModelIndexCodec.read(Metadata.parse(yaml).get("model-index"));
        } catch (IllegalArgumentException | MetadataEditException e) {
            return List.of();
        }
    }

    /** The index of the last metric row (the deepest in the block, after everything else), or -1. */
    private static int lastMetric(List<EvalResult> rows) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).getMetricType() != null) {
                return i;
            }
        }
        return -1;
    }

    @ParameterizedTest
    @MethodSource("cardsWithModelIndex")
    void tableWritesBackTheSameModelIndex(Path file) throws Exception {
        SharedCorpus.assumePresent(file);
        String yaml = yamlWithModelIndex(file).orElseThrow();
        Object modelIndex = Metadata.parse(yaml).get("model-index");
        List<EvalResult> rows;
        try {
            rows = ModelIndexCodec.read(modelIndex);
        } catch (IllegalArgumentException e) {
            NOT_A_MODEL_INDEX.put(file.getFileName().toString(), e.getMessage());
            return;
        }
        Object written = ModelIndexCodec.write(rows);
        assertThat(Values.same(written, modelIndex)).as("round trip of %s", file.getFileName()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("cardsWithAMetric")
    void editingOneMetricValueChangesOneLine(Path file) throws Exception {
        SharedCorpus.assumePresent(file);
        String yaml = yamlWithModelIndex(file).orElseThrow();
        List<EvalResult> rows = rows(yaml);
        rows.get(lastMetric(rows)).setMetricValue(12.345);
        Object written = ModelIndexCodec.write(rows);
        String edited;
        try {
            edited = MetadataEditor.update(yaml, "model-index", written);
        } catch (MetadataEditException e) {
            EDIT_NOT_ONE_LINE.put(file.getFileName().toString(), "refused: " + e.getMessage());
            return;
        }
        assertThat(Metadata.parse(edited).get("model-index")).satisfies(v -> assertThat(Values.same(v, written)).isTrue());
        List<String> before = yaml.lines().toList();
        List<String> after = edited.lines().toList();
        List<String> changed = new ArrayList<>();
        if (before.size() == after.size()) {
            for (int i = 0; i < before.size(); i++) {
                if (!before.get(i).equals(after.get(i))) {
                    changed.add(before.get(i) + " -> " + after.get(i));
                }
            }
        }
        if (changed.size() != 1) {
            EDIT_NOT_ONE_LINE.put(file.getFileName().toString(),
                    (before.size() - after.size()) + " lines fewer, " + changed.size() + " changed");
        }
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0)).contains("12.345");
    }

    @AfterAll
    static void report() {
        if (!NOT_A_MODEL_INDEX.isEmpty()) {
            System.out.println("model-index not read as a table (" + NOT_A_MODEL_INDEX.size() + "):");
            NOT_A_MODEL_INDEX.forEach((k, v) -> System.out.println("  " + k + ": " + v));
        }
        if (!EDIT_NOT_ONE_LINE.isEmpty()) {
            System.out.println("metric edit not a one-line change (" + EDIT_NOT_ONE_LINE.size() + "):");
            EDIT_NOT_ONE_LINE.forEach((k, v) -> System.out.println("  " + k + ": " + v));
        }
    }
}
