package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.EvalResult;
import dev.cardwright.card.EvalResultsFile;
import dev.cardwright.ui.dialog.ScriptedDialogs;
import dev.cardwright.ui.metadata.MetadataPane;
import dev.cardwright.ui.preview.WebViewPreview;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;

/**
 * A repository folder with a {@code model-index} and an {@code .eval_results} file, opened from the
 * keyboard: both kinds of rows in one table with the format column, an entry's value typed in its
 * cell, undone and redone with the document's keys, the preview's evaluation panel following, and
 * the exported file changed on that one line only.
 */
@ExtendWith(ApplicationExtension.class)
class EvalResultsTableTest {
    private static final String README = """
            ---
            license: mit
            model-index:
            - name: tiny
              results:
              - task:
                  type: text-generation
                dataset:
                  name: MMLU
                  type: cais/mmlu
                metrics:
                - type: accuracy
                  value: 0.61
            ---
            # Tiny

            ## Uses

            For tests.
            """;
    private static final String EVALS = """
            # scores from our own harness; keep this comment
            - dataset:
                id: cais/hle
                task_id: default
              value: 20.9
              evaluation_framework: lighteval
              notes: no-tools
            - dataset: {id: Idavidrein/gpqa, task_id: diamond}
              value: 0.5
            """;

    @TempDir
    Path dir;

    @RegisterExtension
    final MainWindowExtension editor = new MainWindowExtension("eval-table").withPreview(() -> new WebViewPreview(url -> { }));

    @BeforeEach
    void start(FxRobot robot) {
        robot.interact(() -> {
            editor.window().attachPreview();
        });
    }

    @Test
    void editsAnEvalResultsEntryInTheTableWithUndoPreviewAndAMinimalDiffOnExport(FxRobot robot) throws Exception {
        Path repo = dir.resolve("tiny");
        Files.createDirectories(repo.resolve(EvalResultsFile.FOLDER));
        Files.writeString(repo.resolve("README.md"), README);
        Path evals = repo.resolve(".eval_results/x.yaml");
        Files.writeString(evals, EVALS);

        // File ▸ Open Folder… from the keyboard, then the metadata pane
        editor.dialogs().unsaved = ScriptedDialogs.UnsavedChoice.DISCARD;
        editor.dialogs().openTarget = repo;
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.window().document().getCard().getEvalResultsFiles()).hasSize(1);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        waitForPreview(robot, "20.9", true);

        @SuppressWarnings("unchecked")
        TableView<EvalResult> table = robot.lookup("#metadata-results").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        showTable(robot, table);
        TableColumn<EvalResult, ?> format = column(table, "results-col-format");
        robot.interact(() -> table.scrollToColumn(format));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(List.of(cell(robot, table, format, 0).getText(), cell(robot, table, format, 1).getText(),
                cell(robot, table, format, 2).getText()))
                .containsExactly("model-index", ".eval_results/x.yaml", ".eval_results/x.yaml");
        TableColumn<EvalResult, ?> dataset = column(table, "results-col-dataset-type");
        robot.interact(() -> table.scrollToColumn(dataset));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell(robot, table, dataset, 1).getText()).isEqualTo("cais/hle");

        // a new value typed into the entry's value cell
        TableColumn<EvalResult, ?> value = column(table, "results-col-value");
        robot.interact(() -> table.scrollToColumn(value));
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(cell(robot, table, value, 1));
        WaitForAsyncUtils.waitForFxEvents();
        TextField cell = robot.lookup(".table-cell .text-field").queryAs(TextField.class);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("31.5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell.getText()).isEqualTo("31.5");
        EvalResultsFile file = editor.window().document().getCard().getEvalResultsFiles().get(0);
        String edited = EVALS.replace("  value: 20.9\n", "  value: 31.5\n");
        assertThat(file.getText()).isEqualTo(edited);
        assertThat(cell(robot, table, value, 1).getText()).isEqualTo("31.5");
        waitForPreview(robot, "31.5", true);

        // the document's one history: undo, then redo
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file.getText()).isEqualTo(EVALS);
        assertThat(cell(robot, table, value, 1).getText()).isEqualTo("20.9");
        waitForPreview(robot, "31.5", false);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file.getText()).isEqualTo(edited);
        assertThat(cell(robot, table, value, 1).getText()).isEqualTo("31.5");
        waitForPreview(robot, "31.5", true);

        // File ▸ Export README writes the .eval_results file beside it: one line changed
        editor.dialogs().saveTarget = repo.resolve("README.md");
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.dialogs().lastError).isNull();
        List<String> before = EVALS.lines().toList();
        List<String> after = Files.readString(evals).lines().toList();
        assertThat(after).hasSameSizeAs(before);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(before.get(i) + " -> " + after.get(i));
            }
        }
        assertThat(changed).containsExactly("  value: 20.9 ->   value: 31.5");
        assertThat(Files.readString(repo.resolve("README.md"))).isEqualTo(README);
    }

    @Test
    void anEntryHasNoModelOrMetricToEditAndAMissingTaskIdIsRefused(FxRobot robot) throws Exception {
        Path repo = dir.resolve("tiny");
        Files.createDirectories(repo.resolve(EvalResultsFile.FOLDER));
        Files.writeString(repo.resolve("README.md"), README);
        Files.writeString(repo.resolve(".eval_results/x.yaml"), EVALS);
        editor.dialogs().unsaved = ScriptedDialogs.UnsavedChoice.DISCARD;
        editor.dialogs().openTarget = repo;
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<EvalResult> table = robot.lookup("#metadata-results").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        showTable(robot, table);

        // the model column of an entry's row does not open an editor; the model-index row's does
        TableColumn<EvalResult, ?> model = column(table, "results-col-model");
        robot.doubleClickOn(cell(robot, table, model, 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getEditingCell()).isNull();
        robot.doubleClickOn(cell(robot, table, model, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getEditingCell()).isNotNull();
        robot.type(KeyCode.ESCAPE);

        // emptying the task id (config column) is refused with a message; the file stays as it was
        TableColumn<EvalResult, ?> config = column(table, "results-col-config");
        robot.interact(() -> table.scrollToColumn(config));
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(cell(robot, table, config, 2));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).type(KeyCode.BACK_SPACE).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.window().document().getCard().getEvalResultsFiles().get(0).getText()).isEqualTo(EVALS);
        assertThat(robot.lookup("#metadata-edit-error").queryLabeled().getText()).contains(".eval_results/x.yaml", "task");
        assertThat(cell(robot, table, config, 2).getText()).isEqualTo("diamond");
        assertThat(editor.window().document().history().canUndoProperty().get()).isFalse();
    }

    /** Scrolls the metadata pane so that the table is at the top of its viewport. */
    private void showTable(FxRobot robot, TableView<EvalResult> table) {
        MetadataPane pane = editor.window().metadataPane().orElseThrow();
        robot.interact(() -> {
            Node content = pane.getContent();
            Bounds inContent = content.sceneToLocal(table.localToScene(table.getBoundsInLocal()));
            double scrollable = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(scrollable <= 0 ? 0 : Math.min(1, (inContent.getMinY() - 40) / scrollable));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TableColumn<EvalResult, ?> column(TableView<EvalResult> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    private static TableCell<?, ?> cell(FxRobot robot, TableView<EvalResult> table, TableColumn<EvalResult, ?> column, int row) {
        return robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() == column && c.getIndex() == row && c.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + column.getId() + "[" + row + "] on screen"));
    }

    private String previewText() {
        WebView web = (WebView) editor.window().preview().orElseThrow().node();
        try {
            return String.valueOf(WaitForAsyncUtils.asyncFx(() -> web.getEngine()
                    .executeScript("document.body ? document.body.innerText : ''")).get(10, TimeUnit.SECONDS));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void waitForPreview(FxRobot robot, String expected, boolean present) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> previewText().contains(expected) == present);
    }
}
