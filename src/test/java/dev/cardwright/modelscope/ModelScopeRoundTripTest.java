package dev.cardwright.modelscope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.testing.Shared;
import dev.cardwright.validate.Vocabulary;
import dev.cardwright.yaml.CardMetadata;
import dev.cardwright.yaml.MetadataEditException;

/** Hub → ModelScope → Hub keeps every mapped field: on the corpus, and on seeded random cards. */
class ModelScopeRoundTripTest {
    /** Keys that only a ModelScope README (or an invalid Hub card) carries: such cards are not Hub cards to start from. */
    private static final List<String> NOT_HUB = List.of("tasks", "frameworks", "indexing");

    static Stream<Path> corpusCards() throws IOException {
        Path dir = Shared.path("corpus/cards");
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList().stream();
        }
    }

    @Test
    void theCorpusIsThere() {
        Shared.assumeDirectory("corpus/cards");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusCards")
    void everyCorpusCardKeepsItsMappedFields(Path file) throws Exception {
        Card card = ReadmeReader.read(file);
        assumeTrue(card.getFrontMatter() != null, "no front matter: nothing to map");
        Map<String, Object> before;
        try {
            Map<String, Object> meta = CardMetadata.read(card);
            assumeFalse(NOT_HUB.stream().anyMatch(meta::containsKey) || meta.get("datasets") instanceof Map<?, ?>
                    || "cn".equals(meta.get("language")) || meta.get("language") instanceof List<?> l && l.contains("cn"),
                    "a ModelScope-style card, not a Hub card to start from");
            before = ModelScopeCards.mapped(card);
        } catch (MetadataEditException | IllegalArgumentException e) {
            assumeTrue(false, "front matter the Hub cannot read either (export refuses it): " + e.getMessage());
            return;
        }
        Card back = ModelScopeCards.roundTrip(card);
        Map<String, Object> after = ModelScopeCards.mapped(back);
        assertThat(after).isEqualTo(before);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
    void randomHubCardsKeepTheirMappedFields(long seed) throws Exception {
        Random random = new Random(seed);
        Vocabulary vocab = Vocabulary.hub();
        List<String> tags = new ArrayList<>(vocab.pipelineTags().keySet());
        List<String> licenses = new ArrayList<>(vocab.licenses().keySet());
        List<String> libraries = new ArrayList<>(vocab.libraries().keySet());
        StringBuilder yaml = new StringBuilder();
        yaml.append("pipeline_tag: ").append(pick(random, tags)).append('\n');
        yaml.append("license: ").append(pick(random, licenses)).append('\n');
        yaml.append("library_name: ").append(pick(random, libraries)).append('\n');
        yaml.append("language:\n- zh\n- en\n");
        yaml.append("tags:\n- t").append(random.nextInt(100)).append('\n');
        yaml.append("datasets:\n- org/d").append(random.nextInt(100)).append('\n');
        if (random.nextBoolean()) {
            yaml.append("base_model: org/base\nbase_model_relation: ").append(pick(random, List.of("adapter", "merge", "quantized", "finetune"))).append('\n');
        }
        yaml.append("model-index:\n- name: m").append(seed).append("\n  results:\n");
        int results = 1 + random.nextInt(3);
        for (int r = 0; r < results; r++) {
            yaml.append("  - task:\n      type: ").append(pick(random, tags)).append('\n');
            yaml.append("    dataset:\n      type: org/d").append(r).append("\n      name: D").append(r).append('\n');
            if (random.nextBoolean()) {
                yaml.append("      split: test\n");
            }
            yaml.append("    metrics:\n");
            int metrics = 1 + random.nextInt(3);
            for (int m = 0; m < metrics; m++) {
                yaml.append("    - type: m").append(m).append("\n      value: ")
                        .append(random.nextBoolean() ? String.valueOf(random.nextInt(100)) : String.format("%.3f", random.nextDouble()))
                        .append('\n');
                if (random.nextBoolean()) {
                    yaml.append("      verified: true\n");
                }
            }
        }
        Card card = ModelScopeCards.readme("---\n" + yaml + "---\n# 模型\n\n正文。\n");
        Map<String, Object> before = ModelScopeCards.mapped(card);
        assertThat(before).containsKeys("pipeline_tag", "license", "library_name", "model-index rows");
        assertThat(ModelScopeCards.mapped(ModelScopeCards.roundTrip(card))).isEqualTo(before);
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
