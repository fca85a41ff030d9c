package dev.cardwright.modelscope;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.EvalResult;
import dev.cardwright.card.Section;
import dev.cardwright.yaml.CardMetadata;
import dev.cardwright.yaml.MetadataEditException;
import dev.cardwright.yaml.ModelIndexCodec;

/**
 * Maps a ModelScope README's front matter back to the Hub's keys, in place and with minimal edits
 * ({@code tasks} → {@code pipeline_tag}, license names → ids, {@code frameworks} →
 * {@code library_name}, {@code indexing} → {@code model-index}, {@code cn} → {@code zh}), the
 * reverse of {@link ModelScopeReadme}. What cannot be mapped stays as it was and is reported;
 * nothing is dropped.
 */
public final class ModelScopeImport {
    private ModelScopeImport() {
    }

    /** Rewrites the card's metadata for the Hub; returns what it could not map, one line each. */
    public static List<String> toHub(Card card, String fileName) throws CardFormatException {
        List<String> notes = new ArrayList<>();
        Map<String, Object> ms;
        try {
            ms = CardMetadata.read(card);
            ModelScopeTables tables = ModelScopeTables.get();
            tasks(card, ms, tables, notes);
            license(card, ms, tables, notes);
            frameworks(card, ms, tables, notes);
            language(card, ms, notes);
            datasets(card, ms, notes);
            indexing(card, ms, tables, notes);
        } catch (MetadataEditException e) {
            throw e.inFile(fileName, 1);
        }
        return notes;
    }

    private static void tasks(Card card, Map<String, Object> ms, ModelScopeTables tables, List<String> notes)
            throws MetadataEditException {
        List<String> tasks = strings(ms.get("tasks"));
        if (tasks.isEmpty()) {
            return;
        }
        Optional<String> tag = tables.tasks().toHub(tasks.get(0));
        if (tag.isEmpty()) {
            notes.add("tasks: \"" + tasks.get(0) + "\" has no Hub pipeline_tag; tasks kept as it is");
            return;
        }
        if (ms.get("pipeline_tag") instanceof String existing && !existing.equals(tag.get())) {
            notes.add("tasks: the card already says pipeline_tag \"" + existing + "\"; tasks kept beside it");
            return;
        }
        CardMetadata.set(card, "pipeline_tag", tag.get());
        if (tasks.size() > 1) {
            notes.add("tasks: the Hub takes one pipeline_tag (\"" + tag.get() + "\"); tasks kept for the others");
        } else {
            CardMetadata.remove(card, "tasks");
        }
    }

    private static void license(Card card, Map<String, Object> ms, ModelScopeTables tables, List<String> notes)
            throws MetadataEditException {
        if (!(ms.get("license") instanceof String name)) {
            return;
        }
        Optional<String> id = tables.licenses().toHub(name);
        if (id.isPresent() && !id.get().equals(name)) {
            CardMetadata.set(card, "license", id.get());
        } else if (id.isEmpty() && !name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
            notes.add("license: \"" + name + "\" is not a ModelScope license name Cardwright knows; kept as it is");
        }
    }

    private static void frameworks(Card card, Map<String, Object> ms, ModelScopeTables tables, List<String> notes)
            throws MetadataEditException {
        List<String> frameworks = strings(ms.get("frameworks"));
        if (frameworks.isEmpty()) {
            return;
        }
        if (ms.get("library_name") instanceof String library) {
            // the twin writes both; frameworks goes when the library says the same
            if (frameworks.size() == 1 && tables.frameworks().toModelScope(library).filter(frameworks.get(0)::equals).isPresent()) {
                CardMetadata.remove(card, "frameworks");
            } else {
                notes.add("frameworks: " + frameworks + " kept beside library_name \"" + library + "\"");
            }
            return;
        }
        Optional<String> library = tables.frameworks().toHub(frameworks.get(0));
        if (library.isEmpty() || frameworks.size() > 1) {
            notes.add("frameworks: " + frameworks + " names no single Hub library; kept as it is");
            return;
        }
        CardMetadata.set(card, "library_name", library.get());
        CardMetadata.remove(card, "frameworks");
        notes.add("library_name: \"" + library.get() + "\" guessed from framework \"" + frameworks.get(0) + "\"; check it");
    }

    private static void language(Card card, Map<String, Object> ms, List<String> notes) throws MetadataEditException {
        Object value = ms.get("language");
        if (value instanceof List<?> list && list.contains("cn")) {
            List<Object> fixed = new ArrayList<>();
            for (Object o : list) {
                Object code = "cn".equals(o) ? "zh" : o;
                if (!fixed.contains(code)) {
                    fixed.add(code);
                }
            }
            CardMetadata.set(card, "language", fixed);
            notes.add("language: \"cn\" (a country, not a language code) written as \"zh\"");
        } else if ("cn".equals(value)) {
            CardMetadata.set(card, "language", "zh");
            notes.add("language: \"cn\" (a country, not a language code) written as \"zh\"");
        }
    }

    /** ModelScope also writes {@code datasets: {train: […], test: […]}}; the Hub wants one list of ids. */
    private static void datasets(Card card, Map<String, Object> ms, List<String> notes) throws MetadataEditException {
        if (!(ms.get("datasets") instanceof Map<?, ?> split)) {
            return;
        }
        Set<Object> all = new LinkedHashSet<>();
        for (Object part : split.values()) {
            if (part instanceof List<?> l) {
                all.addAll(l);
            } else if (part != null) {
                all.add(part);
            }
        }
        CardMetadata.set(card, "datasets", new ArrayList<>(all));
        notes.add("datasets: " + split.keySet() + " lists merged into one list (the Hub has no train/test split here); "
                + "names that are not Hub ids will fail CW107");
    }

    private static void indexing(Card card, Map<String, Object> ms, ModelScopeTables tables, List<String> notes)
            throws MetadataEditException {
        if (!(ms.get("indexing") instanceof Map<?, ?> block)) {
            return;
        }
        if (!(block.get("results") instanceof List<?> results)) {
            notes.add("indexing: has no results list; kept as it is");
            return;
        }
        String model = block.get("name") instanceof String n ? n : title(card);
        String defaultTask = strings(ms.get("tasks")).stream().findFirst().flatMap(t -> tables.tasks().toHub(t))
                .orElse(ms.get("pipeline_tag") instanceof String p ? p : null);
        List<EvalResult> rows = new ArrayList<>();
        boolean lossy = false;
        for (Object o : results) {
            if (!(o instanceof Map<?, ?> result)) {
                lossy = true;
                continue;
            }
            Map<?, ?> task = map(result.get("task"));
            Map<?, ?> dataset = map(result.get("dataset"));
            Map<?, ?> source = map(result.get("source"));
            lossy |= extra(result, Set.of("task", "dataset", "metrics", "source"))
                    || extra(task, Set.of("type", "name")) || extra(dataset, Set.of("name", "type", "args", "split", "revision"));
            String taskType = text(task.get("type"));
            taskType = taskType == null ? defaultTask : tables.tasks().toHub(taskType).orElse(taskType);
            if (!(result.get("metrics") instanceof List<?> metrics)) {
                lossy = true;
                continue;
            }
            for (Object m : metrics) {
                Map<?, ?> metric = map(m);
                lossy |= extra(metric, Set.of("type", "value", "name", "verified"));
                EvalResult r = new EvalResult();
                r.setModelName(model);
                r.setTaskType(taskType);
                r.setTaskName(text(task.get("name")));
                r.setDatasetName(text(dataset.get("name")));
                r.setDatasetType(text(dataset.get("type")));
                r.setDatasetConfig(text(dataset.get("args")));
                r.setDatasetSplit(text(dataset.get("split")));
                r.setDatasetRevision(text(dataset.get("revision")));
                r.setMetricType(text(metric.get("type")));
                r.setMetricName(text(metric.get("name")));
                r.setMetricValue(metric.get("value"));
                r.setVerified(Boolean.TRUE.equals(metric.get("verified")));
                r.setSourceName(text(source.get("name")));
                r.setSourceUrl(text(source.get("url")));
                rows.add(r);
            }
        }
        if (rows.isEmpty() && !lossy && block.get("name") instanceof String name) {
            // a model listed without results, as the twin writes one
            Map<String, Object> entry = new java.util.LinkedHashMap<>();
            entry.put("name", name);
            entry.put("results", List.of());
            CardMetadata.set(card, "model-index", List.of(entry));
            CardMetadata.remove(card, "indexing");
            return;
        }
        if (rows.isEmpty()) {
            notes.add("indexing: no metrics to carry over; kept as it is");
            return;
        }
        CardMetadata.set(card, "model-index", ModelIndexCodec.write(rows));
        if (lossy) {
            notes.add("indexing: has fields model-index has no place for (description, args …); kept beside model-index");
        } else {
            CardMetadata.remove(card, "indexing");
        }
    }

    private static String title(Card card) {
        return card.allSections().filter(s -> s.getLevel() == 1).map(Section::getTitle).findFirst().orElse("model");
    }

    private static boolean extra(Map<?, ?> map, Set<String> known) {
        return map.keySet().stream().anyMatch(k -> !known.contains(String.valueOf(k)));
    }

    private static Map<?, ?> map(Object o) {
        return o instanceof Map<?, ?> m ? m : Map.of();
    }

    private static String text(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(o -> o != null).map(String::valueOf).forEach(out::add);
        } else if (value instanceof String s) {
            out.add(s);
        }
        return out;
    }
}
