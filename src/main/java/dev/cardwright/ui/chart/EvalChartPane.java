package dev.cardwright.ui.chart;

import java.util.List;

import dev.cardwright.card.EvalResult;
import dev.cardwright.render.EvalChartData;
import dev.cardwright.ui.common.Messages;
import javafx.application.Platform;
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
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Bar charts of the evaluation results, beside the results table: one chart per dataset (and
 * split), one bar per metric, drawn from the same groups as the SVG in the preview
 * ({@link EvalChartData}). Follows the table's rows as they are added, removed or edited.
 * A card can carry thousands of results in over a hundred charts (issue 14: 10,463 scores, 124
 * charts): only the first {@value #FIRST} are drawn, and a button draws more on request, so the
 * pane opens at the cost of a few charts. Edits are gathered and redrawn once, later in the
 * same frame, and only the charts whose bars changed are made again.
 */
public final class EvalChartPane {
    /** Charts drawn before the user asks for more, and how many each press of the button adds. */
    static final int FIRST = 6;
    static final int MORE = 12;

    private final ObservableList<EvalResult> rows;
    private final FlowPane charts = new FlowPane(12, 12);
    private final Button more = new Button();
    private final VBox root = new VBox(8, charts);
    private final Label empty = new Label(Messages.get("charts.empty"));
    private final InvalidationListener rowChanged = o -> rebuildLater();
    private List<EvalChartData.Chart> shown = List.of();
    private int wanted = FIRST;
    private boolean rebuildPending;

    public EvalChartPane(ObservableList<EvalResult> rows) {
        this.rows = rows;
        root.setId("eval-charts");
        root.setPadding(new Insets(8));
        root.setAccessibleText(Messages.get("charts.accessible"));
        empty.setId("eval-charts-empty");
        more.setId("eval-charts-more");
        more.setOnAction(e -> {
            wanted += MORE;
            rebuild();
        });
        rows.forEach(this::watch);
        rows.addListener((ListChangeListener<EvalResult>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(this::unwatch);
                c.getAddedSubList().forEach(this::watch);
            }
            rebuildLater();
        });
        rebuild();
    }

    public Node node() {
        return root;
    }

    /** Every chart of the rows (drawn or not yet), as of the last redraw. */
    public List<EvalChartData.Chart> charts() {
        return shown;
    }

    private void watch(EvalResult r) {
        for (Observable o : properties(r)) {
            o.addListener(rowChanged);
        }
    }

    private void unwatch(EvalResult r) {
        for (Observable o : properties(r)) {
            o.removeListener(rowChanged);
        }
    }

    private static List<Observable> properties(EvalResult r) {
        return List.of(r.metricValueProperty(), r.metricTypeProperty(), r.metricNameProperty(), r.datasetNameProperty(),
                r.datasetTypeProperty(), r.datasetConfigProperty(), r.datasetSplitProperty(), r.modelNameProperty());
    }

    /** A paste or an import changes many rows at once: one redraw after all of them. */
    private void rebuildLater() {
        if (!rebuildPending) {
            rebuildPending = true;
            Platform.runLater(this::rebuild);
        }
    }

    private void rebuild() {
        rebuildPending = false;
        List<EvalChartData.Chart> before = shown;
        shown = EvalChartData.of(List.copyOf(rows));
        if (shown.isEmpty()) {
            charts.getChildren().setAll(empty);
            root.getChildren().setAll(charts);
            return;
        }
        if (charts.getChildren().size() == 1 && charts.getChildren().get(0) == empty) {
            charts.getChildren().clear();
        }
        int drawn = Math.min(wanted, shown.size());
        ObservableList<Node> nodes = charts.getChildren();
        for (int i = 0; i < drawn; i++) {
            boolean same = i < before.size() && i < nodes.size() && before.get(i).equals(shown.get(i));
            if (!same) {
                Node chart = chart(shown.get(i), i);
                if (i < nodes.size()) {
                    nodes.set(i, chart);
                } else {
                    nodes.add(chart);
                }
            }
        }
        if (nodes.size() > drawn) {
            nodes.remove(drawn, nodes.size());
        }
        int left = shown.size() - drawn;
        if (left > 0) {
            more.setText(Messages.get("charts.more", String.valueOf(Math.min(MORE, left)), String.valueOf(shown.size())));
            root.getChildren().setAll(charts, more);
        } else {
            root.getChildren().setAll(charts);
        }
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
