package dev.cardwright.modelscope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.cardwright.validate.Vocabulary;

/** The mapping tables hold only real values on both sides, and read back the way they were written. */
class ModelScopeTablesTest {
    private final ModelScopeTables tables = ModelScopeTables.get();
    private final Vocabulary hub = Vocabulary.hub();

    @Test
    void everyTaskRowJoinsAHubPipelineTagToAModelScopeTask() {
        assertThat(tables.tasks().rows()).isNotEmpty();
        tables.tasks().rows().forEach((tag, task) -> {
            assertThat(hub.pipelineTags()).as("Hub pipeline tag").containsKey(tag);
            assertThat(tables.taskNames()).as("ModelScope task for " + tag).contains(task);
        });
    }

    @Test
    void theIssuesExamplesArePinned() {
        assertThat(tables.tasks().toModelScope("automatic-speech-recognition")).contains("auto-speech-recognition");
        assertThat(tables.tasks().toModelScope("text-to-image")).contains("text-to-image-synthesis");
        assertThat(tables.tasks().toModelScope("audio-classification")).isEmpty();
        assertThat(tables.licenses().toModelScope("apache-2.0")).contains("Apache License 2.0");
        assertThat(tables.licenses().toModelScope("cc-by-4.0")).isEmpty();
        assertThat(tables.frameworks().toModelScope("transformers")).contains("pytorch");
    }

    @Test
    void everyRowReadsBackToItsHubValueExceptFrameworksSharedByLibraries() {
        for (Map.Entry<String, String> row : tables.tasks().rows().entrySet()) {
            assertThat(tables.tasks().toHub(row.getValue())).contains(row.getKey());
        }
        for (Map.Entry<String, String> row : tables.licenses().rows().entrySet()) {
            assertThat(hub.licenses()).containsKey(row.getKey());
            assertThat(tables.licenses().toHub(row.getValue())).contains(row.getKey());
            assertThat(tables.licenses().toHub(row.getValue().toUpperCase())).contains(row.getKey());
        }
        for (Map.Entry<String, String> row : tables.frameworks().rows().entrySet()) {
            assertThat(hub.libraries()).containsKey(row.getKey());
            assertThat(tables.frameworks().toHub(row.getValue())).isPresent();
        }
        assertThat(tables.frameworks().toHub("pytorch")).contains("transformers");
        assertThat(tables.frameworks().toHub("tensorflow")).contains("keras");
    }
}
