package dev.cardwright.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metadata of a card as huggingface_hub's {@code ModelCardData} / {@code DatasetCardData}
 * hold it: known keys in the class's attribute order, then the others as given; tags
 * de-duplicated; {@code model-index} kept as evaluation results and written back grouped by
 * task, dataset, config, split and revision. {@link #toDict} is the reference's {@code to_dict()}
 * (None values dropped), so re-dumping it gives the reference's key order.
 */
final class HubCardData {
    private static final List<String> MODEL_KEYS = List.of("base_model", "datasets", "eval_results", "language",
            "library_name", "license", "license_name", "license_link", "metrics", "model_name", "pipeline_tag", "tags");
    private static final List<String> DATASET_KEYS = List.of("annotations_creators", "language_creators", "language",
            "license", "multilinguality", "size_categories", "source_datasets", "task_categories", "task_ids",
            "paperswithcode_id", "pretty_name", "config_names");
    /** EvalResult's fields, the order the reference declares them. */
    private static final List<String> EVAL_FIELDS = List.of("task_type", "dataset_type", "dataset_name", "metric_type",
            "metric_value", "task_name", "dataset_config", "dataset_split", "dataset_revision", "dataset_args",
            "metric_name", "metric_config", "metric_args", "verified", "verify_token", "source_name", "source_url");

    private final boolean dataset;
    /** The object's {@code __dict__}: attribute name → value, in attribute order. */
    private Map<String, Object> attributes = new LinkedHashMap<>();

    private HubCardData(boolean dataset) {
        this.dataset = dataset;
    }

    /** {@code ModelCardData(**values)} or {@code DatasetCardData(**values)}. */
    static HubCardData of(String cardType, Map<String, ?> values) throws MetadataException {
        boolean isDataset = "dataset".equals(cardType);
        HubCardData d = new HubCardData(isDataset);
        Map<String, Object> kwargs = new LinkedHashMap<>(values);
        if (isDataset) {
            for (String k : DATASET_KEYS) {
                d.attributes.put(k, kwargs.remove(k));
            }
            Object tei = kwargs.remove("train_eval_index");
            if (!PythonTruth.isTrue(tei)) {
                tei = kwargs.remove("train-eval-index");
            }
            d.attributes.put("train_eval_index", tei);
        } else {
            for (String k : MODEL_KEYS) {
                d.attributes.put(k, kwargs.remove(k));
            }
            d.attributes.put("tags", uniqueList(d.attributes.get("tags")));
            d.attributes.put("eval_results", evalResults(d.attributes.get("eval_results")));
            Object modelIndex = kwargs.remove("model-index");
            if (PythonTruth.isTrue(modelIndex)) {
                d.readModelIndex(modelIndex);
            }
        }
        d.attributes.putAll(kwargs);
        if (!isDataset && PythonTruth.isTrue(d.attributes.get("eval_results")) && d.attributes.get("model_name") == null) {
            throw new MetadataException("Failed to validate eval_results: passing `eval_results` requires `model_name` to be set.");
        }
        return d;
    }

    /** {@code to_dict()}, after {@code to_yaml}'s reordering by {@code originalOrder} when one is given. */
    Map<String, Object> toDict(List<String> originalOrder) {
        if (originalOrder != null && !originalOrder.isEmpty()) {
            Map<String, Object> reordered = new LinkedHashMap<>();
            for (String k : originalOrder) {
                if (attributes.containsKey(k)) {
                    reordered.put(k, attributes.get(k));
                }
            }
            attributes.forEach(reordered::putIfAbsent);
            attributes = reordered;
        }
        Map<String, Object> data = new LinkedHashMap<>(attributes);
        if (dataset) {
            data.put("train-eval-index", data.remove("train_eval_index"));
        } else if (attributes.get("eval_results") != null) {
            data.put("model-index", modelIndex());
            data.remove("eval_results");
            data.remove("model_name");
        }
        data.values().removeIf(v -> v == null);
        return data;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> evalResults(Object value) throws MetadataException {
        if (value == null) {
            return null;
        }
        List<Object> items = value instanceof Collection<?> c ? new ArrayList<>(c) : List.of(value);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> m)) {
                throw new MetadataException("`eval_results` should be a list of evaluation results, got " + PythonRepr.repr(item));
            }
            Map<String, Object> r = new LinkedHashMap<>();
            for (String f : EVAL_FIELDS) {
                r.put(f, ((Map<String, Object>) m).get(f));
            }
            for (String required : EVAL_FIELDS.subList(0, 5)) {
                if (!m.containsKey(required)) {
                    throw new MetadataException("evaluation result is missing `" + required + "`");
                }
            }
            out.add(r);
        }
        return out;
    }

    /** {@code model_index_to_eval_results}: flattens every entry; the last entry's name wins. */
    private void readModelIndex(Object modelIndex) throws MetadataException {
        try {
            String name = null;
            List<Map<String, Object>> results = new ArrayList<>();
            for (Object elem : iterable(modelIndex)) {
                name = str(get(elem, "name"));
                for (Object result : iterable(get(elem, "results"))) {
                    Object task = get(result, "task");
                    Object ds = get(result, "dataset");
                    Object source = result instanceof Map<?, ?> rm ? rm.get("source") : null;
                    if (!PythonTruth.isTrue(source)) {
                        source = Map.of();
                    }
                    for (Object metric : iterable(get(result, "metrics"))) {
                        Map<String, Object> r = new LinkedHashMap<>();
                        r.put("task_type", get(task, "type"));
                        r.put("dataset_type", get(ds, "type"));
                        r.put("dataset_name", get(ds, "name"));
                        r.put("metric_type", get(metric, "type"));
                        r.put("metric_value", get(metric, "value"));
                        r.put("task_name", opt(task, "name"));
                        r.put("dataset_config", opt(ds, "config"));
                        r.put("dataset_split", opt(ds, "split"));
                        r.put("dataset_revision", opt(ds, "revision"));
                        r.put("dataset_args", opt(ds, "args"));
                        r.put("metric_name", opt(metric, "name"));
                        r.put("metric_config", opt(metric, "config"));
                        r.put("metric_args", opt(metric, "args"));
                        r.put("verified", opt(metric, "verified"));
                        r.put("verify_token", opt(metric, "verifyToken"));
                        r.put("source_name", opt(source, "name"));
                        r.put("source_url", opt(source, "url"));
                        results.add(r);
                    }
                }
            }
            attributes.put("model_name", name);
            attributes.put("eval_results", results);
        } catch (ClassCastException | IllegalArgumentException e) {
            throw new MetadataException("Invalid `model_index` in metadata cannot be parsed: " + e.getMessage());
        }
    }

    /** {@code eval_results_to_model_index}: one entry, results grouped by their unique identifier, Nones removed. */
    private List<Object> modelIndex() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results = (List<Map<String, Object>>) attributes.get("eval_results");
        Map<List<Object>, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        for (Map<String, Object> r : results) {
            List<Object> id = Arrays.asList(PythonTruth.key(r.get("task_type")), PythonTruth.key(r.get("dataset_type")),
                    PythonTruth.key(r.get("dataset_config")), PythonTruth.key(r.get("dataset_split")),
                    PythonTruth.key(r.get("dataset_revision")));
            groups.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
        }
        List<Object> data = new ArrayList<>();
        for (List<Map<String, Object>> group : groups.values()) {
            Map<String, Object> sample = group.get(0);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("task", ordered("type", sample.get("task_type"), "name", sample.get("task_name")));
            entry.put("dataset", ordered("name", sample.get("dataset_name"), "type", sample.get("dataset_type"),
                    "config", sample.get("dataset_config"), "split", sample.get("dataset_split"),
                    "revision", sample.get("dataset_revision"), "args", sample.get("dataset_args")));
            List<Object> metrics = new ArrayList<>();
            for (Map<String, Object> r : group) {
                metrics.add(ordered("type", r.get("metric_type"), "value", r.get("metric_value"), "name", r.get("metric_name"),
                        "config", r.get("metric_config"), "args", r.get("metric_args"), "verified", r.get("verified"),
                        "verifyToken", r.get("verify_token")));
            }
            entry.put("metrics", metrics);
            if (sample.get("source_url") != null) {
                Map<String, Object> source = new LinkedHashMap<>();
                source.put("url", sample.get("source_url"));
                if (sample.get("source_name") != null) {
                    source.put("name", sample.get("source_name"));
                }
                entry.put("source", source);
            }
            data.add(entry);
        }
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("name", attributes.get("model_name"));
        top.put("results", data);
        return (List<Object>) removeNone(List.of(top));
    }

    /** {@code _remove_none}: drops None from lists and dicts, recursively. */
    private static Object removeNone(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                if (k != null && v != null) {
                    out.put(removeNone(k), removeNone(v));
                }
            });
            return out;
        }
        if (value instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>();
            for (Object v : c) {
                if (v != null) {
                    out.add(removeNone(v));
                }
            }
            return out;
        }
        return value;
    }

    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static Object uniqueList(Object tags) {
        if (!(tags instanceof Collection<?> c)) {
            return tags;
        }
        // Python's "if tag not in unique" compares with every kept tag; equality here is equality
        // of PythonTruth.key, so a set of keys answers the same in one step (60,000 tags took 50 s).
        List<Object> unique = new ArrayList<>();
        java.util.Set<Object> seen = new java.util.HashSet<>();
        for (Object t : c) {
            if (seen.add(PythonTruth.key(t))) {
                unique.add(t);
            }
        }
        return unique;
    }

    private static Iterable<?> iterable(Object v) {
        if (v instanceof Collection<?> c) {
            return c;
        }
        if (v instanceof Map<?, ?> m) {
            return m.keySet();
        }
        throw new IllegalArgumentException("expected a list, got " + PythonRepr.repr(v));
    }

    private static Object get(Object container, String key) {
        if (!(container instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("expected a mapping with `" + key + "`, got " + PythonRepr.repr(container));
        }
        if (!m.containsKey(key)) {
            throw new IllegalArgumentException("missing key '" + key + "'");
        }
        return m.get(key);
    }

    private static Object opt(Object container, String key) {
        if (!(container instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("expected a mapping, got " + PythonRepr.repr(container));
        }
        return m.get(key);
    }

    private static String str(Object v) {
        return v == null ? null : PythonRepr.str(v);
    }

    /** Metadata the reference would refuse ({@code ValueError}). */
    static final class MetadataException extends Exception {
        MetadataException(String message) {
            super(message);
        }
    }
}
