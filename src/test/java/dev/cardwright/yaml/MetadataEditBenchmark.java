package dev.cardwright.yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.EvalResult;
import dev.cardwright.card.LineEnding;
import dev.cardwright.markdown.DecodedText;
import dev.cardwright.markdown.FrontMatterBlock;
import dev.cardwright.testing.SharedCorpus;

/**
 * Prints how long metadata edits take on the shared corpus (not a test: figures, no limits).
 * Run after {@code mvn -o test-compile}:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.cardwright.yaml.MetadataEditBenchmark}
 * where {@code cp.txt} comes from {@code mvn -o dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class MetadataEditBenchmark {
    private MetadataEditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> blocks = new ArrayList<>();
        try (Stream<Path> files = Files.list(SharedCorpus.CARDS)) {
            for (Path file : files.sorted().toList()) {
                yaml(file).ifPresent(blocks::add);
            }
        }
        String largest = blocks.stream().filter(b -> b.contains("model-index"))
                .max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
        long chars = blocks.stream().mapToLong(String::length).sum();
        System.out.printf(Locale.ROOT, "%d front matter blocks that are mappings, %.2f MB; largest model-index block %.2f MB%n",
                blocks.size(), chars / 1e6, largest.length() / 1e6);
        for (int round = 0; round < 6; round++) {
            long t0 = System.nanoTime();
            for (String yaml : blocks) {
                MetadataEditor.set(yaml, "license", "mit");
            }
            long t1 = System.nanoTime();
            List<EvalResult> rows = ModelIndexCodec.read(Metadata.parse(largest).get("model-index"));
            rows.get(rows.size() / 2).setMetricValue(12.345);
            Object modelIndex = ModelIndexCodec.write(rows);
            long t2 = System.nanoTime();
            MetadataEditor.update(largest, "model-index", modelIndex);
            long t3 = System.nanoTime();
            System.out.printf(Locale.ROOT, "%s set license on all: %.0f ms (%.1f MB/s); %d-row table read+write: %.0f ms;"
                            + " one metric edit: %.0f ms%n", round < 2 ? "warm-up " : "measured", (t1 - t0) / 1e6,
                    chars / 1e6 / ((t1 - t0) / 1e9), rows.size(), (t2 - t1) / 1e6, (t3 - t2) / 1e6);
        }
    }

    private static Optional<String> yaml(Path file) throws Exception {
        try {
            String text = DecodedText.decode(Files.readAllBytes(file), file.toString()).text();
            Optional<FrontMatterBlock> b = FrontMatterBlock.find(text);
            if (b.isEmpty()) {
                return Optional.empty();
            }
            String yaml = LineEnding.normalize(text.substring(b.get().yamlStart(), b.get().closingStart()));
            Metadata.parse(yaml);
            return Metadata.isBlockMapping(yaml) ? Optional.of(yaml) : Optional.empty();
        } catch (CardFormatException e) {
            return Optional.empty();
        }
    }
}
