package dev.cardwright.results;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.EvalResult;

/**
 * The output JSON of lm-evaluation-harness (0.4): {@code results} maps each task to its metrics,
 * keyed {@code metric,filter} ({@code "acc,none": 0.52}, {@code "acc_stderr,none": 0.005});
 * {@code configs} gives each task's dataset ({@code dataset_path}, {@code dataset_name}) and
 * splits; {@code n-shot} the number of few-shot examples; the model is {@code model_name} or the
 * {@code pretrained=} of {@code config.model_args}. One row per task and metric; standard errors
 * and the task's {@code alias} are not metrics. The harness evaluates language models, so the
 * task type is {@code text-generation}, as the Hub's leaderboard cards write it.
 */
final class LmEvalResults {
    static final String SOURCE_URL = "https://github.com/EleutherAI/lm-evaluation-harness";
    private LmEvalResults() {
    }

    static boolean accepts(JsonNode root) {
        JsonNode results = root.path("results");
        if (!results.isObject() || results.isEmpty()) {
            return false;
        }
        for (JsonNode task : results) {
            Iterator<String> keys = task.fieldNames();
            while (keys.hasNext()) {
                if (keys.next().contains(",")) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<EvalResult> rows(JsonNode root, String source) throws CardFormatException {
        String model = modelName(root);
        List<EvalResult> rows = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> tasks = root.path("results").fields(); tasks.hasNext();) {
            Map.Entry<String, JsonNode> task = tasks.next();
            JsonNode config = root.path("configs").path(task.getKey());
            JsonNode shots = root.path("n-shot").path(task.getKey());
            for (Iterator<Map.Entry<String, JsonNode>> metrics = task.getValue().fields(); metrics.hasNext();) {
                Map.Entry<String, JsonNode> m = metrics.next();
                String key = m.getKey();
                int comma = key.indexOf(',');
                String metric = comma < 0 ? key : key.substring(0, comma);
                String filter = comma < 0 ? "none" : key.substring(comma + 1);
                if (metric.equals("alias") || metric.endsWith("_stderr") || !m.getValue().isNumber()) {
                    continue;
                }
                EvalResult r = new EvalResult();
                r.setModelName(model);
                r.setTaskType("text-generation");
                r.setDatasetType(text(config, "dataset_path", task.getKey()));
                r.setDatasetName(task.getValue().path("alias").asText(task.getKey()).strip());
                r.setDatasetConfig(text(config, "dataset_name", null));
                r.setDatasetSplit(text(config, "test_split", text(config, "validation_split", null)));
                r.setMetricType(metric);
                StringBuilder name = new StringBuilder(metric);
                if (shots.isInt()) {
                    name.append(" (").append(shots.asInt()).append("-shot)");
                }
                if (!filter.equals("none")) {
                    name.append(" [").append(filter).append(']');
                }
                r.setMetricName(name.toString());
                r.setMetricValue(m.getValue().isIntegralNumber() ? (Object) m.getValue().asLong() : (Object) m.getValue().asDouble());
                r.setSourceName("lm-evaluation-harness");
                // huggingface_hub refuses a source with a name and no url (EvalResult.__post_init__ raises,
                // so ModelCard.load fails on the whole card): name the harness by its repository
                r.setSourceUrl(SOURCE_URL);
                rows.add(r);
            }
        }
        if (rows.isEmpty()) {
            throw new CardFormatException(source, 1, 1, "lm-evaluation-harness output without a metric value in \"results\"");
        }
        return rows;
    }

    private static String modelName(JsonNode root) {
        String name = root.path("model_name").asText("");
        if (!name.isBlank()) {
            return name;
        }
        String args = root.path("config").path("model_args").asText("");
        for (String part : args.split(",")) {
            if (part.strip().startsWith("pretrained=")) {
                return part.strip().substring("pretrained=".length());
            }
        }
        return "model";
    }

    private static String text(JsonNode node, String key, String fallback) {
        JsonNode v = node.path(key);
        return v.isTextual() && !v.asText().isBlank() ? v.asText() : fallback;
    }
}
