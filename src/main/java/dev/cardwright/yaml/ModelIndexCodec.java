package dev.cardwright.yaml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import dev.cardwright.card.EvalResult;

/**
 * {@code model-index} ⇄ the flat table of {@link EvalResult} rows, as huggingface_hub's
 * {@code model_index_to_eval_results} / {@code eval_results_to_model_index} do it, but without
 * losing anything on the way back:
 * <ul>
 * <li>every row remembers the model entry, result and metric it was read from, so keys the table
 * does not show (metric {@code args} and {@code config}, dataset {@code args}, {@code verifyToken},
 * anything else at any depth) are written back where they were, in their order, and an unchanged
 * field keeps its original value and type ({@code config: 2020} stays an integer);</li>
 * <li>rows are grouped back into the entries they came from, so several models, and separate
 * results that happen to share a task and dataset, stay as they were; rows added in the table
 * join the first entry with the same model name and the same task, dataset and source fields
 * (huggingface_hub groups on task type, dataset type, config, split and revision only, and so
 * would merge rows that differ in a name), or start a new one;</li>
 * <li>a model entry without results, or a result without metrics, is one row whose metric (or
 * result) fields are empty, and comes back as it was.</li>
 * </ul>
 * New keys are written in huggingface_hub's order: model {@code name, results}; result
 * {@code task, dataset, metrics, source}; task {@code type, name}; dataset {@code name, type,
 * config, split, revision}; metric {@code type, value, name, verified}; source {@code url, name}.
 */
public final class ModelIndexCodec {
    private ModelIndexCodec() {
    }

    /** What a row was read from (null where the row has no such level). */
    record Origin(Map<?, ?> model, Map<?, ?> result, Map<?, ?> metric) {
    }

    // ---- reading ---------------------------------------------------------------------------

    /**
     * The rows of a {@code model-index} value (as {@link Metadata#parse} gives it); none for null.
     *
     * @throws IllegalArgumentException when it does not have the shape of a model-index (not a
     *         list of mappings with lists of results and metrics), naming where
     */
    public static List<EvalResult> read(Object modelIndex) {
        List<EvalResult> rows = new ArrayList<>();
        if (modelIndex == null) {
            return rows;
        }
        List<?> models = list(modelIndex, "model-index");
        for (int m = 0; m < models.size(); m++) {
            Map<?, ?> model = map(models.get(m), "model-index[" + m + "]");
            Object results = model.get("results");
            if (results == null || results instanceof List<?> l && l.isEmpty()) {
                rows.add(row(model, null, null));
                continue;
            }
            List<?> resultList = list(results, "model-index[" + m + "].results");
            for (int r = 0; r < resultList.size(); r++) {
                String at = "model-index[" + m + "].results[" + r + "]";
                Map<?, ?> result = map(resultList.get(r), at);
                Object metrics = result.get("metrics");
                if (metrics == null || metrics instanceof List<?> l && l.isEmpty()) {
                    rows.add(row(model, result, null));
                    continue;
                }
                List<?> metricList = list(metrics, at + ".metrics");
                for (int i = 0; i < metricList.size(); i++) {
                    rows.add(row(model, result, map(metricList.get(i), at + ".metrics[" + i + "]")));
                }
            }
        }
        return rows;
    }

    private static EvalResult row(Map<?, ?> model, Map<?, ?> result, Map<?, ?> metric) {
        EvalResult row = new EvalResult();
        row.setOrigin(new Origin(model, result, metric));
        row.setModelName(text(model.get("name")));
        if (result != null) {
            Map<?, ?> task = level(result.get("task"));
            row.setTaskType(text(task.get("type")));
            row.setTaskName(text(task.get("name")));
            Map<?, ?> dataset = level(result.get("dataset"));
            row.setDatasetType(text(dataset.get("type")));
            row.setDatasetName(text(dataset.get("name")));
            row.setDatasetConfig(text(dataset.get("config")));
            row.setDatasetSplit(text(dataset.get("split")));
            row.setDatasetRevision(text(dataset.get("revision")));
            Map<?, ?> source = level(result.get("source"));
            row.setSourceName(text(source.get("name")));
            row.setSourceUrl(text(source.get("url")));
        }
        if (metric != null) {
            row.setMetricType(text(metric.get("type")));
            row.setMetricName(text(metric.get("name")));
            row.setMetricValue(metric.get("value"));
            row.setVerified(Boolean.TRUE.equals(metric.get("verified")));
        }
        return row;
    }

    private static List<?> list(Object value, String where) {
        if (value instanceof List<?> l) {
            return l;
        }
        throw new IllegalArgumentException(where + " is not a list");
    }

    private static Map<?, ?> map(Object value, String where) {
        if (value instanceof Map<?, ?> m) {
            return m;
        }
        throw new IllegalArgumentException(where + " is not a mapping");
    }

    private static Map<?, ?> level(Object value) {
        return value instanceof Map<?, ?> m ? m : Map.of();
    }

    /** A field as the table shows it: text, whatever YAML type it was written as. */
    private static String text(Object value) {
        return value == null ? null : value instanceof String s ? s : String.valueOf(value);
    }

    // ---- writing ---------------------------------------------------------------------------

    /** The {@code model-index} value for these rows (a list of model entries). */
    public static List<Object> write(List<EvalResult> rows) {
        List<ModelGroup> models = new ArrayList<>();
        Map<List<Object>, ModelGroup> byOrigin = new HashMap<>();
        Map<String, ModelGroup> firstByName = new HashMap<>();
        for (EvalResult row : rows) {
            Origin o = origin(row);
            ModelGroup model = o.model() == null
                    ? firstByName.get(row.getModelName())
                    : byOrigin.get(Arrays.asList(row.getModelName(), new Identity(o.model())));
            if (model == null) {
                model = new ModelGroup(row.getModelName(), o.model());
                models.add(model);
                byOrigin.putIfAbsent(Arrays.asList(row.getModelName(), new Identity(o.model())), model);
                firstByName.putIfAbsent(row.getModelName(), model);
            }
            model.add(row, o);
        }
        List<Object> out = new ArrayList<>();
        for (ModelGroup g : models) {
            out.add(g.build());
        }
        return out;
    }

    /** Groups rows by the very map they were read from, not by an equal one. */
    private record Identity(Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    private static Origin origin(EvalResult row) {
        return row.getOrigin() instanceof Origin o ? o : new Origin(null, null, null);
    }

    private static final class ModelGroup {
        final String name;
        final Map<?, ?> origin;
        final List<ResultGroup> results = new ArrayList<>();
        final Map<List<Object>, ResultGroup> byOrigin = new HashMap<>();
        final Map<List<String>, ResultGroup> firstByKey = new HashMap<>();

        ModelGroup(String name, Map<?, ?> origin) {
            this.name = name;
            this.origin = origin;
        }

        void add(EvalResult row, Origin o) {
            if (o.result() == null && !hasResult(row)) {
                return; // the row only stands for its model entry
            }
            List<String> key = resultKey(row);
            ResultGroup group = o.result() == null ? firstByKey.get(key) : byOrigin.get(List.of(key, new Identity(o.result())));
            if (group == null) {
                group = new ResultGroup(o.result());
                results.add(group);
                byOrigin.putIfAbsent(List.of(key, new Identity(o.result())), group);
                firstByKey.putIfAbsent(key, group);
            }
            group.add(row, o);
        }

        Map<Object, Object> build() {
            Fields fields = new Fields();
            fields.text("name", name);
            List<Object> built = new ArrayList<>();
            for (ResultGroup g : results) {
                built.add(g.build());
            }
            fields.nested("results", built.isEmpty() ? null : built);
            return fields.over(origin, "name", "results");
        }
    }

    private static final class ResultGroup {
        final Map<?, ?> origin;
        final List<Map<Object, Object>> metrics = new ArrayList<>();
        private EvalResult head;

        ResultGroup(Map<?, ?> origin) {
            this.origin = origin;
        }

        void add(EvalResult row, Origin o) {
            if (head == null) {
                head = row;
            }
            if (o.metric() != null || hasMetric(row)) {
                metrics.add(metric(row, o.metric()));
            }
        }

        Map<Object, Object> build() {
            Map<?, ?> task = origin == null ? null : level(origin.get("task"));
            Map<?, ?> dataset = origin == null ? null : level(origin.get("dataset"));
            Map<?, ?> source = origin == null ? null : level(origin.get("source"));
            Fields fields = new Fields();
            fields.nested("task", new Fields()
                    .text("type", head.getTaskType())
                    .text("name", head.getTaskName())
                    .over(task, "type", "name"));
            fields.nested("dataset", new Fields()
                    .text("name", head.getDatasetName())
                    .text("type", head.getDatasetType())
                    .text("config", head.getDatasetConfig())
                    .text("split", head.getDatasetSplit())
                    .text("revision", head.getDatasetRevision())
                    .over(dataset, "name", "type", "config", "split", "revision"));
            fields.nested("metrics", metrics.isEmpty() ? null : new ArrayList<Object>(metrics));
            fields.nested("source", new Fields()
                    .text("url", head.getSourceUrl())
                    .text("name", head.getSourceName())
                    .over(source, "url", "name"));
            return fields.over(origin, "task", "dataset", "metrics", "source");
        }
    }

    private static Map<Object, Object> metric(EvalResult row, Map<?, ?> origin) {
        Object value = row.getMetricValue();
        boolean verified = row.isVerified();
        return new Fields()
                .text("type", row.getMetricType())
                .field("value", value, value, v -> Values.same(v, value) || value == null && v == null)
                .text("name", row.getMetricName())
                .field("verified", verified, verified ? Boolean.TRUE : null, v -> Boolean.TRUE.equals(v) == verified)
                .over(origin, "type", "value", "name", "verified");
    }

    private static boolean hasResult(EvalResult r) {
        return resultKey(r).stream().anyMatch(Objects::nonNull) || hasMetric(r);
    }

    private static boolean hasMetric(EvalResult r) {
        return r.getMetricType() != null || r.getMetricName() != null || r.getMetricValue() != null || r.isVerified();
    }

    private static List<String> resultKey(EvalResult r) {
        return java.util.Arrays.asList(r.getTaskType(), r.getTaskName(), r.getDatasetType(), r.getDatasetName(),
                r.getDatasetConfig(), r.getDatasetSplit(), r.getDatasetRevision(), r.getSourceName(), r.getSourceUrl());
    }

    /**
     * The known keys of one mapping level with their current values, laid over the original
     * mapping: original keys keep their place (and their original value while the field still
     * says the same), unknown keys stay, cleared fields go, new fields are appended in order.
     */
    private static final class Fields {
        private record Field(Object replacement, Object added, Predicate<Object> unchanged) {
        }

        private final Map<String, Field> fields = new LinkedHashMap<>();

        Fields text(String key, String value) {
            String v = value == null || value.isEmpty() ? null : value;
            return field(key, v, v, original -> Objects.equals(ModelIndexCodec.text(original), v)
                    || v == null && original instanceof String s && s.isEmpty());
        }

        /** A nested level that is already built; empty or null means "nothing to say". */
        Fields nested(String key, Object built) {
            Object v = built instanceof Map<?, ?> m && m.isEmpty() ? null : built;
            return field(key, v, v, original -> v == null ? !isFilled(original) : Values.same(original, v));
        }

        private static boolean isFilled(Object value) {
            return value instanceof Map<?, ?> m && !m.isEmpty() || value instanceof List<?> l && !l.isEmpty();
        }

        Fields field(String key, Object replacement, Object added, Predicate<Object> unchanged) {
            fields.put(key, new Field(replacement, added, unchanged));
            return this;
        }

        Map<Object, Object> over(Map<?, ?> original, String... order) {
            Map<Object, Object> out = new LinkedHashMap<>();
            if (original != null) {
                for (Map.Entry<?, ?> e : original.entrySet()) {
                    Field f = e.getKey() instanceof String k ? fields.get(k) : null;
                    if (f == null) {
                        out.put(e.getKey(), e.getValue());
                    } else if (f.unchanged().test(e.getValue())) {
                        out.put(e.getKey(), e.getValue());
                    } else if (f.replacement() != null) {
                        out.put(e.getKey(), f.replacement());
                    }
                }
            }
            for (String key : order) {
                Field f = fields.get(key);
                if ((original == null || !original.containsKey(key)) && f.added() != null) {
                    out.put(key, f.added());
                }
            }
            return out;
        }
    }
}
