package dev.cardwright.card;

import java.util.Objects;

/**
 * One score in a {@code .eval_results/*.yaml} file, the format the Hub reads since December 2025
 * (huggingface_hub's {@code EvalResultEntry}; spec: hub-docs {@code eval_results.yaml}). The legacy
 * {@code model-index} rows are {@link EvalResult}s.
 *
 * @param datasetId       the benchmark dataset's Hub id ({@code cais/hle}); required
 * @param taskId          the task in the benchmark's {@code eval.yaml} ({@code default}); required
 * @param value           the metric value: a number as read from YAML ({@code Integer}, {@code Long},
 *                        {@code Double} …), or whatever the file holds when it is not one
 * @param datasetRevision git revision of the dataset, or null
 * @param verifyToken     proof that the evaluation ran where it can be audited ("verified" badge), or null
 * @param date            ISO-8601 date or date-time as text, or null (the Hub then uses the commit time)
 * @param sourceUrl       link to logs or a paper; required when any other source field is set
 * @param sourceName      display name of the source, or null
 * @param sourceUser      Hub user to attribute the result to, or null
 * @param sourceOrg       Hub organisation to attribute the result to, or null
 * @param notes           setup details ({@code no-tools}), or null
 */
public record EvalResultEntry(String datasetId, String taskId, Object value, String datasetRevision,
        String verifyToken, String date, String sourceUrl, String sourceName, String sourceUser,
        String sourceOrg, String notes) {

    public EvalResultEntry {
        Objects.requireNonNull(datasetId, "datasetId");
        Objects.requireNonNull(taskId, "taskId");
        if ((sourceName != null || sourceUser != null || sourceOrg != null) && sourceUrl == null) {
            // the Hub shows a source as a link; a name without a url has nothing to point at
            throw new IllegalArgumentException("a source name, user or org needs a source url");
        }
    }

    /** An entry with only the required fields. */
    public static EvalResultEntry of(String datasetId, String taskId, Object value) {
        return new EvalResultEntry(datasetId, taskId, value, null, null, null, null, null, null, null, null);
    }

    public EvalResultEntry withValue(Object newValue) {
        return new EvalResultEntry(datasetId, taskId, newValue, datasetRevision, verifyToken, date, sourceUrl,
                sourceName, sourceUser, sourceOrg, notes);
    }

    public EvalResultEntry withNotes(String newNotes) {
        return new EvalResultEntry(datasetId, taskId, value, datasetRevision, verifyToken, date, sourceUrl,
                sourceName, sourceUser, sourceOrg, newNotes);
    }

    public EvalResultEntry withDate(String newDate) {
        return new EvalResultEntry(datasetId, taskId, value, datasetRevision, verifyToken, newDate, sourceUrl,
                sourceName, sourceUser, sourceOrg, notes);
    }
}
