package dev.cardwright.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.ui.metadata.MetadataPane;
import dev.cardwright.ui.metadata.Vocabularies;
import dev.cardwright.ui.task.CurrentThreadTaskExecutor;
import dev.cardwright.yaml.CardMetadata;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/** The charts beside the metadata pane's results table follow what a person types into the table. */
@ExtendWith(ApplicationExtension.class)
class EvalChartPaneTest {
    private Card card;
    private MetadataPane metadata;

    @Start
    void start(Stage stage) throws Exception {
        card = ReadmeReader.read("""
                ---
                model-index:
                - name: demo
                  results:
                  - task:
                      type: text-classification
                    dataset:
                      type: clue
                      name: CLUE
                    metrics:
                    - type: accuracy
                      value: 0.91
                    - type: f1
                      value: 0.8
                ---
                # Demo
                """.getBytes(StandardCharsets.UTF_8), "README.md");
        MetadataPane metadata = new MetadataPane(card, Vocabularies.NONE, new CurrentThreadTaskExecutor());
        // the metadata pane shows the charts beside its results table
        stage.setScene(new Scene(metadata, 1200, 700));
        stage.show();
        this.metadata = metadata;
    }

    @SuppressWarnings("unchecked")
    private static List<Number> bars(FxRobot robot, String id) {
        BarChart<String, Number> chart = robot.lookup(id).queryAs(BarChart.class);
        return chart.getData().get(0).getData().stream().map(XYChart.Data::getYValue).toList();
    }

    @Test
    void editingAValueInTheTableRedrawsItsBar(FxRobot robot) throws Exception {
        BarChart<?, ?> chart = robot.lookup("#eval-chart-0").queryAs(BarChart.class);
        assertThat(chart.getTitle()).isEqualTo("CLUE");
        assertThat(bars(robot, "#eval-chart-0")).containsExactly(0.91, 0.8);

        robot.interact(() -> {
            metadata.setVvalue(1.0); // the results table is at the bottom of the metadata form
            javafx.scene.control.TableView<?> table = (javafx.scene.control.TableView<?>) metadata.lookup("#metadata-results");
            table.scrollToColumnIndex(table.getColumns().size() - 2);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, ?> cell = robot.lookup(".table-cell").match((TableCell<?, ?> c) -> "0.8".equals(c.getText()))
                .queryAs(TableCell.class);
        robot.doubleClickOn(cell);
        robot.push(KeyCode.CONTROL, KeyCode.A).write("0.95").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(bars(robot, "#eval-chart-0")).containsExactly(0.91, 0.95);
        assertThat(CardMetadata.evalResults(card)).extracting(r -> String.valueOf(r.getMetricValue())).containsExactly("0.91", "0.95");
    }
}
