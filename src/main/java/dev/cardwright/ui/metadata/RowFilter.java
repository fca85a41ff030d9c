package dev.cardwright.ui.metadata;

import java.util.Locale;
import java.util.function.Predicate;

import dev.cardwright.card.EvalResult;

/**
 * The results table's filter: a row is shown when every word typed is found in one of its cells
 * (model, task, dataset, config, split, metric, value, source), case ignored.
 */
final class RowFilter {
    private RowFilter() {
    }

    static Predicate<EvalResult> of(String typed) {
        String[] words = typed == null ? new String[0] : typed.strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return null; // FilteredList: every row
        }
        return row -> {
            String all = text(row);
            for (String w : words) {
                if (!all.contains(w)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static String text(EvalResult r) {
        StringBuilder s = new StringBuilder();
        for (Object v : new Object[] {r.getModelName(), r.getTaskType(), r.getTaskName(), r.getDatasetType(), r.getDatasetName(),
                r.getDatasetConfig(), r.getDatasetSplit(), r.getMetricType(), r.getMetricName(), r.getMetricValue(), r.getSourceUrl()}) {
            if (v != null) {
                s.append(v).append('\u0000');
            }
        }
        return s.toString().toLowerCase(Locale.ROOT);
    }
}
