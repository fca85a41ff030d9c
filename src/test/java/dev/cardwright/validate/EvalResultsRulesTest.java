package dev.cardwright.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cardwright.cli.CardwrightCommand;

class EvalResultsRulesTest {

    private static List<String> check(String text) {
        return EvalResultsValidator.validate(text, "f.yaml").diagnostics().stream()
                .map(d -> d.line() + ":" + d.column() + " " + d.code() + " " + d.path()).toList();
    }

    @Test
    void aValidFileHasNoDiagnostics() {
        String text = """
                - dataset:
                    id: cais/hle
                    task_id: default
                    revision: 5503434ddd753f426f4b38109466949a1217c2bb
                  value: 20.90
                  date: "2025-01-15T10:30:00Z"
                  source:
                    url: https://huggingface.co/spaces/SaylorTwift/smollm3-mmlu-pro
                    name: Eval traces
                  evaluation_framework: hle
                  notes: no-tools
                """;
        assertThat(check(text)).isEmpty();
    }

    @Test
    void datasetIdTaskIdAndValueAreRequired() {
        String text = """
                - dataset:
                    id: cais/hle
                  value: 1
                - dataset:
                    task_id: default
                - value: 2
                """;
        assertThat(check(text)).containsExactly(
                "2:5 CW503 [0].dataset.task_id",
                "4:3 CW503 [1].value",
                "5:5 CW503 [1].dataset.id",
                "6:3 CW503 [2].dataset");
    }

    @Test
    void valueMustBeANumber() {
        assertThat(check("- dataset: {id: a/b, task_id: t}\n  value: \"42%\"\n"))
                .containsExactly("2:10 CW502 [0].value");
        assertThat(check("- dataset: {id: a/b, task_id: t}\n  value:\n")).containsExactly("2:3 CW503 [0].value");
    }

    @Test
    void dateMustBeAQuotedIsoString() {
        String text = """
                - dataset: {id: a/b, task_id: t}
                  value: 1
                  date: 2025-01-15
                - dataset: {id: a/b, task_id: t}
                  value: 1
                  date: "15/01/2025"
                - dataset: {id: a/b, task_id: t}
                  value: 1
                  date: "2025-02-30"
                """;
        assertThat(check(text)).containsExactly("3:9 CW505 [0].date", "6:9 CW504 [1].date", "9:9 CW504 [2].date");
        Diagnostic unquoted = EvalResultsValidator.validate(text, "f.yaml").diagnostics().get(0);
        assertThat(unquoted.fix()).isEqualTo("\"2025-01-15\"");
        assertThat(unquoted.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void sourceNeedsAUrl() {
        String text = "- dataset: {id: a/b, task_id: t}\n  value: 1\n  source:\n    name: logs\n";
        assertThat(check(text)).containsExactly("3:3 CW506 [0].source.url");
    }

    @Test
    void datasetIdMustBeAHubId() {
        String text = "- dataset:\n    id: ./data/test.jsonl\n    task_id: t\n  value: 1\n"
                + "- dataset:\n    id: https://huggingface.co/datasets/cais/hle\n    task_id: t\n  value: 1\n";
        assertThat(check(text)).containsExactly("2:9 CW507 [0].dataset.id", "6:9 CW507 [1].dataset.id");
    }

    @Test
    void unknownKeysAreWarnedWithASuggestion() {
        String text = "- dataset:\n    id: a/b\n    taskid: t\n    task_id: t\n  value: 1\n  verify_token: x\n";
        List<Diagnostic> found = EvalResultsValidator.validate(text, "f.yaml").diagnostics();
        assertThat(found).extracting(d -> d.line() + ":" + d.column() + " " + d.code())
                .containsExactly("3:5 CW508", "6:3 CW508");
        assertThat(found.get(0).message()).isEqualTo(
                "unknown key \"taskid\" in an evaluation result; the Hub ignores it (did you mean \"task_id\"?)");
        assertThat(found.get(1).fix()).isEqualTo("verifyToken");
    }

    @Test
    void notYamlAndNotAListAreLocated() {
        assertThat(check("- dataset: {id: a/b\n")).singleElement().asString().startsWith("2:1 CW501");
        assertThat(check("dataset:\n  id: a/b\n")).containsExactly("1:1 CW502 null");
        assertThat(check("- just text\n")).containsExactly("1:3 CW502 [0]");
    }

    /** The README's rule table shows each of these rules with its name, severity and a real message. */
    @Test
    void everyRuleIsInTheReadmeTableWithAMessageItReallyGives() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (Rule rule : Rule.values()) {
            if (rule.code().startsWith("CW5")) {
                assertThat(readme).contains("| " + rule.code() + " | " + rule.id() + " | " + rule.severity().id() + " |");
            }
        }
        String[] samples = {"- dataset: {id: a/b\n", "- dataset: {id: a/b, task_id: t}\n  value: \"42%\"\n",
            "- dataset:\n    id: a/b\n  value: 1\n", "- dataset: {id: a/b, task_id: t}\n  value: 1\n- dataset: {id: a/b, task_id: t}\n  value: 1\n  date: \"15/01/2025\"\n",
            "- dataset: {id: a/b, task_id: t}\n  value: 1\n  date: 2025-01-15\n", "- dataset: {id: a/b, task_id: t}\n  value: 1\n  source: {name: x}\n",
            "- dataset: {id: ./data/test.jsonl, task_id: t}\n  value: 1\n", "- dataset: {id: a/b, taskid: t, task_id: t}\n  value: 1\n"};
        for (String sample : samples) {
            Diagnostic d = EvalResultsValidator.validate(sample, "f.yaml").diagnostics().get(0);
            assertThat(readme).contains("| " + d.code() + " | ").contains("`" + d.message() + "`");
        }
    }

    @Test
    void lintChecksEvalResultsFilesInAFolder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("README.md"), "---\nlicense: mit\n---\n# Model\n");
        Files.createDirectories(dir.resolve(".eval_results"));
        Files.writeString(dir.resolve(".eval_results/hle.yaml"),
                "# ours\n- dataset:\n    id: cais/hle\n  value: 20.9\n", StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CardwrightCommand.run(new PrintWriter(out), new PrintWriter(err), "lint", dir.toString());
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains(dir.resolve(".eval_results/hle.yaml") + ":3:5: error CW503 \"[0].dataset.task_id\" is required");
        assertThat(out.toString()).contains("2 files, 1 with errors");
    }
}
