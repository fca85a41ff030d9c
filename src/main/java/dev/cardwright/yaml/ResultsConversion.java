package dev.cardwright.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.cardwright.card.EvalResult;
import dev.cardwright.card.EvalResultEntry;

/**
 * Between the two formats of evaluation results: the legacy {@code model-index} rows of the README's
 * metadata ({@link EvalResult}) and the entries of {@code .eval_results/*.yaml}
 * ({@link EvalResultEntry}). The two say different things, so each direction reports, row by row,
 * what it could not carry; nothing is dropped silently.
 */
public final class ResultsConversion {
    /** The converted values and one line per thing that could not be carried. */
    public record Outcome<T>(List<T> converted, List<String> notCarried) {
    }

    /** What a {@code model-index} row needs that an entry does not say. */
    public record ModelIndexDefaults(String modelName, String taskType, String metricType) {
    }

    /** The task id of a benchmark with a single task, as the Hub's {@code eval.yaml} names it. */
    public static final String DEFAULT_TASK = "default";

    private ResultsConversion() {
    }

    /**
     * {@code model-index} rows → entries: dataset id from {@code dataset.type}, task id from the
     * config (or {@code default}), the metric value, the dataset revision and the source. Task,
     * dataset name, split, metric type and name, the verified flag and args have no place in an
     * entry (the benchmark's task defines its metric) and are reported.
     */
    public static Outcome<EvalResultEntry> toEntries(List<EvalResult> rows) {
        List<EvalResultEntry> out = new ArrayList<>();
        List<String> report = new ArrayList<>();
        Map<String, Integer> firstRowOfTask = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            EvalResult r = rows.get(i);
            String where = "model-index row " + (i + 1) + " (" + r.getDatasetType() + ", " + r.getMetricType() + ")";
            if (blank(r.getDatasetType()) || r.getMetricValue() == null) {
                report.add(where + ": not converted: it has no dataset type or no metric value");
                continue;
            }
            String task = blank(r.getDatasetConfig()) ? DEFAULT_TASK : r.getDatasetConfig();
            String source = r.getSourceUrl();
            out.add(new EvalResultEntry(r.getDatasetType(), task, r.getMetricValue(), emptyToNull(r.getDatasetRevision()),
                    null, null, emptyToNull(source), blank(source) ? null : emptyToNull(r.getSourceName()), null, null, null));
            List<String> lost = new ArrayList<>();
            lost(lost, "task type", r.getTaskType());
            lost(lost, "task name", r.getTaskName());
            if (!r.getDatasetType().equals(r.getDatasetName())) {
                lost(lost, "dataset name", r.getDatasetName());
            }
            lost(lost, "split", r.getDatasetSplit());
            lost(lost, "metric type", r.getMetricType());
            lost(lost, "metric name", r.getMetricName());
            if (r.isVerified()) {
                lost.add("verified: true (an entry is verified by a verifyToken from a Hub evaluation job)");
            }
            if (blank(source) && !blank(r.getSourceName())) {
                lost(lost, "source name without a url", r.getSourceName());
            }
            if (!lost.isEmpty()) {
                report.add(where + ": not carried: " + String.join(", ", lost));
            }
            String key = r.getDatasetType() + "\u0000" + task;
            Integer first = firstRowOfTask.putIfAbsent(key, i + 1);
            if (first != null) {
                report.add(where + ": the same benchmark task (" + r.getDatasetType() + ", " + task + ") as row " + first
                        + "; the Hub shows one score per task, so keep the one the benchmark's task measures");
            }
        }
        return new Outcome<>(out, report);
    }

    /**
     * Entries → {@code model-index} rows: dataset type and name from the dataset id, config from
     * the task id (none for {@code default}), the value, revision and source; the model name, task
     * type and metric type, which an entry does not have, from {@code defaults}. Date, notes,
     * verify token and source user/org have no place in {@code model-index} and are reported.
     */
    public static Outcome<EvalResult> toModelIndex(List<EvalResultEntry> entries, ModelIndexDefaults defaults) {
        List<EvalResult> out = new ArrayList<>();
        List<String> report = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            EvalResultEntry e = entries.get(i);
            EvalResult r = new EvalResult();
            r.setModelName(defaults.modelName());
            r.setTaskType(defaults.taskType());
            r.setDatasetType(e.datasetId());
            r.setDatasetName(e.datasetId());
            r.setDatasetConfig(DEFAULT_TASK.equals(e.taskId()) ? null : e.taskId());
            r.setDatasetRevision(e.datasetRevision());
            r.setMetricType(defaults.metricType());
            r.setMetricValue(e.value());
            r.setSourceUrl(e.sourceUrl());
            r.setSourceName(e.sourceName());
            out.add(r);
            List<String> lost = new ArrayList<>();
            lost(lost, "date", e.date());
            lost(lost, "notes", e.notes());
            if (e.verifyToken() != null) {
                lost.add("verifyToken (model-index has no proof of a verified evaluation)");
            }
            lost(lost, "source user", e.sourceUser());
            lost(lost, "source org", e.sourceOrg());
            if (!lost.isEmpty()) {
                report.add("entry " + (i + 1) + " (" + e.datasetId() + ", " + e.taskId() + "): not carried: " + String.join(", ", lost));
            }
        }
        return new Outcome<>(out, report);
    }

    private static void lost(List<String> lost, String what, String value) {
        if (!blank(value)) {
            lost.add(what + " (" + value + ")");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String emptyToNull(String s) {
        return blank(s) ? null : s;
    }
}
