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
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/** The charts beside the results table follow what a person types into the table. */
@ExtendWith(ApplicationExtension.class)
class EvalChartPaneTest {
    private Card card;

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
        EvalChartPane charts = new EvalChartPane(metadata.model().getResults());
        stage.setScene(new Scene(new HBox(8, metadata, charts.node()), 1200, 700));
        metadata.setPrefWidth(800);
        stage.show();
        metadata.layout();
        metadata.setVvalue(1.0); // the results table is at the bottom of the metadata form
        metadata.resultsTable().scrollToColumn(metadata.resultsTable().getColumns().stream()
                .filter(c -> "results-col-value".equals(c.getId())).findFirst().orElseThrow());
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

        TableCell<?, ?> cell = robot.lookup(".table-cell").match((TableCell<?, ?> c) -> "0.8".equals(c.getText()))
                .queryAs(TableCell.class);
        robot.doubleClickOn(cell);
        robot.push(KeyCode.CONTROL, KeyCode.A).write("0.95").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(bars(robot, "#eval-chart-0")).containsExactly(0.91, 0.95);
        assertThat(CardMetadata.evalResults(card)).extracting(r -> String.valueOf(r.getMetricValue())).containsExactly("0.91", "0.95");
    }
}
