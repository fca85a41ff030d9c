package dev.cardwright.validate;

import static dev.cardwright.validate.Check.first;
import static dev.cardwright.validate.Check.meta;
import static dev.cardwright.validate.Check.readme;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The structure of model-index, with the metadata path and file position of each bad element. */
class ModelIndexRulesTest {
    private static final String GOOD = """
            model-index:
            - name: my-model
              results:
              - task:
                  type: automatic-speech-recognition
                  name: Speech Recognition
                dataset:
                  type: common_voice
                  name: Common Voice (French)
                  config: fr
                  split: test
                metrics:
                - type: wer
                  value: 20.9
                  name: Test WER
                  verified: false
                source:
                  name: Leaderboard
                  url: https://example.org/board
              - task:
                  type: text-classification
                dataset:
                  type: glue
                  name: GLUE
                metrics:
                - type: accuracy
                  value: "90.1 ± 0.2"
            """;

    @Test
    void aCompleteModelIndexPasses() {
        assertThat(meta(GOOD)).isEmpty();
    }

    @Test
    void emptyResultsArePermitted() {
        assertThat(meta("model-index:\n- name: m\n  results: []\n")).isEmpty();
    }

    @Test
    void configThatIsANumberIsReportedDeepWithItsPath() {
        String bad = GOOD.replace("      config: fr\n", "      config: 2021\n");
        ValidationResult r = readme("---\n" + bad + "---\n");
        Diagnostic d = first(r, "CW202");
        assertThat(d.path()).isEqualTo("model-index[0].results[0].dataset.config");
        assertThat(d.line()).isEqualTo(11);
        assertThat(d.column()).isEqualTo(15);
        assertThat(d.message()).isEqualTo("\"model-index[0].results[0].dataset.config\" must be a string");
        assertThat(d.fix()).isEqualTo("\"2021\"");
    }

    @Test
    void missingDatasetIsRequiredAtTheResult() {
        String bad = GOOD.replace("""
                    dataset:
                      type: glue
                      name: GLUE
                """, "");
        ValidationResult r = readme("---\n" + bad + "---\n");
        Diagnostic d = first(r, "CW201");
        assertThat(d.path()).isEqualTo("model-index[0].results[1].dataset");
        assertThat(d.line()).isEqualTo(21);
        assertThat(d.column()).isEqualTo(5);
        assertThat(d.message()).isEqualTo("\"model-index[0].results[1].dataset\" is required");
    }

    @Test
    void eachRequiredFieldIsChecked() {
        assertThat(meta("model-index:\n- results:\n  - task: {}\n    dataset: {name: D}\n    metrics:\n    - name: x\n"))
                .containsExactly("CW201@3:3", "CW201@4:11", "CW201@5:14", "CW201@7:7", "CW201@7:7");
        assertThat(Check.readme("---\nmodel-index:\n- results:\n  - task: {}\n    dataset: {name: D}\n    metrics:\n    - name: x\n---\n")
                .diagnostics().stream().filter(d -> d.code().equals("CW201")).map(Diagnostic::path))
                .containsExactly("model-index[0].name", "model-index[0].results[0].task.type",
                        "model-index[0].results[0].dataset.type", "model-index[0].results[0].metrics[0].type",
                        "model-index[0].results[0].metrics[0].value");
    }

    @Test
    void sourceNeedsAUrlWhenPresent() {
        String bad = GOOD.replace("      url: https://example.org/board\n", "");
        assertThat(Check.where(readme("---\n" + bad + "---\n"), "CW2")).containsExactly("CW201@19:7");
    }

    @Test
    void wrongContainersAreTypeErrors() {
        assertThat(meta("model-index:\n  name: m\n")).containsExactly("CW202@3:3");
        assertThat(meta("model-index:\n- name: m\n  results:\n    task: x\n")).containsExactly("CW202@5:5");
        assertThat(meta("model-index:\n- name: m\n  results:\n  - task: text\n    dataset: {type: d, name: D}\n    metrics: []\n"))
                .containsExactly("CW202@5:11");
    }

    @Test
    void metricValueMayBeANumberOrAStringButNotAList() {
        String bad = GOOD.replace("      value: 20.9\n", "      value: [20.9]\n");
        Diagnostic d = first(readme("---\n" + bad + "---\n"), "CW202");
        assertThat(d.path()).isEqualTo("model-index[0].results[0].metrics[0].value");
        assertThat(d.line()).isEqualTo(15);
        assertThat(d.column()).isEqualTo(14);
        String verified = GOOD.replace("verified: false", "verified: \"yes\"");
        assertThat(first(readme("---\n" + verified + "---\n"), "CW202").message()).endsWith("must be a boolean");
    }
}
