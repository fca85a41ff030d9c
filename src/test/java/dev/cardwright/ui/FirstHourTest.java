package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.cardwright.card.Card;
import dev.cardwright.card.EvalResult;
import dev.cardwright.card.Section;
import dev.cardwright.export.CardFiles;
import dev.cardwright.ui.common.NodeIds;
import dev.cardwright.ui.dialog.DialogService;
import dev.cardwright.yaml.Metadata;
import dev.cardwright.yaml.ModelIndexCodec;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;

/**
 * The whole first hour (issue 10, "Done when", bullet 2), keys and clicks only: New with a
 * repository id, license, languages, pipeline, library and base model picked with the keyboard,
 * four sections written, an lm-evaluation-harness output imported into the results table, a
 * contradiction the check flags fixed, save, reopen, export. The exported README must read as
 * huggingface_hub reads the same card ({@code tools/gen_first_hour_fixture.py}).
 */
@ExtendWith(ApplicationExtension.class)
class FirstHourTest {
    private static final String LICENSE_FIELD = "#" + NodeIds.of("field", "model-details.description", "license");
    @TempDir
    Path dir;

    @RegisterExtension
    final MainWindowExtension editor = new MainWindowExtension("first-hour");

    private Card card() {
        return editor.window().document().getCard();
    }

    private static void keys(FxRobot robot, KeyCode... combo) {
        robot.press(combo).release(combo);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void pick(FxRobot robot, String field, String typed) {
        robot.clickOn("#metadata-" + field).write(typed);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void write(FxRobot robot, String sectionId, String text) {
        Section s = card().findSection(sectionId).orElseThrow();
        robot.interact(() -> editor.window().select(s));
        robot.clickOn("#" + NodeIds.of("markdown", sectionId));
        keys(robot, KeyCode.CONTROL, KeyCode.END);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean flagged(String code) {
        return editor.window().report().problems().stream().anyMatch(p -> p.code().equals(code));
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = FirstHourTest.class.getResourceAsStream("/dev/cardwright/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aResearchersFirstHourEndsInAReadmeThatHuggingfaceHubReadsAsTheSameCard(FxRobot robot) throws Exception {
        editor.dialogs().unsaved = DialogService.UnsavedChoice.DISCARD;
        // New, with the repository id, the language and the base model
        keys(robot, KeyCode.CONTROL, KeyCode.N);
        robot.clickOn("#new-repo-id").write("lab/bert-zh-news");
        robot.clickOn("#new-language").write("zh");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        robot.clickOn("#new-base-model").write("google-bert/bert-base-chinese").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        // the metadata, with the keyboard
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        pick(robot, "license", "apache-2.0");
        pick(robot, "language", "English");
        pick(robot, "pipeline_tag", "text-classification");
        pick(robot, "library_name", "transformers");
        assertThat(card().getFrontMatter().getYaml()).contains("license: apache-2.0\n").contains("- en\n")
                .contains("pipeline_tag: text-classification\n").contains("library_name: transformers\n");

        // four sections
        write(robot, "uses.direct-use", "Classifies Chinese news headlines into 15 topics.");
        write(robot, "bias-risks-limitations", "Trained on news from 2010 to 2020; newer topics are missed.");
        write(robot, "training-details.training-data", "The TNews split of CLUE.");
        write(robot, "model-card-contact", "nlp@lab.example");

        // the lm-eval output into the results table
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        @SuppressWarnings("unchecked")
        TableView<EvalResult> table = robot.lookup("#metadata-results").queryAs(TableView.class);
        robot.interact(() -> {
            var pane = editor.window().metadataPane().orElseThrow();
            double y = table.localToScene(0, 0).getY() - pane.getContent().localToScene(0, 0).getY();
            double room = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(Math.min(1, Math.max(0, (y - 80) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#results-import");
        WaitForAsyncUtils.waitForFxEvents();
        String lmEval = resource("results/lm-eval-kestrel.json");
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(lmEval);
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#results-import-text");
        keys(robot, KeyCode.CONTROL, KeyCode.V);
        robot.clickOn("#results-import-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(6);

        // the Model Description says MIT: the check flags it, and the author puts it right
        Section description = card().findSection("model-details.description").orElseThrow();
        robot.interact(() -> editor.window().select(description));
        robot.clickOn(LICENSE_FIELD);
        keys(robot, KeyCode.CONTROL, KeyCode.A);
        robot.write("MIT");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> flagged("CW309"));
        robot.clickOn(LICENSE_FIELD);
        keys(robot, KeyCode.CONTROL, KeyCode.A);
        robot.write("Apache 2.0");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !flagged("CW309"));

        // save (beside nothing yet: the user says where), reopen, export
        Path source = dir.resolve("bert-zh-news.card.yaml");
        editor.dialogs().saveTarget = source;
        keys(robot, KeyCode.CONTROL, KeyCode.S);
        assertThat(source).exists();
        assertThat(editor.stage().getTitle()).isEqualTo("bert-zh-news.card.yaml — Cardwright");
        String saved = editor.window().document().readmeText();
        Card before = card();
        editor.dialogs().openTarget = source;
        keys(robot, KeyCode.CONTROL, KeyCode.O);
        assertThat(card()).isNotSameAs(before);
        assertThat(editor.window().document().readmeText()).isEqualTo(saved);

        Path out = Files.createDirectories(dir.resolve("upload"));
        editor.dialogs().saveTarget = out.resolve("README.md");
        keys(robot, KeyCode.CONTROL, KeyCode.E);
        Path readme = out.resolve("README.md");
        String text = Files.readString(readme);
        assertThat(text).contains("# Model Card for lab/bert-zh-news\n")
                .contains("- **License:** Apache 2.0\n")
                .contains("- **Language(s) (NLP):** Chinese, English\n")
                .contains("Classifies Chinese news headlines into 15 topics.")
                .contains("Trained on news from 2010 to 2020; newer topics are missed.")
                .contains("The TNews split of CLUE.")
                .contains("nlp@lab.example");

        assertReadsAsHuggingfaceHubDoes(CardFiles.load(readme));
    }

    /** Every key and every evaluation result, compared with what ModelCard.load read from the same card. */
    private static void assertReadsAsHuggingfaceHubDoes(Card exported) throws Exception {
        JsonNode hf = new ObjectMapper().readTree(resource("firsthour/hf-reads.json"));
        Map<String, Object> meta = Metadata.parse(exported.getFrontMatter().getYaml());
        List<String> keys = new ArrayList<>();
        hf.get("keys").forEach(k -> keys.add(k.asText()));
        assertThat(meta.keySet()).containsExactlyInAnyOrderElementsOf(keys);
        hf.get("data").fields().forEachRemaining(e -> {
            Object ours = meta.get(e.getKey());
            if (e.getValue().isArray()) {
                List<String> theirs = new ArrayList<>();
                e.getValue().forEach(v -> theirs.add(v.asText()));
                assertThat(ours).as(e.getKey()).isEqualTo(theirs);
            } else {
                assertThat(String.valueOf(ours)).as(e.getKey()).isEqualTo(e.getValue().asText());
            }
        });
        List<EvalResult> rows = ModelIndexCodec.read(meta.get("model-index"));
        JsonNode theirs = hf.get("eval_results");
        assertThat(rows).hasSize(theirs.size());
        for (int i = 0; i < rows.size(); i++) {
            EvalResult r = rows.get(i);
            JsonNode t = theirs.get(i);
            assertThat(r.getModelName()).isEqualTo(hf.get("model_name").asText());
            assertThat(new Object[] {r.getTaskType(), r.getTaskName(), r.getDatasetType(), r.getDatasetName(), r.getDatasetConfig(),
                    r.getDatasetSplit(), r.getMetricType(), r.getMetricName(), r.getSourceName(), r.getSourceUrl()})
                    .as("result %d", i)
                    .containsExactly(text(t, "task_type"), text(t, "task_name"), text(t, "dataset_type"), text(t, "dataset_name"),
                            text(t, "dataset_config"), text(t, "dataset_split"), text(t, "metric_type"), text(t, "metric_name"),
                            text(t, "source_name"), text(t, "source_url"));
            assertThat(((Number) r.getMetricValue()).doubleValue()).isEqualTo(t.get("metric_value").asDouble());
            assertThat(r.isVerified()).isEqualTo(t.get("verified").asBoolean(false));
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : Objects.toString(v.asText());
    }
}
