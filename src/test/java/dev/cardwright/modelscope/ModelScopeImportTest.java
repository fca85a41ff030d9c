package dev.cardwright.modelscope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.cardwright.card.Card;
import dev.cardwright.card.EvalResult;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.testing.Shared;
import dev.cardwright.yaml.CardMetadata;

/** Importing a ModelScope README maps its keys back to the Hub's, keeping what has no place there. */
class ModelScopeImportTest {
    @Test
    void aRealModelScopeReadmeFromTheCorpus() throws Exception {
        Card card = ReadmeReader.read(Shared.assumeFile(
                "corpus/cards/ahzhu19_LLM_Learning2582__models_langboat_mengzi-t5-base_README.md"));
        String body = card.write().substring(card.getFrontMatter().write(card.getFormat().lineEnding()).length());
        List<String> notes = ModelScopeImport.toHub(card, "README.md");
        Map<String, Object> meta = CardMetadata.read(card);
        assertThat(meta).containsEntry("license", "apache-2.0")
                .containsEntry("library_name", "transformers")
                .containsEntry("datasets", List.of("wikipedia_zh", "baike"))
                .doesNotContainKey("frameworks")
                // text2text-generation is no Hub pipeline tag: kept, reported
                .containsEntry("tasks", List.of("text2text-generation"))
                .doesNotContainKey("pipeline_tag")
                .containsKeys("model-type", "domain", "backbone", "widgets");
        assertThat(notes).contains(
                "tasks: \"text2text-generation\" has no Hub pipeline_tag; tasks kept as it is",
                "library_name: \"transformers\" guessed from framework \"pytorch\"; check it");
        assertThat(notes).anyMatch(n -> n.startsWith("datasets: [train] lists merged into one list"));
        // the body is not touched
        assertThat(card.write()).endsWith(body);
    }

    @Test
    void indexingWithModelScopeOnlyFieldsBecomesModelIndexAndStays() throws Exception {
        Card card = ModelScopeCards.readme("""
                ---
                tasks:
                - auto-speech-recognition
                license: Apache License 2.0
                language:
                - cn
                indexing:
                   results:
                   - task:
                       name: Automatic Speech Recognition
                     dataset:
                       name: AISHELL-1
                       args: 16k sampling rate
                     metrics:
                       - type: CER
                         value: 8.53%
                         description: greedy search
                ---
                # Paraformer
                """);
        List<String> notes = ModelScopeImport.toHub(card, "README.md");
        Map<String, Object> meta = CardMetadata.read(card);
        assertThat(meta).containsEntry("pipeline_tag", "automatic-speech-recognition")
                .containsEntry("license", "apache-2.0")
                .containsEntry("language", List.of("zh"))
                .doesNotContainKey("tasks")
                .containsKey("indexing"); // its description has no place in model-index
        List<EvalResult> rows = CardMetadata.evalResults(card);
        assertThat(rows).hasSize(1);
        EvalResult r = rows.get(0);
        assertThat(r.getModelName()).isEqualTo("Paraformer");
        assertThat(r.getTaskType()).isEqualTo("automatic-speech-recognition");
        assertThat(r.getTaskName()).isEqualTo("Automatic Speech Recognition");
        assertThat(r.getDatasetName()).isEqualTo("AISHELL-1");
        assertThat(r.getDatasetConfig()).isEqualTo("16k sampling rate");
        assertThat(r.getMetricType()).isEqualTo("CER");
        assertThat(r.getMetricValue()).isEqualTo("8.53%");
        assertThat(notes).contains("language: \"cn\" (a country, not a language code) written as \"zh\"",
                "indexing: has fields model-index has no place for (description, args …); kept beside model-index");
    }
}
