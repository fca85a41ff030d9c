package dev.cardwright.ui.metadata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.cardwright.card.Card;
import dev.cardwright.card.EvalResult;
import dev.cardwright.card.FrontMatter;
import dev.cardwright.ui.task.LatestOnly;
import dev.cardwright.ui.task.TaskExecutor;
import dev.cardwright.yaml.Metadata;
import dev.cardwright.yaml.MetadataEditException;
import dev.cardwright.yaml.MetadataEditor;
import dev.cardwright.yaml.ModelIndexCodec;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The metadata form's state: one property per known key, read from the front matter and written
 * back key by key with {@link MetadataEditor} (minimal diff: only the changed key's lines move).
 * The YAML text stays the single truth; when it changes elsewhere (the YAML editor, undo) the
 * properties are read again. Problems reported by validation are kept per key for the view to
 * show on the matching control.
 *
 * <p>Reading and writing the YAML costs a few hundred milliseconds on a card with a large
 * {@code model-index} (10,000 rows), so both run on the background executor and only their
 * results touch the properties, on the FX thread. A parse whose text has changed since is dropped;
 * an edit is computed from the text as it was when the edit was made and applied only if that is
 * still the current text, else computed again from the current one. While an edit is on its way
 * the form keeps what the user typed: parses that land meanwhile are held back until it is written.
 */
public final class MetadataViewModel {
    /** Keys with their own control; every other key is edited in the YAML editor. */
    public static final List<String> KNOWN_KEYS = List.of("license", "license_name", "license_link", "language",
            "pipeline_tag", "library_name", "tags", "datasets", "base_model", "base_model_relation", "metrics",
            "co2_eq_emissions", "extra_gated_heading", "extra_gated_prompt", "extra_gated_button_content");

    private final Card card;
    private final Vocabularies vocabularies;
    private final StringProperty license = text("license");
    private final StringProperty licenseName = text("license_name");
    private final StringProperty licenseLink = text("license_link");
    private final StringProperty pipelineTag = text("pipeline_tag");
    private final StringProperty libraryName = text("library_name");
    private final StringProperty baseModelRelation = text("base_model_relation");
    private final StringProperty co2 = new SimpleStringProperty(this, "co2_eq_emissions", "");
    private final StringProperty gatedHeading = text("extra_gated_heading");
    private final StringProperty gatedPrompt = text("extra_gated_prompt");
    private final StringProperty gatedButton = text("extra_gated_button_content");
    private final ObservableList<String> languages = list("language");
    private final ObservableList<String> tags = list("tags");
    private final ObservableList<String> datasets = list("datasets");
    private final ObservableList<String> baseModels = list("base_model");
    private final ObservableList<String> metrics = list("metrics");
    private final ObservableList<EvalResult> results = FXCollections.observableArrayList();
    private final BooleanProperty otherLicense = new SimpleBooleanProperty(this, "otherLicense");
    private final ReadOnlyStringWrapper editError = new ReadOnlyStringWrapper(this, "editError", "");
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final TaskExecutor executor;
    private final LatestOnly parsing;
    /** Edits not yet written, by top-level key, in the order they were first made. */
    private final Map<String, TextEdit> pending = new LinkedHashMap<>();
    private boolean editing;
    private boolean pullDeferred;
    private Runnable stepBoundary = () -> { };
    /** What waits for the edits in flight to be written (an undo pressed right after typing). */
    private final List<Runnable> whenWritten = new ArrayList<>();
    private String lastKeyWritten;
    private Map<String, Object> current = Map.of();
    private boolean pulling;

    public MetadataViewModel(Card card, Vocabularies vocabularies, TaskExecutor executor) {
        this.card = card;
        this.vocabularies = vocabularies;
        this.executor = executor;
        this.parsing = new LatestOnly(executor);
        co2.addListener((obs, old, now) -> pushCo2(now));
        otherLicense.bind(license.isEqualTo("other"));
        pull();
        card.frontMatterProperty().addListener((obs, old, now) -> {
            if (now != null) {
                now.yamlProperty().addListener((o, a, b) -> pull());
            }
            pull();
        });
        if (card.getFrontMatter() != null) {
            card.getFrontMatter().yamlProperty().addListener((o, a, b) -> pull());
        }
    }

    public Vocabularies vocabularies() { return vocabularies; }

    /**
     * Called before an edit of another key than the previous one is written. The editor seals its
     * undo history when focus moves to another field; a write computed in the background may land
     * after that, so the boundary between two fields' edits is drawn here as well.
     */
    public void setStepBoundary(Runnable stepBoundary) {
        this.stepBoundary = Objects.requireNonNull(stepBoundary);
    }
    public StringProperty licenseProperty() { return license; }
    public StringProperty licenseNameProperty() { return licenseName; }
    public StringProperty licenseLinkProperty() { return licenseLink; }
    public StringProperty pipelineTagProperty() { return pipelineTag; }
    public StringProperty libraryNameProperty() { return libraryName; }
    public StringProperty baseModelRelationProperty() { return baseModelRelation; }
    public StringProperty co2Property() { return co2; }
    public StringProperty gatedHeadingProperty() { return gatedHeading; }
    public StringProperty gatedPromptProperty() { return gatedPrompt; }
    public StringProperty gatedButtonProperty() { return gatedButton; }
    public ObservableList<String> getLanguages() { return languages; }
    public ObservableList<String> getTags() { return tags; }
    public ObservableList<String> getDatasets() { return datasets; }
    public ObservableList<String> getBaseModels() { return baseModels; }
    public ObservableList<String> getMetrics() { return metrics; }
    /** The evaluation results ({@code model-index}) as typed rows; call {@link #commitResults} after editing. */
    public ObservableList<EvalResult> getResults() { return results; }
    /** True when the license is {@code other}: name and link must be given. */
    public BooleanProperty otherLicenseProperty() { return otherLicense; }
    /** Why the last edit could not be written ("" when it was). */
    public ReadOnlyStringProperty editErrorProperty() { return editError.getReadOnlyProperty(); }
    /** Validation messages by top-level key. */
    public ObservableMap<String, String> getProblems() { return problems; }

    private String yaml() {
        return card.getFrontMatter() == null ? "" : card.getFrontMatter().getYaml();
    }

    private StringProperty text(String key) {
        StringProperty p = new SimpleStringProperty(this, key, "");
        p.addListener((obs, old, now) -> push(key, now == null || now.isBlank() ? null : now.strip()));
        return p;
    }

    private ObservableList<String> list(String key) {
        ObservableList<String> l = FXCollections.observableArrayList();
        l.addListener((ListChangeListener<String>) c -> {
            List<String> values = new ArrayList<>(l);
            Object value = values.isEmpty() ? null
                    : key.equals("base_model") && values.size() == 1 ? values.get(0) : values;
            push(key, value);
        });
        return l;
    }

    private void pushCo2(String text) {
        if (pulling) {
            return;
        }
        String t = text == null ? "" : text.strip();
        Object value;
        if (t.isEmpty()) {
            value = null;
        } else {
            try {
                value = t.contains(".") ? (Object) Double.valueOf(t) : (Object) Long.valueOf(t);
            } catch (NumberFormatException e) {
                editError.set(dev.cardwright.ui.Messages.get("metadata.error.number", t));
                return;
            }
        }
        if (current.get("co2_eq_emissions") instanceof Map<?, ?> && value != null) {
            write(List.of("co2_eq_emissions", "emissions"), value);
        } else {
            write(List.of("co2_eq_emissions"), value);
        }
    }

    private void push(String key, Object value) {
        if (!pulling) {
            write(List.of(key), value);
        }
    }

    /** Writes one value (null removes the key) into the front matter with a minimal edit. */
    private void write(List<Object> path, Object value) {
        enqueue(String.valueOf(path.get(0)), yaml -> value == null ? MetadataEditor.remove(yaml, path)
                : MetadataEditor.set(yaml, path, value));
    }

    /** A change of the YAML text; runs in the background, so it may use only what it captured. */
    @FunctionalInterface
    private interface TextEdit {
        String apply(String yaml) throws MetadataEditException;
    }

    /** What one edit gave: the new text, or why it could not be made. */
    private record Outcome(String text, String error) {
    }

    /** Queues an edit; a newer edit of the same key replaces one not yet written. */
    private void enqueue(String key, TextEdit edit) {
        pending.put(key, edit);
        if (!editing) {
            runEdits();
        }
    }

    /** Computes every pending edit, in order, from the current text; one batch at a time. */
    private void runEdits() {
        editing = true;
        String base = yaml();
        // copies, not the map's own entries: a newer edit of a key replaces the value inside those
        List<Map.Entry<String, TextEdit>> batch = pending.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList();
        executor.execute(() -> applyAll(base, batch), outcomes -> land(base, batch, outcomes), error -> {
            editing = false;
            batch.forEach(e -> pending.remove(e.getKey(), e.getValue()));
            editError.set(String.valueOf(error.getMessage()));
            afterEdits();
        });
    }

    private static List<Outcome> applyAll(String base, List<Map.Entry<String, TextEdit>> batch) {
        List<Outcome> out = new ArrayList<>();
        String text = base;
        for (Map.Entry<String, TextEdit> e : batch) {
            try {
                text = e.getValue().apply(text);
                out.add(new Outcome(text, null));
            } catch (MetadataEditException | IllegalArgumentException ex) {
                out.add(new Outcome(null, ex.getMessage()));
            }
        }
        return out;
    }

    /**
     * Writes a computed batch, on the FX thread. When the text changed while it was computed (the
     * YAML editor, undo) or one of its edits was replaced by a newer one, it is computed again
     * rather than written over the newer state.
     */
    private void land(String base, List<Map.Entry<String, TextEdit>> batch, List<Outcome> outcomes) {
        editing = false;
        boolean replaced = batch.stream().anyMatch(e -> pending.get(e.getKey()) != e.getValue());
        if (replaced || !base.equals(yaml())) {
            runEdits();
            return;
        }
        batch.forEach(e -> pending.remove(e.getKey()));
        String text = base;
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            if (o.error() != null) {
                editError.set(o.error());
                continue;
            }
            editError.set("");
            if (!o.text().equals(text)) {
                String key = batch.get(i).getKey();
                if (lastKeyWritten != null && !lastKeyWritten.equals(key)) {
                    stepBoundary.run();
                }
                lastKeyWritten = key;
                text = o.text();
                write(text); // one write per edit, as when they were made one by one
            }
        }
        afterEdits();
    }

    private void afterEdits() {
        if (!pending.isEmpty()) {
            runEdits();
            return;
        }
        if (pullDeferred) {
            pull();
        }
        List<Runnable> waiting = List.copyOf(whenWritten);
        whenWritten.clear();
        waiting.forEach(Runnable::run);
    }

    /** Whether edits made in the form are still being computed or waiting to be. */
    public boolean writesPending() {
        return editing || !pending.isEmpty();
    }

    /**
     * Runs {@code action} once every edit made so far is written to the card: at once when none is
     * pending, else when the last one lands. Undo and redo go through here, so Ctrl+Z pressed
     * while a form edit is still being computed undoes that edit rather than the step before it.
     */
    public void whenWritten(Runnable action) {
        if (!writesPending()) {
            action.run();
        } else {
            whenWritten.add(action);
        }
    }

    private void write(String next) {
        FrontMatter fm = card.getFrontMatter();
        if (fm == null) {
            fm = new FrontMatter();
            fm.setYaml(next);
            card.setFrontMatter(fm);
        } else {
            fm.setYaml(next);
        }
    }

    /** What a parse of the front matter found: the values, or why there are none. */
    private record Parsed(String text, Map<String, Object> values, String error, List<EvalResult> rows, String rowsError) {
        static Parsed of(String text) {
            Map<String, Object> values;
            try {
                values = Metadata.parse(text);
            } catch (MetadataEditException e) {
                return new Parsed(text, null, e.getMessage(), List.of(), null);
            }
            try {
                return new Parsed(text, values, null, ModelIndexCodec.read(values.get("model-index")), null);
            } catch (IllegalArgumentException e) {
                return new Parsed(text, values, null, null, e.getMessage());
            }
        }
    }

    /** Reads every known key from the YAML again (in the background; the properties follow on the FX thread). */
    public void pull() {
        pullDeferred = false;
        String text = yaml();
        parsing.submit(() -> Parsed.of(text), this::show);
    }

    private void show(Parsed parsed) {
        if (!parsed.text().equals(yaml())) {
            return; // the text changed again: the parse of the new text is on its way
        }
        if (writesPending()) {
            // the form shows an edit not yet written; the text it writes will be read again
            pullDeferred = true;
            return;
        }
        if (parsed.error() != null) {
            editError.set(parsed.error());
            return;
        }
        current = parsed.values();
        pulling = true;
        try {
            setText(license, "license");
            setText(licenseName, "license_name");
            setText(licenseLink, "license_link");
            setText(pipelineTag, "pipeline_tag");
            setText(libraryName, "library_name");
            setText(baseModelRelation, "base_model_relation");
            setText(gatedHeading, "extra_gated_heading");
            setText(gatedPrompt, "extra_gated_prompt");
            setText(gatedButton, "extra_gated_button_content");
            setList(languages, "language");
            setList(tags, "tags");
            setList(datasets, "datasets");
            setList(baseModels, "base_model");
            setList(metrics, "metrics");
            showResults(parsed);
            Object co2Value = current.get("co2_eq_emissions");
            if (co2Value instanceof Map<?, ?> m) {
                co2Value = m.get("emissions");
            }
            String co2Text = co2Value == null ? "" : String.valueOf(co2Value);
            if (!co2Text.equals(co2.get())) {
                co2.set(co2Text);
            }
        } finally {
            pulling = false;
        }
    }

    private void setText(StringProperty p, String key) {
        Object v = current.get(key);
        String s = v == null ? "" : String.valueOf(v);
        if (!Objects.equals(s, p.get())) {
            p.set(s);
        }
    }

    private void setList(ObservableList<String> list, String key) {
        Object v = current.get(key);
        List<String> values = new ArrayList<>();
        if (v instanceof Collection<?> c) {
            c.forEach(x -> values.add(String.valueOf(x)));
        } else if (v != null) {
            values.add(String.valueOf(v));
        }
        if (!values.equals(list)) {
            list.setAll(values);
        }
    }

    private void showResults(Parsed parsed) {
        if (parsed.rowsError() != null) {
            editError.set(parsed.rowsError());
            return;
        }
        List<EvalResult> rows = parsed.rows();
        if (!sameRows(rows, results)) {
            results.setAll(rows);
        } else {
            // same values: keep the row objects (and the table's selection), take the fresh origins
            for (int i = 0; i < rows.size(); i++) {
                results.get(i).setOrigin(rows.get(i).getOrigin());
            }
        }
    }

    private static boolean sameRows(List<EvalResult> a, List<EvalResult> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!sameValues(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    // Field by field, not through toString: this runs on the FX thread for every row of a 10,000-row table.
    private static boolean sameValues(EvalResult a, EvalResult b) {
        return Objects.equals(a.getModelName(), b.getModelName())
                && Objects.equals(a.getTaskType(), b.getTaskType())
                && Objects.equals(a.getTaskName(), b.getTaskName())
                && Objects.equals(a.getDatasetType(), b.getDatasetType())
                && Objects.equals(a.getDatasetName(), b.getDatasetName())
                && Objects.equals(a.getDatasetConfig(), b.getDatasetConfig())
                && Objects.equals(a.getDatasetSplit(), b.getDatasetSplit())
                && Objects.equals(a.getDatasetRevision(), b.getDatasetRevision())
                && Objects.equals(a.getMetricType(), b.getMetricType())
                && Objects.equals(a.getMetricName(), b.getMetricName())
                // 12 read back may be an Integer where a Long was written: equal as the text shows them
                && (Objects.equals(a.getMetricValue(), b.getMetricValue())
                        || String.valueOf(a.getMetricValue()).equals(String.valueOf(b.getMetricValue())))
                && a.isVerified() == b.isVerified()
                && Objects.equals(a.getSourceName(), b.getSourceName())
                && Objects.equals(a.getSourceUrl(), b.getSourceUrl());
    }

    /**
     * Writes the table back into {@code model-index}, changing only what differs (one edited cell
     * changes one line); an empty table removes the key.
     */
    public void commitResults() {
        // the rows are the table's, owned by the FX thread: the background works on copies
        List<EvalResult> rows = results.stream().map(EvalResult::copy).toList();
        enqueue("model-index", yaml -> rows.isEmpty() ? MetadataEditor.remove(yaml, "model-index")
                : MetadataEditor.update(yaml, "model-index", ModelIndexCodec.write(rows)));
    }

    /** Adds a row after {@code after} (or at the end), with its model, task and dataset, ready for a metric. */
    public EvalResult addResult(EvalResult after) {
        EvalResult row = new EvalResult();
        if (after != null) {
            row.setModelName(after.getModelName());
            row.setTaskType(after.getTaskType());
            row.setTaskName(after.getTaskName());
            row.setDatasetType(after.getDatasetType());
            row.setDatasetName(after.getDatasetName());
            row.setDatasetConfig(after.getDatasetConfig());
            row.setDatasetSplit(after.getDatasetSplit());
        } else {
            row.setModelName(results.isEmpty() ? "model" : results.get(results.size() - 1).getModelName());
        }
        row.setMetricType("accuracy");
        row.setMetricValue(0);
        results.add(after == null ? results.size() : results.indexOf(after) + 1, row);
        commitResults();
        return row;
    }

    public void removeResult(EvalResult row) {
        if (results.remove(row)) {
            commitResults();
        }
    }

    /** Moves a row up ({@code -1}) or down ({@code +1}). */
    public void moveResult(EvalResult row, int delta) {
        int from = results.indexOf(row);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= results.size()) {
            return;
        }
        results.remove(from);
        results.add(to, row);
        commitResults();
    }

    /** The keys of the front matter that have no control of their own. */
    public List<String> otherKeys() {
        return current.keySet().stream().filter(k -> !KNOWN_KEYS.contains(k) && !k.equals("model-index")).toList();
    }

    /** The top-level key of a diagnostic path such as {@code model-index[0].results} or {@code /license}. */
    public static String topKey(String path) {
        if (path == null) {
            return "";
        }
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.split("[./\\[]", 2)[0];
    }

}
