package dev.cardwright.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.EvalResult;

/**
 * Results as a CSV or TSV table with a header row (tabs in the header make it TSV; CSV follows
 * RFC 4180: quoted cells, doubled quotes, line breaks inside quotes). Columns are recognised by
 * name, whatever the case, spaces or underscores: {@code model}, {@code task} (the task type),
 * {@code dataset}, {@code dataset name}, {@code config}, {@code split}, {@code metric},
 * {@code metric name}, {@code value}. With a {@code value} column there is one row per line
 * ("long" tables); without one, every other column whose cells are numbers is a metric named
 * by its header ("wide" tables, as papers print them: {@code dataset,accuracy,f1}).
 */
final class TableResults {
    private enum Field { MODEL, TASK, DATASET, DATASET_NAME, CONFIG, SPLIT, METRIC, METRIC_NAME, VALUE }

    private static final Map<String, Field> NAMES = new HashMap<>();

    static {
        alias(Field.MODEL, "model", "modelname", "modelid");
        alias(Field.TASK, "task", "tasktype", "pipelinetag");
        alias(Field.DATASET, "dataset", "datasettype", "datasetid");
        alias(Field.DATASET_NAME, "datasetname", "benchmark");
        alias(Field.CONFIG, "config", "subset", "datasetconfig");
        alias(Field.SPLIT, "split", "datasetsplit");
        alias(Field.METRIC, "metric", "metrictype");
        alias(Field.METRIC_NAME, "metricname");
        alias(Field.VALUE, "value", "score", "result", "metricvalue");
    }

    private static void alias(Field f, String... names) {
        for (String n : names) {
            NAMES.put(n, f);
        }
    }

    private TableResults() {
    }

    private record Line(int number, List<String> cells) {
    }

    static List<EvalResult> rows(String text, String source) throws CardFormatException {
        boolean tsv = text.lines().findFirst().orElse("").contains("\t");
        List<Line> lines = tsv ? tsv(text) : csv(text, source);
        if (lines.isEmpty()) {
            throw new CardFormatException(source, 1, 1, "no table: the first line must name the columns");
        }
        List<String> header = lines.get(0).cells();
        Field[] fields = new Field[header.size()];
        boolean long_ = false;
        for (int i = 0; i < header.size(); i++) {
            fields[i] = NAMES.get(header.get(i).toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", ""));
            long_ |= fields[i] == Field.VALUE;
        }
        List<EvalResult> rows = new ArrayList<>();
        for (Line line : lines.subList(1, lines.size())) {
            List<String> cells = line.cells();
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (cells.size() > header.size()) {
                throw new CardFormatException(source, line.number(), 1,
                        "this row has " + cells.size() + " cells, but the header names " + header.size() + " columns");
            }
            EvalResult context = new EvalResult();
            context.setModelName("model");
            for (int i = 0; i < cells.size(); i++) {
                if (fields[i] != null && fields[i] != Field.VALUE) {
                    set(context, fields[i], cells.get(i).strip());
                }
            }
            if (long_) {
                EvalResult r = context.copy();
                for (int i = 0; i < cells.size(); i++) {
                    if (fields[i] == Field.VALUE) {
                        r.setMetricValue(EvalResult.metricValueOf(cells.get(i)));
                    }
                }
                rows.add(r);
            } else {
                for (int i = 0; i < cells.size(); i++) {
                    Object value = EvalResult.metricValueOf(cells.get(i));
                    if (fields[i] == null && value instanceof Number) {
                        EvalResult r = context.copy();
                        r.setMetricType(header.get(i).strip());
                        r.setMetricValue(value);
                        rows.add(r);
                    }
                }
            }
        }
        if (rows.isEmpty()) {
            throw new CardFormatException(source, 1, 1, long_ ? "the table has a header but no rows"
                    : "no column holds numbers: name the columns (model, task, dataset, metric, value …) or give one column per metric");
        }
        return rows;
    }

    private static void set(EvalResult r, Field f, String v) {
        String value = v.isEmpty() ? null : v;
        switch (f) {
            case MODEL -> r.setModelName(value == null ? "model" : value);
            case TASK -> r.setTaskType(value);
            case DATASET -> {
                r.setDatasetType(value);
                if (r.getDatasetName() == null) {
                    r.setDatasetName(value);
                }
            }
            case DATASET_NAME -> r.setDatasetName(value);
            case CONFIG -> r.setDatasetConfig(value);
            case SPLIT -> r.setDatasetSplit(value);
            case METRIC -> r.setMetricType(value);
            case METRIC_NAME -> r.setMetricName(value);
            case VALUE -> r.setMetricValue(EvalResult.metricValueOf(value));
        }
    }

    private static List<Line> tsv(String text) {
        List<Line> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isEmpty() || i < lines.length - 1) {
                out.add(new Line(i + 1, List.of(lines[i].split("\t", -1))));
            }
        }
        return out;
    }

    private static List<Line> csv(String text, String source) throws CardFormatException {
        List<Line> out = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        int quoteLine = 0;
        int quoteColumn = 0;
        int column = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            column++;
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                    column++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                        column = 0;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                quoteLine = line;
                quoteColumn = column;
                cell.setLength(0);
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                out.add(new Line(rowLine, List.copyOf(cells)));
                cells.clear();
                line++;
                rowLine = line;
                column = 0;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new CardFormatException(source, quoteLine, quoteColumn, "a quoted cell is not closed (no matching \")");
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            out.add(new Line(rowLine, List.copyOf(cells)));
        }
        return out;
    }
}
