package dev.cardwright.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.cardwright.card.Card;
import dev.cardwright.card.EvalResult;
import dev.cardwright.card.EvalResultEntry;
import dev.cardwright.card.EvalResultsFile;
import dev.cardwright.yaml.CardMetadata;
import dev.cardwright.yaml.EvalResultsYaml;
import dev.cardwright.yaml.MetadataEditException;

/**
 * The evaluation panel of the Hub's model page: one row per score, the benchmark (linking to its
 * dataset page and leaderboard), the task, the value, and badges — {@code verified} for a result
 * carrying a verify token, {@code source} linking to the logs — and which format the row comes
 * from ({@code .eval_results} or the legacy {@code model-index}).
 */
public final class EvalPanel {
    /** One score as the panel shows it. */
    public record Row(String benchmark, String datasetId, String task, String metric, Object value, String format,
            boolean verified, String sourceUrl, String sourceName) {
    }

    /** The panel's words as the Hub's (English) page shows them. */
    public static final Map<String, String> ENGLISH = Map.of("title", "Evaluation results", "benchmark", "Benchmark",
            "task", "Task", "metric", "Metric", "value", "Score", "format", "Format", "verified", "verified", "source", "source");

    public static final String ELEMENT_ID = "cw-evals";
    public static final String EVAL_RESULTS = ".eval_results";
    public static final String MODEL_INDEX = "model-index";
    private static final String HUB = "https://huggingface.co/datasets/";

    private EvalPanel() {
    }

    /**
     * The rows of a card: its {@code .eval_results} files' entries first (the Hub's current
     * format), then its {@code model-index} rows. Files or metadata that do not read are left out
     * here; validation reports them.
     */
    public static List<Row> rows(Card card) {
        List<Row> rows = new ArrayList<>();
        for (EvalResultsFile f : card.getEvalResultsFiles()) {
            try {
                for (EvalResultEntry e : EvalResultsYaml.read(f.getText())) {
                    rows.add(new Row(e.datasetId(), e.datasetId(), e.taskId(), null, e.value(), EVAL_RESULTS, e.verifyToken() != null,
                            e.sourceUrl(), e.sourceName()));
                }
            } catch (MetadataEditException | IllegalArgumentException e) {
                // an unreadable file shows no rows; lint says why
            }
        }
        if (card.getFrontMatter() != null) {
            try {
                for (EvalResult r : CardMetadata.evalResults(card)) {
                    rows.add(new Row(r.getDatasetName() != null ? r.getDatasetName() : r.getDatasetType(), r.getDatasetType(),
                            r.getDatasetConfig() != null ? r.getDatasetConfig() : r.getTaskName() != null ? r.getTaskName() : r.getTaskType(),
                            r.getMetricName() != null ? r.getMetricName() : r.getMetricType(), r.getMetricValue(), MODEL_INDEX,
                            r.isVerified(), r.getSourceUrl(), r.getSourceName()));
                }
            } catch (MetadataEditException | IllegalArgumentException e) {
                // metadata that does not read is shown as a notice in the header already
            }
        }
        return rows;
    }

    /** The panel's HTML, or "" when there are no rows; {@code labels}: title, benchmark, task, metric, value, verified, source. */
    public static String html(List<Row> rows, Map<String, String> labels) {
        return html(rows, labels, 0);
    }

    /** As {@link #html(List, Map)}, with the rows after the first {@code live} held back until scrolled to ({@link LaterChunks}; 0: none held back). */
    static String html(List<Row> rows, Map<String, String> labels, int live) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("<aside class=\"cw-evals\" id=\"").append(ELEMENT_ID).append("\"><h2>")
                .append(PreviewPage.escape(labels.getOrDefault("title", "Evaluation results"))).append("</h2><table><thead><tr>");
        for (String key : new String[] {"benchmark", "task", "metric", "value", "format"}) {
            out.append("<th>").append(PreviewPage.escape(labels.getOrDefault(key, key))).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        List<String> cells = new ArrayList<>(rows.size());
        for (Row r : rows) {
            cells.add(row(r, labels));
        }
        LaterChunks.append(out, cells, live, live);
        out.append("</tbody></table></aside>\n");
        return out.toString();
    }

    private static String row(Row r, Map<String, String> labels) {
        StringBuilder out = new StringBuilder(256);
        out.append("<tr data-format=\"").append(r.format()).append("\"><td>");
        // only an org/name id links: a bare name (the model-index's display name) may be no dataset at all
        boolean hubId = r.datasetId() != null && r.datasetId().matches("[A-Za-z0-9][\\w.-]*/[A-Za-z0-9][\\w.-]*");
        if (hubId) {
            out.append("<a href=\"").append(PreviewPage.escape(HUB + r.datasetId())).append("\">")
                    .append(PreviewPage.escape(r.benchmark())).append("</a>");
        } else {
            out.append(PreviewPage.escape(String.valueOf(r.benchmark())));
        }
        out.append("</td><td>").append(PreviewPage.escape(r.task() == null ? "" : r.task()))
                .append("</td><td>").append(PreviewPage.escape(r.metric() == null ? "" : r.metric()))
                .append("</td><td class=\"cw-eval-value\">").append(PreviewPage.escape(String.valueOf(r.value())));
        if (r.verified()) {
            out.append(" <span class=\"cw-badge cw-badge-verified\">")
                    .append(PreviewPage.escape(labels.getOrDefault("verified", "verified"))).append("</span>");
        }
        if (r.sourceUrl() != null && r.sourceUrl().matches("(?i)https?://.*")) {
            out.append(" <a class=\"cw-badge cw-badge-source\" href=\"").append(PreviewPage.escape(r.sourceUrl())).append("\">")
                    .append(PreviewPage.escape(r.sourceName() != null ? r.sourceName() : labels.getOrDefault("source", "source")))
                    .append("</a>");
        }
        out.append("</td><td><code>").append(PreviewPage.escape(r.format())).append("</code></td></tr>");
        return out.toString();
    }
}
