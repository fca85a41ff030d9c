package dev.cardwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cardwright.card.EvalResultEntry;
import dev.cardwright.yaml.EvalResultsYaml;

class ConvertResultsCommandTest {
    private static final String CARD = """
            ---
            license: mit
            pipeline_tag: text-generation
            model-index:
            - name: tiny-model
              results:
              - task:
                  type: text-generation
                dataset:
                  type: cais/hle
                  name: Humanity's Last Exam
                  split: test
                metrics:
                - type: accuracy
                  value: 20.9
                  verified: true
              - task:
                  type: text-generation
                dataset:
                  type: Idavidrein/gpqa
                  name: Idavidrein/gpqa
                  config: gpqa_diamond
                metrics:
                - type: accuracy
                  value: 0.412
                source:
                  url: https://example.com/logs
                  name: Logs
            ---
            # Tiny model
            """;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CardwrightCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void modelIndexRowsBecomeEntriesAndWhatCannotBeCarriedIsReported(@TempDir Path dir) throws Exception {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, CARD);
        Run r = run("convert-results", readme.toString(), "--to", "eval-results");
        assertThat(r.code()).isZero();
        Path written = dir.resolve(".eval_results/model-index.yaml");
        List<EvalResultEntry> entries = EvalResultsYaml.read(Files.readString(written));
        assertThat(entries).containsExactly(
                EvalResultEntry.of("cais/hle", "default", 20.9),
                new EvalResultEntry("Idavidrein/gpqa", "gpqa_diamond", 0.412, null, null, null, "https://example.com/logs",
                        "Logs", null, null, null));
        assertThat(Files.readString(written)).isEqualTo(EvalResultsYaml.write(entries));
        assertThat(r.err()).contains("model-index row 1 (cais/hle, accuracy): not carried: task type (text-generation), "
                + "dataset name (Humanity's Last Exam), split (test), metric type (accuracy), verified: true");
        assertThat(r.err()).contains("model-index row 2 (Idavidrein/gpqa, accuracy): not carried: task type (text-generation), metric type (accuracy)");
        // the README itself is not touched
        assertThat(Files.readString(readme)).isEqualTo(CARD);
    }

    @Test
    void entriesBecomeModelIndexRowsWithAMinimalDiff(@TempDir Path dir) throws Exception {
        Path readme = dir.resolve("README.md");
        String card = "---\nlicense: mit  # our choice\npipeline_tag: text-generation\n---\n# Tiny\n";
        Files.writeString(readme, card);
        Path evals = dir.resolve("scores.yaml");
        Files.writeString(evals, "- dataset:\n    id: cais/hle\n    task_id: default\n  value: 20.9\n  date: \"2025-01-15\"\n"
                + "- dataset:\n    id: openai/gsm8k\n    task_id: main\n  value: 77.5\n");
        Run r = run("convert-results", evals.toString(), "--to", "model-index", "--card", readme.toString(),
                "--metric-type", "accuracy", "--model-name", "tiny");
        assertThat(r.code()).as(r.err()).isZero();
        String after = Files.readString(readme);
        assertThat(after).startsWith("---\nlicense: mit  # our choice\npipeline_tag: text-generation\nmodel-index:\n- name: tiny\n");
        assertThat(after).contains("      name: openai/gsm8k\n      type: openai/gsm8k\n      config: main\n");
        assertThat(after).endsWith("---\n# Tiny\n");
        assertThat(r.err()).contains("entry 1 (cais/hle, default): not carried: date (2025-01-15)");
        // and back: the rows convert to the same entries (without the date)
        Run back = run("convert-results", readme.toString(), "--to", "eval-results", "-o", dir.resolve("back.yaml").toString());
        assertThat(back.code()).isZero();
        assertThat(EvalResultsYaml.read(Files.readString(dir.resolve("back.yaml"))))
                .containsExactly(EvalResultEntry.of("cais/hle", "default", 20.9), EvalResultEntry.of("openai/gsm8k", "main", 77.5));
    }

    @Test
    void withoutAMetricTypeItIsAUsageErrorAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "---\nlicense: mit\n---\n# Tiny\n");
        Path evals = dir.resolve("scores.yaml");
        Files.writeString(evals, "- dataset: {id: cais/hle, task_id: default}\n  value: 1\n");
        Run r = run("convert-results", evals.toString(), "--to", "model-index", "--card", readme.toString(), "--metric-type", "acc");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("has no pipeline_tag: give --task-type");
        assertThat(Files.readString(readme)).isEqualTo("---\nlicense: mit\n---\n# Tiny\n");
        Run help = run("convert-results", "--help");
        assertThat(help.out()).contains("--to", "--metric-type", "model-index");
    }
}
