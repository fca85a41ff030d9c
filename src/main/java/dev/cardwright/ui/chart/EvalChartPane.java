package dev.cardwright.ui.chart;

import java.util.ArrayList;
import java.util.List;

import dev.cardwright.card.EvalResult;
import dev.cardwright.render.EvalChartData;
import dev.cardwright.ui.common.Messages;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * Bar charts of the evaluation results, beside the results table: one chart per dataset (and
 * split), one bar per metric, drawn from the same groups as the SVG in the preview
 * ({@link EvalChartData}). Follows the table's rows as they are added, removed or edited.
 */
public final class EvalChartPane {
    private final ObservableList<EvalResult> rows;
    private final FlowPane root = new FlowPane(12, 12);
    private final Label empty = new Label(Messages.get("charts.empty"));
    private final InvalidationListener rowChanged = o -> rebuild();
    private final List<Observable> watched = new ArrayList<>();
    private List<EvalChartData.Chart> shown = List.of();

    public EvalChartPane(ObservableList<EvalResult> rows) {
        this.rows = rows;
        root.setId("eval-charts");
        root.setPadding(new Insets(8));
        root.setAccessibleText(Messages.get("charts.accessible"));
        empty.setId("eval-charts-empty");
        rows.addListener((ListChangeListener<EvalResult>) c -> rebuild());
        rebuild();
    }

    public Node node() {
        return root;
    }

    /** The charts as drawn now (for a caller that wants to show counts, say). */
    public List<EvalChartData.Chart> charts() {
        return shown;
    }

    private void rebuild() {
        watched.forEach(o -> o.removeListener(rowChanged));
        watched.clear();
        for (EvalResult r : rows) {
            for (Observable o : List.of(r.metricValueProperty(), r.metricTypeProperty(), r.metricNameProperty(), r.datasetNameProperty(),
                    r.datasetTypeProperty(), r.datasetConfigProperty(), r.datasetSplitProperty(), r.modelNameProperty())) {
                o.addListener(rowChanged);
                watched.add(o);
            }
        }
        List<EvalChartData.Chart> charts = EvalChartData.of(List.copyOf(rows));
        if (charts.equals(shown) && !root.getChildren().isEmpty()) {
            return;
        }
        shown = charts;
        if (charts.isEmpty()) {
            root.getChildren().setAll(empty);
            return;
        }
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < charts.size(); i++) {
            nodes.add(chart(charts.get(i), i));
        }
        root.getChildren().setAll(nodes);
    }

    private static BarChart<String, Number> chart(EvalChartData.Chart data, int index) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("eval-chart-" + index);
        chart.setTitle(data.title());
        chart.setAccessibleText(data.title());
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefSize(Math.max(220, 90 + 70 * data.bars().size()), 240);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (EvalChartData.Bar b : data.bars()) {
            series.getData().add(new XYChart.Data<>(b.label(), b.value()));
        }
        chart.getData().add(series);
        return chart;
    }
}
