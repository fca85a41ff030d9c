package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.cardwright.ui.task.CurrentThreadTaskExecutor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The results table's filter box, its task picker (the Hub's pipeline tags) and "add row" that
 * continues the selected row, used with the mouse and keys (issue 10, What to build 3).
 */
@ExtendWith(ApplicationExtension.class)
class ResultsTableToolsTest {
    private static final String YAML = """
            model-index:
            - name: m
              results:
              - task:
                  type: text-classification
                dataset:
                  name: TNews
                  type: C-MTEB/TNews-classification
                  split: test
                metrics:
                - type: accuracy
                  value: 0.51
              - task:
                  type: text-classification
                dataset:
                  name: AFQMC
                  type: C-MTEB/AFQMC
                  split: validation
                metrics:
                - type: accuracy
                  value: 0.7
            """;
    private final StackPane root = new StackPane();
    private Card card;
    private TableView<EvalResult> table;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 1200, 760));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private void open(FxRobot robot) {
        card = new Card();
        FrontMatter fm = new FrontMatter();
        fm.setYaml(YAML);
        card.setFrontMatter(fm);
        robot.interact(() -> {
            MetadataPane pane = new MetadataPane(card, Integration.vocabularies(), new CurrentThreadTaskExecutor());
            root.getChildren().setAll(pane);
            pane.setVvalue(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        table = robot.lookup("#metadata-results").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableCell<EvalResult, ?> cell(FxRobot robot, int row, String column) {
        // the charts below the table grow with its rows, so the table is scrolled into view each time
        robot.interact(() -> {
            MetadataPane pane = (MetadataPane) root.getChildren().get(0);
            double y = table.localToScene(0, 0).getY() - pane.getContent().localToScene(0, 0).getY();
            double room = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(Math.min(1, Math.max(0, (y - 60) / room)));
            table.getColumns().stream().filter(c -> ("results-col-" + column).equals(c.getId())).findFirst().ifPresent(table::scrollToColumn);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".table-cell").match((Node n) -> n instanceof TableCell<?, ?> c && c.getTableRow() != null
                && c.getIndex() == row && c.getTableColumn() != null && ("results-col-" + column).equals(c.getTableColumn().getId()))
                .queryAs(TableCell.class);
    }

    @Test
    void theFilterBoxShowsTheRowsThatMatchAndSaysHowMany(FxRobot robot) {
        open(robot);
        robot.clickOn("#results-filter").write("afqmc");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(EvalResult::getDatasetName).containsExactly("AFQMC");
        assertThat(robot.lookup("#results-filter-count").queryAs(Label.class).getText()).isEqualTo("1 of 2 rows");
        // an edit through the filtered table lands on the right row
        robot.doubleClickOn(cell(robot, 0, "value"));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("0.72").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card.getFrontMatter().getYaml()).contains("value: 0.72").contains("value: 0.51");
        robot.clickOn("#results-filter").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(2);
    }

    @Test
    void addRowContinuesTheSelectedRowAndTheTaskIsPickedFromThePipelineTags(FxRobot robot) {
        open(robot);
        robot.clickOn(cell(robot, 0, "model")); // selects the first row
        robot.clickOn("#results-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(3);
        EvalResult added = table.getItems().get(1);
        assertThat(added.getDatasetType()).isEqualTo("C-MTEB/TNews-classification");
        assertThat(added.getMetricType()).isEqualTo("f1");
        assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(added);

        robot.doubleClickOn(cell(robot, 1, "task-type"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Token Classif");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER); // picks the suggestion: the id goes into the cell
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.TAB); // and Tab keeps it, as every way out of a cell does
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(added.getTaskType()).isEqualTo("token-classification");
        assertThat(card.getFrontMatter().getYaml()).contains("type: token-classification").contains("type: f1");
    }
}
