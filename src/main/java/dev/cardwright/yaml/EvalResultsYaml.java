package dev.cardwright.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import dev.cardwright.card.EvalResultEntry;

/**
 * The text of a {@code .eval_results/*.yaml} file ⇄ {@link EvalResultEntry} lists.
 *
 * <p>A new file is written byte for byte as huggingface_hub's documentation writes one,
 * {@code yaml.dump(eval_result_entries_to_yaml(entries))}: PyYAML's defaults, which unlike card
 * metadata sort keys and escape every non-ASCII character. An existing file is edited with the
 * smallest change ({@link #edit}): comments, key order, quoting and keys this model does not know
 * ({@code evaluation_framework}, anything newer) stay as they were.
 */
public final class EvalResultsYaml {
    /**
     * The list is edited as the value of a synthetic top-level key, so that the front matter's
     * minimal-diff editor does the work: a block sequence at column 0 is a valid value of a key
     * at column 0 (YAML's indentless sequence), so prefixing one line changes nothing else.
     */
    private static final String HOLDER = "eval_results_holder";
    private static final Pattern DOCUMENT_START = Pattern.compile("\\A(?:#[^\\n]*\\n|[ \\t]*\\n)*---[ \\t]*(?:\\n|\\z)");

    private EvalResultsYaml() {
    }

    /** A new file for {@code entries}, as {@code yaml.dump(eval_result_entries_to_yaml(entries))} writes it. */
    public static String write(List<EvalResultEntry> entries) {
        List<Object> items = new ArrayList<>(entries.size());
        for (EvalResultEntry e : entries) {
            items.add(sorted(toYaml(e)));
        }
        return PyYamlEmitter.dump(items, "\n", false);
    }

    /**
     * The entries of a file, read the way the Hub reads them (YAML 1.2: an unquoted
     * {@code 2025-01-15} stays text). Validation ({@code validate.EvalResultsValidator}) says in
     * detail what is wrong with a file; this refuses the first problem it meets.
     *
     * @throws MetadataEditException at the line and column (1-based, in {@code text}) of the problem
     */
    public static List<EvalResultEntry> read(String text) throws MetadataEditException {
        Object loaded = load(text);
        if (loaded == null) {
            return List.of();
        }
        if (!(loaded instanceof List<?> items)) {
            throw new MetadataEditException(1, 1, "an .eval_results file must be a list of results");
        }
        List<EvalResultEntry> entries = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            entries.add(entry(items.get(i), i));
        }
        return entries;
    }

    /**
     * {@code text} changed so that it reads as {@code entries}, with the smallest edit: entry
     * {@code i} is compared with item {@code i} of the file and only the values that differ are
     * rewritten; entries past the end are appended in the style of a new file; items past the end
     * of {@code entries} are removed. Unchanged entries give back {@code text} itself.
     *
     * @throws MetadataEditException when no safe minimal edit exists (a flow-style list, anchors …)
     */
    public static String edit(String text, List<EvalResultEntry> entries) throws MetadataEditException {
        Object loaded = load(text);
        if (loaded == null) {
            // only comments, or nothing: keep them above the new list
            String keep = text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
            return entries.isEmpty() ? text : keep + write(entries);
        }
        if (!(loaded instanceof List<?> items)) {
            throw new MetadataEditException(1, 1, "an .eval_results file must be a list of results; it cannot be edited");
        }
        List<Object> wanted = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Object original = i < items.size() ? items.get(i) : null;
            wanted.add(original instanceof Map<?, ?> m ? merged(m, entries.get(i)) : sorted(toYaml(entries.get(i))));
        }
        if (wanted.equals(items)) {
            return text;
        }
        String lineBreak = text.contains("\r\n") ? "\r\n" : "\n";
        String lf = text.replace("\r\n", "\n");
        String head = "";
        Matcher start = DOCUMENT_START.matcher(lf);
        if (start.find()) {
            head = lf.substring(0, start.end());
            lf = lf.substring(start.end());
        }
        String holderLine = HOLDER + ":\n";
        String edited;
        try {
            edited = MetadataEditor.update(holderLine + lf, HOLDER, wanted);
        } catch (MetadataEditException e) {
            // the holder line shifted every line by one; report in the file's own lines
            throw new MetadataEditException(Math.max(1, e.line() - 1 + lines(head)), e.column(), e.getMessage(), e);
        }
        String out = head + edited.substring(holderLine.length());
        return lineBreak.equals("\n") ? out : out.replace("\n", "\r\n");
    }

    /** The YAML shape of an entry, keys in the order {@code eval_result_entries_to_yaml} builds them. */
    public static Map<String, Object> toYaml(EvalResultEntry e) {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("id", e.datasetId());
        dataset.put("task_id", e.taskId());
        putIfSet(dataset, "revision", e.datasetRevision());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("dataset", dataset);
        data.put("value", e.value());
        putIfSet(data, "verifyToken", e.verifyToken());
        putIfSet(data, "date", e.date());
        if (e.sourceUrl() != null) {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("url", e.sourceUrl());
            putIfSet(source, "name", e.sourceName());
            putIfSet(source, "user", e.sourceUser());
            putIfSet(source, "org", e.sourceOrg());
            data.put("source", source);
        }
        putIfSet(data, "notes", e.notes());
        return data;
    }

    // ---- reading ---------------------------------------------------------------------------

    private static Object load(String text) throws MetadataEditException {
        try {
            return YamlReader.load(text.replace("\r\n", "\n"));
        } catch (YamlEngineException e) {
            throw YamlText.notYaml(e);
        }
    }

    private static EvalResultEntry entry(Object item, int index) throws MetadataEditException {
        String where = "result " + (index + 1);
        if (!(item instanceof Map<?, ?> data)) {
            throw new MetadataEditException(1, 1, where + " is not a mapping of keys to values");
        }
        Map<?, ?> dataset = data.get("dataset") instanceof Map<?, ?> m ? m : Map.of();
        Map<?, ?> source = data.get("source") instanceof Map<?, ?> m ? m : Map.of();
        String id = text(dataset.get("id"));
        String task = text(dataset.get("task_id"));
        if (id == null || task == null || !data.containsKey("value")) {
            throw new MetadataEditException(1, 1, where + " needs dataset.id, dataset.task_id and value");
        }
        String url = text(source.get("url"));
        if (url == null && !source.isEmpty()) {
            throw new MetadataEditException(1, 1, where + " has a source without a url");
        }
        return new EvalResultEntry(id, task, data.get("value"), text(dataset.get("revision")),
                text(data.get("verifyToken")), text(data.get("date")), url, text(source.get("name")),
                text(source.get("user")), text(source.get("org")), text(data.get("notes")));
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    // ---- writing ---------------------------------------------------------------------------

    /** The original item with this entry's fields written over it; keys the entry does not know are kept. */
    private static Map<String, Object> merged(Map<?, ?> original, EvalResultEntry e) {
        Map<String, Object> data = copy(original);
        Map<String, Object> dataset = data.get("dataset") instanceof Map<?, ?> m ? copy(m) : new LinkedHashMap<>();
        putOrRemove(dataset, "id", e.datasetId());
        putOrRemove(dataset, "task_id", e.taskId());
        putOrRemove(dataset, "revision", e.datasetRevision());
        data.put("dataset", dataset);
        data.put("value", e.value());
        putOrRemove(data, "verifyToken", e.verifyToken());
        putOrRemove(data, "date", e.date());
        if (e.sourceUrl() == null) {
            data.remove("source");
        } else {
            Map<String, Object> source = data.get("source") instanceof Map<?, ?> m ? copy(m) : new LinkedHashMap<>();
            source.put("url", e.sourceUrl());
            putOrRemove(source, "name", e.sourceName());
            putOrRemove(source, "user", e.sourceUser());
            putOrRemove(source, "org", e.sourceOrg());
            data.put("source", source);
        }
        putOrRemove(data, "notes", e.notes());
        return data;
    }

    /**
     * Keeps what the file holds when it already reads as the entry's text: a date read as text
     * stays untouched, a value of another type is replaced.
     */
    private static void putOrRemove(Map<String, Object> map, String key, String value) {
        if (value == null) {
            map.remove(key);
        } else if (!value.equals(text(map.get(key)))) {
            map.put(key, value);
        }
    }

    private static void putIfSet(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<?, ?> map) {
        return (Map<String, Object>) Values.copy(map);
    }

    /** PyYAML's {@code sort_keys=True}, at every depth. */
    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> byKey = new TreeMap<>();
            map.forEach((k, v) -> byKey.put(String.valueOf(k), sorted(v)));
            return new LinkedHashMap<>(byKey);
        }
        return value;
    }

    private static int lines(String s) {
        return (int) s.chars().filter(c -> c == '\n').count();
    }
}
