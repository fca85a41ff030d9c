package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Card;
import dev.cardwright.card.EvalResult;
import dev.cardwright.card.FrontMatter;
import dev.cardwright.ui.common.Theme;
import dev.cardwright.ui.metadata.MetadataPane;
import dev.cardwright.ui.metadata.Vocabularies;
import dev.cardwright.ui.task.CurrentThreadTaskExecutor;
import dev.cardwright.ui.undo.CardEditRecorder;
import dev.cardwright.ui.undo.UndoHistory;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Defect 3: a cell of the evaluation table edited and left with Tab, Shift+Tab, a click on another
 * row or the focus going elsewhere showed the text but the YAML and the undo history did not have
 * it. Every way out keeps the text but Escape; Tab goes on to the next cell.
 */
@ExtendWith(ApplicationExtension.class)
class ResultsTableEditingTest {
    private static final String YAML = """
            license: mit
            model-index:
            - name: m
              results:
              - task:
                  type: text-classification
                dataset:
                  type: glue
                  name: GLUE
                  config: sst2
                  split: test
                metrics:
                - type: accuracy
                  value: 0.5
                - type: f1
                  value: 0.25
            """;

    private final StackPane root = new StackPane();
    private final UndoHistory history = new UndoHistory();
    private Stage stage;
    private Card card;
    private TableView<EvalResult> table;

    /**
     * A stage of its own, in the editor's light theme set here: TestFX's shared stage and the
     * global user-agent stylesheet carry whatever the tests before set (a dark theme, another
     * window's size and focus), and the table's row heights and scroll position follow them.
     */
    @BeforeEach
    void start(FxRobot robot) {
        robot.interact(() -> {
            stage = new Stage();
            Scene scene = new Scene(root, 1200, 760);
            Theme.LIGHT.apply(scene);
            stage.setScene(scene);
            stage.show();
            stage.toFront();
            stage.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    private void open(FxRobot robot) {
        card = new Card();
        FrontMatter fm = new FrontMatter();
        fm.setYaml(YAML);
        card.setFrontMatter(fm);
        CardEditRecorder.attach(card, history);
        robot.interact(() -> {
            // as the main window does: typing merges into one step until the focus moves
            root.getScene().focusOwnerProperty().addListener((obs, old, now) -> history.seal());
            MetadataPane pane = new MetadataPane(card, Vocabularies.NONE, new CurrentThreadTaskExecutor());
            root.getChildren().setAll(pane);
            table = null;
            pane.setVvalue(1); // the table below the form, on screen
        });
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<EvalResult> found = robot.from(root).lookup("#metadata-results").queryAs(TableView.class);
        table = found;
        // the table's first rows on screen, whatever the theme's row heights (a bottom-scrolled
        // pane hides them when another test has set a theme with taller rows)
        robot.interact(() -> {
            MetadataPane pane = (MetadataPane) root.getChildren().get(0);
            double y = pane.getContent().sceneToLocal(found.localToScene(0, 0)).getY();
            double scrollable = pane.getContent().getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(scrollable <= 0 ? 0 : Math.min(1, y / scrollable));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String yaml() {
        return card.getFrontMatter().getYaml();
    }

    @SuppressWarnings("unchecked")
    private TableCell<EvalResult, ?> cell(FxRobot robot, int row, String column) {
        // this window's table only, scrolled into view (the charts below it and the filter bar above move it)
        robot.interact(() -> {
            MetadataPane pane = (MetadataPane) root.getChildren().get(0);
            double y = table.localToScene(0, 0).getY() - pane.getContent().localToScene(0, 0).getY();
            double room = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(Math.min(1, Math.max(0, (y - 60) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(root).lookup(".table-cell").match((Node n) -> n instanceof TableCell<?, ?> c && c.getTableRow() != null
                && c.getIndex() == row && c.getTableColumn() != null && ("results-col-" + column).equals(c.getTableColumn().getId()))
                .queryAs(TableCell.class);
    }

    private TextField editing(FxRobot robot) {
        return robot.from(root).lookup(".table-cell .text-field").queryAs(TextField.class);
    }

    private void type(FxRobot robot, String text) {
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void edit(FxRobot robot, int row, String column, String text) {
        robot.doubleClickOn(cell(robot, row, column));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editing(robot).getText()).isNotNull();
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        type(robot, text);
    }

    @Test
    void tabKeepsTheTextAndEditsTheNextCellShiftTabThePrevious(FxRobot robot) {
        open(robot);
        edit(robot, 0, "dataset-name", "GLUE benchmark");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(yaml()).contains("    name: GLUE benchmark\n");
        assertThat(cell(robot, 0, "dataset-name").getText()).isEqualTo("GLUE benchmark");
        TableCell<EvalResult, ?> config = cell(robot, 0, "config");
        assertThat(config.isEditing()).as("Tab goes on to the next cell").isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        type(robot, "cola");
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(yaml()).contains("    config: cola\n");
        assertThat(cell(robot, 0, "dataset-name").isEditing()).as("Shift+Tab goes back").isTrue();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        // two steps in the history, undone one at a time
        robot.interact(history::undo);
        assertThat(yaml()).contains("    config: sst2\n").contains("    name: GLUE benchmark\n");
        robot.interact(history::undo);
        assertThat(yaml()).isEqualTo(YAML);
    }

    @Test
    void aClickOnAnotherRowKeepsTheTextEscapeDoesNot(FxRobot robot) {
        open(robot);
        edit(robot, 0, "value", "0.75");
        robot.clickOn(cell(robot, 1, "metric-type"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(yaml()).contains("    - type: accuracy\n      value: 0.75\n");
        assertThat(cell(robot, 0, "value").getText()).isEqualTo("0.75");
        assertThat(history.canUndoProperty().get()).isTrue();

        edit(robot, 1, "value", "0.99");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(yaml()).contains("value: 0.25\n").doesNotContain("0.99");
        assertThat(cell(robot, 1, "value").getText()).isEqualTo("0.25");

        edit(robot, 1, "value", "0.3");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(yaml()).contains("value: 0.3\n");
    }

    @Test
    void theFocusGoingElsewhereKeepsTheText(FxRobot robot) {
        open(robot);
        edit(robot, 1, "metric-name", "F1 (macro)");
        // up to the license field (with taller rows the form and the table do not fit together); scrolling alone ends no edit
        robot.interact(() -> ((MetadataPane) root.getChildren().get(0)).setVvalue(0));
        robot.clickOn(robot.from(root).lookup("#metadata-license").queryAs(Node.class), javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(yaml()).contains("      name: F1 (macro)\n");
        assertThat(cell(robot, 1, "metric-name").isEditing()).isFalse();
    }
}
