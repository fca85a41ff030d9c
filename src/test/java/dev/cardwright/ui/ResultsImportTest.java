package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Card;
import dev.cardwright.card.EvalResult;
import dev.cardwright.card.FrontMatter;
import dev.cardwright.ui.metadata.MetadataPane;
import dev.cardwright.ui.metadata.Vocabularies;
import dev.cardwright.ui.task.CurrentThreadTaskExecutor;
import dev.cardwright.yaml.Metadata;
import dev.cardwright.yaml.ModelIndexCodec;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Results pasted into the import dialog from lm-evaluation-harness output: the preview shows the
 * rows, "Add" puts them into the table and the card's model-index; bad text is named with its
 * line and column and adds nothing.
 */
@ExtendWith(ApplicationExtension.class)
class ResultsImportTest {
    private final StackPane root = new StackPane();
    private Card card;
    private MetadataPane pane;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 1100, 760));
        stage.show();
    }

    static String fixture(String name) throws Exception {
        try (InputStream in = ResultsImportTest.class.getResourceAsStream("/dev/cardwright/results/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void open(FxRobot robot) {
        card = new Card();
        FrontMatter fm = new FrontMatter();
        fm.setYaml("license: mit\n");
        card.setFrontMatter(fm);
        robot.interact(() -> {
            pane = new MetadataPane(card, Vocabularies.NONE, new CurrentThreadTaskExecutor());
            root.getChildren().setAll(pane);
            pane.setVvalue(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void paste(FxRobot robot, String text) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#results-import-text");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void lmEvalOutputPastedIsPreviewedAndAddedToTheTableAndTheCard(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#results-import");
        WaitForAsyncUtils.waitForFxEvents();
        Button add = robot.lookup("#results-import-add").queryButton();
        assertThat(add.isDisabled()).isTrue();

        paste(robot, "metric,value\nacc,0.5\nf1,0.3,extra\n");
        assertThat(robot.lookup("#results-import-status").queryAs(Label.class).getText())
                .isEqualTo("Line 3, column 1: this row has 3 cells, but the header names 2 columns");
        assertThat(add.isDisabled()).isTrue();

        paste(robot, fixture("lm-eval-kestrel.json"));
        @SuppressWarnings("unchecked")
        TableView<EvalResult> preview = robot.lookup("#results-import-preview").queryAs(TableView.class);
        assertThat(preview.getItems()).hasSize(6);
        assertThat(robot.lookup("#results-import-status").queryAs(Label.class).getText()).isEqualTo("Read as lm-evaluation-harness: 6 rows.");
        assertThat(add.getText()).isEqualTo("Add 6 rows");
        robot.clickOn(add);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#results-import-add").tryQuery()).as("the dialog is closed").isEmpty();
        assertThat(robot.lookup("#metadata-results").queryAs(TableView.class).getItems()).hasSize(6);
        Map<String, Object> meta = Metadata.parse(card.getFrontMatter().getYaml());
        List<EvalResult> written = ModelIndexCodec.read(meta.get("model-index"));
        assertThat(written).extracting(EvalResult::getDatasetName, EvalResult::getMetricType, r -> String.valueOf(r.getMetricValue()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("arc_easy", "acc", "0.5614"),
                        org.assertj.core.groups.Tuple.tuple("arc_easy", "acc_norm", "0.4987"),
                        org.assertj.core.groups.Tuple.tuple("hellaswag", "acc", "0.3102"),
                        org.assertj.core.groups.Tuple.tuple("hellaswag", "acc_norm", "0.3551"),
                        org.assertj.core.groups.Tuple.tuple("gsm8k", "exact_match", "0.0167"),
                        org.assertj.core.groups.Tuple.tuple("gsm8k", "exact_match", "0.0212"));
        assertThat(card.getFrontMatter().getYaml()).startsWith("license: mit\nmodel-index:\n- name: cardwright/kestrel-notes-120m\n");
    }

    @Test
    void cancelAddsNothing(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#results-import");
        paste(robot, "dataset,accuracy\nclue,0.9\n");
        robot.clickOn("#results-import-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card.getFrontMatter().getYaml()).isEqualTo("license: mit\n");
    }
}
