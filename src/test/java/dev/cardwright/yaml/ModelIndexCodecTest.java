package dev.cardwright.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.cardwright.card.EvalResult;

class ModelIndexCodecTest {
    private static final String CARD = """
            license: mit
            model-index:
            - name: my-model
              extra: kept
              results:
              - task:
                  type: text-classification
                  name: Text Classification
                dataset:
                  name: GLUE SST-2
                  type: glue
                  config: 2020
                  split: validation
                  args:
                    max_len: 128
                metrics:
                - type: accuracy
                  value: 0.91
                  name: Accuracy
                  verified: false
                  verifyToken: abc
                - type: f1
                  value: 20.0 ± 1.2
                  args: {average: macro}
                source:
                  name: Open LLM Leaderboard
                  url: https://example.org/lb
              - task:
                  type: text-classification
                dataset:
                  name: GLUE SST-2
                  type: glue
                  config: 2020
                  split: validation
                metrics:
                - type: loss
                  value: 0.3
            - name: other-model
              results: []
            """;

    private static Object modelIndex(String yaml) throws Exception {
        return Metadata.parse(yaml).get("model-index");
    }

    @Test
    void flattensEveryMetricIntoARowLikeHuggingfaceHub() throws Exception {
        List<EvalResult> rows = ModelIndexCodec.read(modelIndex(CARD));
        assertThat(rows).hasSize(4);
        EvalResult first = rows.get(0);
        assertThat(first.getModelName()).isEqualTo("my-model");
        assertThat(first.getTaskType()).isEqualTo("text-classification");
        assertThat(first.getTaskName()).isEqualTo("Text Classification");
        assertThat(first.getDatasetName()).isEqualTo("GLUE SST-2");
        assertThat(first.getDatasetType()).isEqualTo("glue");
        assertThat(first.getDatasetConfig()).isEqualTo("2020");
        assertThat(first.getDatasetSplit()).isEqualTo("validation");
        assertThat(first.getDatasetRevision()).isNull();
        assertThat(first.getMetricType()).isEqualTo("accuracy");
        assertThat(first.getMetricName()).isEqualTo("Accuracy");
        assertThat(first.getMetricValue()).isEqualTo(0.91);
        assertThat(first.isVerified()).isFalse();
        assertThat(first.getSourceName()).isEqualTo("Open LLM Leaderboard");
        assertThat(first.getSourceUrl()).isEqualTo("https://example.org/lb");
        assertThat(rows.get(1).getMetricValue()).isEqualTo("20.0 ± 1.2");
        assertThat(rows.get(2).getMetricType()).isEqualTo("loss");
        // a model entry without results is one row with only its name
        assertThat(rows.get(3).getModelName()).isEqualTo("other-model");
        assertThat(rows.get(3).getTaskType()).isNull();
        assertThat(rows.get(3).getMetricType()).isNull();
    }

    @Test
    void writesBackExactlyWhatWasReadKeepingUnknownKeysSeparateResultsAndModels() throws Exception {
        Object mi = modelIndex(CARD);
        assertThat(Values.same(ModelIndexCodec.write(ModelIndexCodec.read(mi)), mi)).isTrue();
    }

    @Test
    void anEditedValueChangesOnlyThatValueAndKeepsTheTypesOfUntouchedFields() throws Exception {
        Object mi = modelIndex(CARD);
        List<EvalResult> rows = ModelIndexCodec.read(mi);
        rows.get(0).setMetricValue(0.95);
        rows.get(0).setVerified(true);
        Object written = ModelIndexCodec.write(rows);
        Object expected = Values.copy(mi);
        Values.put(expected, List.of(0, "results", 0, "metrics", 0, "value"), 0.95);
        Values.put(expected, List.of(0, "results", 0, "metrics", 0, "verified"), true);
        assertThat(Values.same(written, expected)).as("%s", written).isTrue();
        assertThat(Values.get(written, List.of(0, "results", 0, "dataset", "config"))).isEqualTo(2020);
    }

    @Test
    void aClearedFieldRemovesItsKey() throws Exception {
        List<EvalResult> rows = ModelIndexCodec.read(modelIndex(CARD));
        rows.get(0).setTaskName("");
        rows.get(1).setTaskName(null);
        Object written = ModelIndexCodec.write(rows);
        assertThat(Values.get(written, List.of(0, "results", 0, "task"))).isEqualTo(Map.of("type", "text-classification"));
    }

    @Test
    void aNewRowJoinsTheResultWithTheSameTaskAndDataset() throws Exception {
        List<EvalResult> rows = ModelIndexCodec.read(modelIndex(CARD));
        EvalResult added = new EvalResult();
        added.setModelName("my-model");
        added.setTaskType("text-classification");
        added.setTaskName("Text Classification");
        added.setDatasetName("GLUE SST-2");
        added.setDatasetType("glue");
        added.setDatasetConfig("2020");
        added.setDatasetSplit("validation");
        added.setSourceName("Open LLM Leaderboard");
        added.setSourceUrl("https://example.org/lb");
        added.setMetricType("precision");
        added.setMetricValue(0.5);
        rows.add(added);
        Object written = ModelIndexCodec.write(rows);
        assertThat(Values.get(written, List.of(0, "results", 0, "metrics", 2))).isEqualTo(Map.of("type", "precision", "value", 0.5));
        assertThat((List<?>) Values.get(written, List.of(0, "results"))).hasSize(2);
    }

    @Test
    void newRowsBuildAModelIndexInHuggingfaceHubsOrder() {
        EvalResult r = new EvalResult();
        r.setModelName("my-cool-model");
        r.setTaskType("image-classification");
        r.setDatasetType("beans");
        r.setDatasetName("Beans");
        r.setMetricType("accuracy");
        r.setMetricValue(0.9);
        EvalResult other = new EvalResult();
        other.setModelName("my-cool-model");
        other.setTaskType("image-classification");
        other.setDatasetType("cifar10");
        other.setDatasetName("CIFAR-10");
        other.setDatasetSplit("test");
        other.setMetricType("accuracy");
        other.setMetricValue(0.8);
        other.setVerified(true);
        other.setSourceUrl("https://example.org");
        // the same text as huggingface_hub's eval_results_to_model_index for these results
        assertThat(PyYamlEmitter.dump(ModelIndexCodec.write(List.of(r, other)))).isEqualTo("""
                - name: my-cool-model
                  results:
                  - task:
                      type: image-classification
                    dataset:
                      name: Beans
                      type: beans
                    metrics:
                    - type: accuracy
                      value: 0.9
                  - task:
                      type: image-classification
                    dataset:
                      name: CIFAR-10
                      type: cifar10
                      split: test
                    metrics:
                    - type: accuracy
                      value: 0.8
                      verified: true
                    source:
                      url: https://example.org
                """);
    }

    @Test
    void keepsResultsWithoutMetricsAndModelsWithoutResults() throws Exception {
        Object mi = modelIndex("""
                model-index:
                - name: a
                  results:
                  - task:
                      type: summarization
                    metrics:
                - name: b
                """);
        List<EvalResult> rows = ModelIndexCodec.read(mi);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getTaskType()).isEqualTo("summarization");
        assertThat(Values.same(ModelIndexCodec.write(rows), mi)).isTrue();
    }

    @Test
    void refusesWhatIsNotAModelIndexSayingWhere() {
        assertThatThrownBy(() -> ModelIndexCodec.read(Map.of("name", "x"))).hasMessage("model-index is not a list");
        assertThatThrownBy(() -> ModelIndexCodec.read(List.of(Map.of("name", "x", "results", List.of("oops")))))
                .hasMessage("model-index[0].results[0] is not a mapping");
    }

    @Test
    void metricValuesTypedAsTextBecomeNumbersWhenTheyAreNumbers() {
        assertThat(EvalResult.metricValueOf("91")).isEqualTo(91);
        assertThat(EvalResult.metricValueOf(" 0.91 ")).isEqualTo(0.91);
        assertThat(EvalResult.metricValueOf("1e-3")).isEqualTo(0.001);
        assertThat(EvalResult.metricValueOf("20.0 ± 1.2")).isEqualTo("20.0 ± 1.2");
        assertThat(EvalResult.metricValueOf(" ")).isNull();
    }

    @Test
    void editingOneValueThroughTheTableChangesOnlyThatLine() throws Exception {
        List<EvalResult> rows = ModelIndexCodec.read(modelIndex(CARD));
        rows.get(2).setMetricValue(0.25);
        String edited = MetadataEditor.update(CARD, "model-index", ModelIndexCodec.write(rows));
        assertThat(edited).isEqualTo(CARD.replace("value: 0.3\n", "value: 0.25\n"));
    }
}
