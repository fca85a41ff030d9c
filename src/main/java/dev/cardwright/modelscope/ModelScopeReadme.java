package dev.cardwright.modelscope;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.EvalResult;
import dev.cardwright.card.LineEnding;
import dev.cardwright.card.Section;
import dev.cardwright.card.Translation;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.export.TranslationExport;
import dev.cardwright.yaml.CardMetadata;
import dev.cardwright.yaml.MetadataEditException;
import dev.cardwright.yaml.ModelIndexCodec;
import dev.cardwright.yaml.PyYamlEmitter;

/**
 * The ModelScope twin of a card: ModelScope's front matter made from the card's Hub metadata
 * through {@link ModelScopeTables}, and the body of the Chinese translation when the card has
 * one (else the source's). Everything that does not map one to one is said in {@link #notes()},
 * so the user knows what the twin does not carry. docs/modelscope.md describes each key.
 */
public final class ModelScopeReadme {
    /** Keys written first, in this order, as ModelScope's own cards list them. */
    private static final List<String> LEADING = List.of("tasks", "frameworks", "license", "language", "tags",
            "datasets", "base_model", "base_model_relation");

    private final String text;
    private final List<String> notes;

    private ModelScopeReadme(String text, List<String> notes) {
        this.text = text;
        this.notes = List.copyOf(notes);
    }

    /** The README text (the card's line ending). */
    public String text() { return text; }

    /** What the twin could not carry over as it is, one line each ("field: what happened"). */
    public List<String> notes() { return notes; }

    /**
     * @throws CardFormatException when the card's front matter is not a YAML mapping or its
     *         {@code model-index} does not have its shape (the twin would lose it)
     */
    public static ModelScopeReadme of(Card card, String fileName) throws CardFormatException {
        Map<String, Object> hub;
        List<EvalResult> results;
        try {
            hub = CardMetadata.read(card);
            results = ModelIndexCodec.read(hub.get("model-index"));
        } catch (MetadataEditException e) {
            throw e.inFile(fileName, 1);
        } catch (IllegalArgumentException e) {
            throw new CardFormatException(fileName, 1, 1, "ModelScope export: " + e.getMessage(), e);
        }
        List<String> notes = new ArrayList<>();
        Map<String, Object> ms = frontMatter(hub, results, notes);
        String body = body(card, notes);
        String yaml = ms.isEmpty() ? "" : PyYamlEmitter.dump(ms);
        String readme = "---\n" + yaml + "---\n" + body;
        LineEnding ending = card.getFormat().lineEnding();
        return new ModelScopeReadme(ending.denormalize(readme), notes);
    }

    static Map<String, Object> frontMatter(Map<String, Object> hub, List<EvalResult> results, List<String> notes) {
        ModelScopeTables tables = ModelScopeTables.get();
        Map<String, Object> ms = new LinkedHashMap<>();
        Map<String, Object> rest = new LinkedHashMap<>(hub);
        rest.remove("model-index");

        Object tag = hub.get("pipeline_tag");
        if (tag instanceof String t) {
            Optional<String> task = tables.tasks().toModelScope(t);
            if (task.isPresent()) {
                ms.put("tasks", List.of(task.get()));
                rest.remove("pipeline_tag");
            } else {
                notes.add("pipeline_tag: \"" + t + "\" has no ModelScope task; kept as pipeline_tag, no tasks written");
            }
        } else {
            notes.add("tasks: the card has no pipeline_tag, so the twin names no task");
        }

        Object library = hub.get("library_name");
        if (library instanceof String l) {
            Optional<String> fw = tables.frameworks().toModelScope(l);
            if (fw.isPresent()) {
                ms.put("frameworks", List.of(fw.get()));
            } else {
                notes.add("library_name: \"" + l + "\" has no ModelScope framework; no frameworks written");
            }
        }

        Object license = hub.get("license");
        if (license instanceof String id) {
            Optional<String> name = tables.licenses().toModelScope(id);
            if (name.isPresent()) {
                ms.put("license", name.get());
            } else {
                ms.put("license", id);
                notes.add("license: \"" + id + "\" has no ModelScope name; kept as it is");
            }
            rest.remove("license");
        }

        for (String key : LEADING) {
            if (!ms.containsKey(key) && rest.containsKey(key)) {
                ms.put(key, rest.remove(key));
            }
        }
        ms.putAll(rest);
        if (!results.isEmpty()) {
            ms.put("indexing", indexing(results, notes));
        }
        return ms;
    }

    /** {@code model-index} rows as ModelScope's {@code indexing} block, rows of one task and dataset sharing a result. */
    static Map<String, Object> indexing(List<EvalResult> rows, List<String> notes) {
        ModelScopeTables tables = ModelScopeTables.get();
        Map<String, Object> block = new LinkedHashMap<>();
        String model = rows.get(0).getModelName();
        if (model != null) {
            block.put("name", model); // ModelScope shows no model name; kept so an import gets model-index back whole
        }
        if (rows.stream().map(EvalResult::getModelName).distinct().count() > 1) {
            notes.add("indexing: model-index names several models; ModelScope has one result list, so they are merged");
        }
        List<Object> results = new ArrayList<>();
        Map<List<Object>, List<Object>> metricsOf = new LinkedHashMap<>();
        for (EvalResult r : rows) {
            if (placeholder(r)) {
                continue; // a model entry with an empty results list: the name alone carries it
            }
            List<Object> key = java.util.Arrays.asList(r.getTaskType(), r.getTaskName(), r.getDatasetName(), r.getDatasetType(),
                    r.getDatasetConfig(), r.getDatasetSplit(), r.getDatasetRevision(), r.getSourceName(), r.getSourceUrl());
            List<Object> metrics = metricsOf.get(key);
            if (metrics == null) {
                metrics = new ArrayList<>();
                metricsOf.put(key, metrics);
                Map<String, Object> result = new LinkedHashMap<>();
                Map<String, Object> task = new LinkedHashMap<>();
                if (r.getTaskType() != null) {
                    task.put("type", tables.tasks().toModelScope(r.getTaskType()).orElse(r.getTaskType()));
                }
                putIf(task, "name", r.getTaskName());
                result.put("task", task);
                Map<String, Object> dataset = new LinkedHashMap<>();
                putIf(dataset, "name", r.getDatasetName());
                putIf(dataset, "type", r.getDatasetType());
                putIf(dataset, "args", r.getDatasetConfig()); // ModelScope's free-text dataset arguments play the config's part
                putIf(dataset, "split", r.getDatasetSplit());
                putIf(dataset, "revision", r.getDatasetRevision());
                result.put("dataset", dataset);
                result.put("metrics", metrics);
                if (r.getSourceName() != null || r.getSourceUrl() != null) {
                    Map<String, Object> source = new LinkedHashMap<>();
                    putIf(source, "url", r.getSourceUrl());
                    putIf(source, "name", r.getSourceName());
                    result.put("source", source);
                }
                results.add(result);
            }
            Map<String, Object> metric = new LinkedHashMap<>();
            putIf(metric, "type", r.getMetricType());
            if (r.getMetricValue() != null) {
                metric.put("value", r.getMetricValue());
            }
            putIf(metric, "name", r.getMetricName());
            if (r.isVerified()) {
                metric.put("verified", true);
            }
            metrics.add(metric);
        }
        block.put("results", results);
        return block;
    }

    private static boolean placeholder(EvalResult r) {
        return java.util.stream.Stream.of(r.getTaskType(), r.getTaskName(), r.getDatasetType(), r.getDatasetName(),
                r.getDatasetConfig(), r.getDatasetSplit(), r.getDatasetRevision(), r.getMetricType(), r.getMetricName(),
                r.getMetricValue(), r.getSourceName(), r.getSourceUrl()).allMatch(java.util.Objects::isNull) && !r.isVerified();
    }

    private static void putIf(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** The body: the Chinese translation's when there is one, else the source's, with a note either way it falls short. */
    static String body(Card card, List<String> notes) {
        Optional<Translation> chinese = card.getTranslations().stream()
                .filter(t -> t.getLanguage().toLowerCase(Locale.ROOT).startsWith("zh"))
                .findFirst();
        if (chinese.isEmpty()) {
            notes.add("body: the card has no Chinese translation; the twin carries the source text");
            StringBuilder out = new StringBuilder(card.getPreamble());
            for (Section s : card.getSections()) {
                s.write(out, LineEnding.LF);
            }
            return out.toString();
        }
        Translation t = chinese.get();
        long missing = card.allSections()
                .map(s -> t.getSections().get(s.getId()))
                .filter(ts -> ts == null || ts.getStatus() == TranslationStatus.UNTRANSLATED
                        || ts.getText().isBlank() && ts.getHeading().isBlank())
                .count();
        if (missing > 0) {
            notes.add("body: " + missing + " section(s) have no " + t.getLanguage() + " translation; their source text is used");
        }
        // the translated README without its own front matter or language links: both belong to the twin's header
        boolean links = card.getExportSettings().isLanguageLinks();
        card.getExportSettings().setLanguageLinks(false);
        try {
            return LineEnding.normalize(new TranslationExport(card).translatedReadme(t));
        } finally {
            card.getExportSettings().setLanguageLinks(links);
        }
    }
}
