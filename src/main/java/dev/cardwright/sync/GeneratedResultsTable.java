package dev.cardwright.sync;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.cardwright.card.Card;
import dev.cardwright.card.EvalResult;
import dev.cardwright.card.Section;
import dev.cardwright.yaml.ModelIndexCodec;

/**
 * The Results section's table of the evaluation results, made from {@code model-index} and kept
 * in step with it. It sits between two HTML comments (the Hub does not show comments), so that
 * Cardwright finds it again; when what is between them is no longer what Cardwright wrote, the
 * author has edited the table and it is left as they made it.
 */
public final class GeneratedResultsTable {
    public static final String SECTION_ID = "evaluation.results";
    static final String BEGIN = "<!-- cardwright:results-table: made from the evaluation results in the metadata and kept in step; edit inside to keep your own -->";
    static final String END = "<!-- /cardwright:results-table -->";
    private static final Pattern BLOCK = Pattern.compile("(?s)(<!-- cardwright:results-table[^\\n]*?-->\\n)(.*?)(<!-- /cardwright:results-table -->)");
    private static final Pattern PLACEHOLDER_LINE = Pattern.compile("(?m)^[ \\t]*\\[More Information Needed][ \\t]*(?:\\n|$)");

    private GeneratedResultsTable() {
    }

    /** Whether the section holds a generated table. */
    public static boolean isIn(String sectionText) {
        return BLOCK.matcher(sectionText).find();
    }

    /**
     * The section's text with a generated table of {@code rows} at its end (a lone placeholder
     * paragraph is replaced); a table already there is brought up to date instead.
     */
    public static String insert(String sectionText, List<EvalResult> rows, boolean chinese) {
        String table = BEGIN + "\n" + table(rows, chinese) + END;
        Matcher m = BLOCK.matcher(sectionText);
        if (m.find()) {
            return sectionText.substring(0, m.start()) + table + sectionText.substring(m.end());
        }
        String body = PLACEHOLDER_LINE.matcher(sectionText).replaceAll("").stripTrailing();
        return (body.isBlank() ? "\n" : body + "\n\n") + table + "\n\n";
    }

    /**
     * Brings the generated table of the card's Results section from {@code before} to
     * {@code after} (the metadata maps), unless the author has edited inside it. Returns whether
     * the text changed.
     */
    public static boolean follow(Card card, Map<String, Object> before, Map<String, Object> after) {
        Optional<Section> section = card.findSection(SECTION_ID);
        if (section.isEmpty()) {
            return false;
        }
        String text = section.get().getText();
        Matcher m = BLOCK.matcher(text);
        if (!m.find()) {
            return false;
        }
        List<EvalResult> was = rows(before);
        List<EvalResult> now = rows(after);
        if (was == null || now == null) {
            return false; // a model-index that does not read: nothing certain to write
        }
        boolean chinese = ChineseText.in(section.get());
        String inside = m.group(2);
        String fresh = table(now, chinese);
        if (inside.equals(fresh) || !inside.equals(table(was, chinese))) {
            return false;
        }
        section.get().setText(text.substring(0, m.start(2)) + fresh + text.substring(m.end(2)));
        return true;
    }

    /** The rows of a metadata map's {@code model-index}; null when it does not have its shape. */
    public static List<EvalResult> rows(Map<String, Object> meta) {
        try {
            return ModelIndexCodec.read(meta.get("model-index"));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The Markdown table, one line per row and a final line break; empty for no rows. */
    static String table(List<EvalResult> rows, boolean chinese) {
        if (rows.isEmpty()) {
            return "";
        }
        boolean models = rows.stream().map(EvalResult::getModelName).filter(Objects::nonNull).distinct().count() > 1;
        List<String> header = new ArrayList<>();
        if (models) {
            header.add(chinese ? "模型" : "Model");
        }
        header.addAll(chinese ? List.of("任务", "数据集", "划分", "指标", "数值") : List.of("Task", "Dataset", "Split", "Metric", "Value"));
        StringBuilder out = new StringBuilder();
        line(out, header);
        out.append('|').append(" --- |".repeat(header.size() - 1)).append(" ---: |\n");
        for (EvalResult r : rows) {
            List<String> cells = new ArrayList<>();
            if (models) {
                cells.add(or(r.getModelName(), ""));
            }
            cells.add(or(r.getTaskName(), r.getTaskType()));
            String dataset = or(r.getDatasetName(), r.getDatasetType());
            String config = or(r.getDatasetConfig(), "");
            cells.add(config.isEmpty() || dataset.contains(config) ? dataset : dataset + " (" + config + ")");
            cells.add(or(r.getDatasetSplit(), ""));
            cells.add(or(r.getMetricName(), r.getMetricType()));
            cells.add(value(r.getMetricValue()));
            line(out, cells);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String c : cells) {
            // a pipe would end the cell; a line break would end the row
            out.append(' ').append(c.replace("|", "\\|").replace('\n', ' ')).append(" |");
        }
        out.append('\n');
    }

    private static String or(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b == null ? "" : b.strip();
    }

    private static String value(Object v) {
        if ((v instanceof Double || v instanceof Float) && v.toString().contains("E")) {
            // 39.0 stays as written; only Java's exponent form (1.0E-5) is spelled out
            try {
                return new BigDecimal(v.toString()).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return v.toString();
            }
        }
        return v == null ? "" : v.toString();
    }
}
