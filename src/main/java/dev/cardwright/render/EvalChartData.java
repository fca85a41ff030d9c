package dev.cardwright.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.cardwright.card.EvalResult;

/**
 * Evaluation results grouped for charts: one chart per dataset (with its config and split), one
 * bar per metric, so a reader sees at a glance how the model does on each benchmark. The SVG in
 * the preview and the JavaFX chart beside the results table are drawn from the same groups.
 */
public final class EvalChartData {
    /** One bar: the metric's label and its value. */
    public record Bar(String label, double value) {
    }

    /** One chart: a dataset's title and its bars, in the order of the results. */
    public record Chart(String title, List<Bar> bars) {
    }

    private EvalChartData() {
    }

    public static List<Chart> of(List<EvalResult> rows) {
        Map<String, List<Bar>> groups = new LinkedHashMap<>();
        boolean severalModels = rows.stream().map(EvalResult::getModelName).distinct().count() > 1;
        for (EvalResult r : rows) {
            Optional<Double> value = number(r.getMetricValue());
            if (value.isEmpty()) {
                continue;
            }
            String dataset = first(r.getDatasetName(), r.getDatasetType(), "?");
            StringBuilder title = new StringBuilder(dataset);
            String detail = String.join(", ", java.util.stream.Stream.of(r.getDatasetConfig(), r.getDatasetSplit())
                    .filter(s -> s != null && !s.isBlank()).toList());
            if (!detail.isEmpty()) {
                title.append(" (").append(detail).append(')');
            }
            String label = first(r.getMetricName(), r.getMetricType(), "?");
            if (severalModels && r.getModelName() != null) {
                label = r.getModelName() + " · " + label;
            }
            groups.computeIfAbsent(title.toString(), k -> new ArrayList<>()).add(new Bar(label, value.get()));
        }
        List<Chart> out = new ArrayList<>();
        groups.forEach((title, bars) -> out.add(new Chart(title, List.copyOf(bars))));
        return out;
    }

    /** A metric value as a number: numbers as they are, text such as {@code 8.53%} or {@code 0.91} read. */
    static Optional<Double> number(Object value) {
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
        }
        if (value instanceof String s) {
            String t = s.strip();
            if (t.endsWith("%")) {
                t = t.substring(0, t.length() - 1).strip();
            }
            try {
                double d = Double.parseDouble(t);
                return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String first(String a, String b, String fallback) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : fallback;
    }
}
