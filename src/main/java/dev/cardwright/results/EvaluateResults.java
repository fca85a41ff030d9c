package dev.cardwright.results;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.cardwright.card.EvalResult;

/**
 * The results of Hugging Face {@code evaluate}: {@code compute()} returns metric names with
 * numbers ({@code {"accuracy": 0.91, "f1": 0.88}}, a metric such as ROUGE several of them), and
 * {@code evaluate.save()} writes them to JSON with its own keys beginning with {@code _}
 * ({@code _timestamp}, {@code _python_version} …) and whatever the caller passed along, such as
 * {@code model}, {@code dataset} or {@code task}, used here to fill the rows. A list of such
 * objects gives the rows of each in turn. Nested objects ({@code {"rouge": {"rouge1": …}}}) give
 * one row per number, named after both keys.
 */
final class EvaluateResults {
    private EvaluateResults() {
    }

    static boolean accepts(JsonNode root) {
        if (root.isArray()) {
            for (JsonNode item : root) {
                if (!item.isObject() || !hasNumber(item)) {
                    return false;
                }
            }
            return !root.isEmpty();
        }
        return root.isObject() && hasNumber(root);
    }

    private static boolean hasNumber(JsonNode object) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().startsWith("_") && (e.getValue().isNumber() || e.getValue().isObject() && hasNumber(e.getValue()))) {
                return true;
            }
        }
        return false;
    }

    static List<EvalResult> rows(JsonNode root) {
        List<EvalResult> rows = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(item -> addRows(item, rows));
        } else {
            addRows(root, rows);
        }
        return rows;
    }

    private static void addRows(JsonNode object, List<EvalResult> rows) {
        String model = text(object, "model", text(object, "model_name", "model"));
        String task = text(object, "task", text(object, "task_type", null));
        String dataset = text(object, "dataset", text(object, "dataset_name", null));
        String config = text(object, "config", text(object, "dataset_config", null));
        String split = text(object, "split", null);
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().startsWith("_")) {
                continue;
            }
            if (e.getValue().isNumber()) {
                rows.add(row(model, task, dataset, config, split, e.getKey(), e.getKey(), e.getValue()));
            } else if (e.getValue().isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> inner = e.getValue().fields(); inner.hasNext();) {
                    Map.Entry<String, JsonNode> n = inner.next();
                    if (n.getValue().isNumber()) {
                        rows.add(row(model, task, dataset, config, split, e.getKey(), n.getKey(), n.getValue()));
                    }
                }
            }
        }
    }

    private static EvalResult row(String model, String task, String dataset, String config, String split,
            String metric, String name, JsonNode value) {
        EvalResult r = new EvalResult();
        r.setModelName(model);
        r.setTaskType(task);
        r.setDatasetType(dataset);
        r.setDatasetName(dataset);
        r.setDatasetConfig(config);
        r.setDatasetSplit(split);
        r.setMetricType(metric);
        r.setMetricName(name.equals(metric) ? null : name);
        r.setMetricValue(value.isIntegralNumber() ? (Object) value.asLong() : (Object) value.asDouble());
        return r;
    }

    private static String text(JsonNode node, String key, String fallback) {
        JsonNode v = node.path(key);
        return v.isTextual() && !v.asText().isBlank() ? v.asText() : fallback;
    }
}
