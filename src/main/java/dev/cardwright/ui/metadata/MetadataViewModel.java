package dev.cardwright.ui.metadata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardChange;
import dev.cardwright.card.EvalResult;
import dev.cardwright.card.EvalResultsFile;
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
import javafx.util.Subscription;

/**
 * The metadata form's state: one property per known key, read from the front matter and written
 * back key by key with {@link MetadataEditor} (minimal diff: only the changed key's lines move).
 * The YAML text stays the single truth; when it changes elsewhere (the YAML editor, undo) the
 * properties are read again. Problems reported by validation are kept per key for the view to
 * show on the matching control.
 *
 * <p>Edits are applied at once on the FX thread, so any action that follows sees them. Only reading
 * the whole front matter for the form runs on the background executor (it costs a few hundred
 * milliseconds on a card with a 10,000-row {@code model-index}); it never writes, and a parse whose
 * text has changed since is dropped.
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
    private final EvalEntryRows entries;
    private final BooleanProperty otherLicense = new SimpleBooleanProperty(this, "otherLicense");
    private final ReadOnlyStringWrapper editError = new ReadOnlyStringWrapper(this, "editError", "");
    private final TaskExecutor executor;
    private final LatestOnly parsing;
    private final Subscription subscription;
    private Runnable stepBoundary = () -> { };
    private String lastKeyWritten;
    private Map<String, Object> current = Map.of();
    private boolean pulling;

    public MetadataViewModel(Card card, Vocabularies vocabularies, TaskExecutor executor) {
        this.card = card;
        this.vocabularies = vocabularies;
        this.executor = executor;
        this.parsing = new LatestOnly(executor);
        this.entries = new EvalEntryRows(card);
        entries.setStepBoundary(() -> stepBoundary.run());
        co2.addListener((obs, old, now) -> pushCo2(now));
        otherLicense.bind(license.isEqualTo("other"));
        pull();
        subscription = card.changes().subscribe(change -> {
            if (change instanceof CardChange.Value v && v.part() == CardChange.Part.FRONT_MATTER) {
                pull();
            }
        });
    }

    /** Stops following the card (its document was closed or replaced). */
    public void dispose() {
        subscription.unsubscribe();
        entries.dispose();
        parsing.cancel();
    }

    public Vocabularies vocabularies() { return vocabularies; }

    /** Called before an edit of another key than the previous one is written: an undo step ends there. */
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
    /** The entries of the card's {@code .eval_results} files, as rows for the same table. */
    public EvalEntryRows evalEntries() { return entries; }
    /** True when the license is {@code other}: name and link must be given. */
    public BooleanProperty otherLicenseProperty() { return otherLicense; }
    /** Why the last edit could not be written ("" when it was). */
    public ReadOnlyStringProperty editErrorProperty() { return editError.getReadOnlyProperty(); }

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
                editError.set(dev.cardwright.ui.common.Messages.get("metadata.error.number", t));
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
        apply(String.valueOf(path.get(0)), yaml -> value == null ? MetadataEditor.remove(yaml, path)
                : MetadataEditor.set(yaml, path, value));
    }

    /** A change of the YAML text. */
    @FunctionalInterface
    private interface TextEdit {
        String apply(String yaml) throws MetadataEditException;
    }

    /**
     * Applies an edit at once, on the FX thread, to the current text: a minimal-diff edit of one key
     * takes well under a millisecond even beside a large {@code model-index}, so whatever comes
     * next (undo, save, closing the window) already finds the value in the card.
     */
    private void apply(String key, TextEdit edit) {
        String base = yaml();
        String next;
        try {
            next = edit.apply(base);
        } catch (MetadataEditException | IllegalArgumentException e) {
            editError.set(String.valueOf(e.getMessage()));
            return;
        }
        editError.set("");
        if (next.equals(base)) {
            return;
        }
        // a boundary between two fields' edits even when focus did not move (a value set by code)
        if (lastKeyWritten != null && !lastKeyWritten.equals(key)) {
            stepBoundary.run();
        }
        lastKeyWritten = key;
        write(next);
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

    /**
     * Whether the metadata is a flow mapping with keys ({@code {license: mit}}), which the form
     * cannot edit key by key until it is written in block style. Cheap for any other text: only a
     * block whose first content starts with a brace is parsed.
     */
    public boolean needsBlockStyle() {
        String text = yaml();
        for (String line : (Iterable<String>) text.lines()::iterator) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#") || t.equals("---")) {
                continue;
            }
            return t.startsWith("{") && MetadataEditor.needsBlockStyle(text);
        }
        return false;
    }

    /** Rewrites a flow-mapping front matter in block style (one undoable change of the text). */
    public void convertToBlockStyle() {
        try {
            String converted = MetadataEditor.toBlockStyle(yaml());
            card.getFrontMatter().setYaml(converted);
            editError.set("");
        } catch (MetadataEditException e) {
            editError.set(String.valueOf(e.getMessage()));
        }
    }

    /** Reads every known key from the YAML again (in the background; the properties follow on the FX thread). */
    public void pull() {
        String text = yaml();
        parsing.submit(() -> Parsed.of(text), this::show);
    }

    private void show(Parsed parsed) {
        if (!parsed.text().equals(yaml())) {
            return; // the text changed again: the parse of the new text is on its way
        }
        if (parsed.error() != null) {
            editError.set(parsed.error());
            return;
        }
        current = parsed.values();
        // a refusal belonged to the text it was made on; this text reads, so its banner goes
        editError.set("");
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
        List<EvalResult> rows = List.copyOf(results);
        apply("model-index", yaml -> rows.isEmpty() ? MetadataEditor.remove(yaml, "model-index")
                : MetadataEditor.update(yaml, "model-index", ModelIndexCodec.write(rows)));
    }

    /**
     * Writes one edited row where it belongs: an {@code .eval_results} entry into its file, a
     * {@code model-index} row into the front matter. Why it could not be written goes to
     * {@link #editErrorProperty()}.
     */
    public void commitRow(EvalResult row) {
        if (!EvalEntryRows.isEntry(row)) {
            commitResults();
            return;
        }
        try {
            entries.commit(row);
            editError.set("");
        } catch (MetadataEditException | IllegalArgumentException e) {
            editError.set(String.valueOf(e.getMessage()));
        }
        // the next edit of the front matter is another step than this one
        lastKeyWritten = EvalResultsFile.FOLDER;
    }

    /** Adds a row after {@code after} (or at the end), with its model, task and dataset, ready for a metric. */
    /**
     * Adds a row after {@code after} (null: after the last row) that continues it: the same model,
     * task and dataset, the next metric they have no value for yet ({@link NextMetric}), the value
     * left empty for the user to fill.
     */
    public EvalResult addResult(EvalResult after) {
        EvalResult row = new EvalResult();
        EvalResult previous = after != null ? after : results.isEmpty() ? null : results.get(results.size() - 1);
        if (previous != null) {
            row.setModelName(previous.getModelName());
            row.setTaskType(previous.getTaskType());
            row.setTaskName(previous.getTaskName());
            row.setDatasetType(previous.getDatasetType());
            row.setDatasetName(previous.getDatasetName());
            row.setDatasetConfig(previous.getDatasetConfig());
            row.setDatasetSplit(previous.getDatasetSplit());
            row.setMetricType(NextMetric.after(previous, results, metrics));
        } else {
            row.setModelName("model");
            row.setMetricType("accuracy");
        }
        results.add(previous == null ? 0 : results.indexOf(previous) + 1, row);
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
