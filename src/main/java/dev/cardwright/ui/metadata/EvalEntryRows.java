package dev.cardwright.ui.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardChange;
import dev.cardwright.card.EvalResult;
import dev.cardwright.card.EvalResultEntry;
import dev.cardwright.card.EvalResultsFile;
import dev.cardwright.yaml.EvalResultsYaml;
import dev.cardwright.yaml.MetadataEditException;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.util.Subscription;

/**
 * The entries of the card's {@code .eval_results/*.yaml} files as rows of the results table, beside
 * the {@code model-index} rows. A row shows the entry's dataset id in the dataset column, its
 * {@code task_id} in the config column (where {@code convert-results} takes it from), its value,
 * verify token (as "verified") and source. The files' text stays the truth: an edited row is written
 * into its file with the smallest diff ({@link EvalResultsYaml#edit}), and a change of the text
 * (undo, another editor) reads the rows again.
 */
public final class EvalEntryRows {
    /** Where a row comes from: entry {@code index} of {@code file}. */
    record Origin(EvalResultsFile file, int index) {
    }

    private final Card card;
    private final ObservableList<EvalResult> rows = FXCollections.observableArrayList();
    // files added or removed are not in the card's change feed (only their texts are)
    private final ListChangeListener<EvalResultsFile> filesChanged = c -> reload();
    private final Subscription textChanged;
    private Runnable stepBoundary = () -> { };
    private boolean writing;

    EvalEntryRows(Card card) {
        this.card = card;
        card.getEvalResultsFiles().addListener(filesChanged);
        textChanged = card.changes().subscribe(change -> {
            if (change instanceof CardChange.Value v && v.part() == CardChange.Part.EVAL_RESULTS && !writing) {
                reload();
            }
        });
        reload();
    }

    /** Stops following the card (its document was closed or replaced). */
    void dispose() {
        textChanged.unsubscribe();
        card.getEvalResultsFiles().removeListener(filesChanged);
    }

    /** Called before an edit is written, so that each edited cell is its own undo step. */
    void setStepBoundary(Runnable stepBoundary) {
        this.stepBoundary = Objects.requireNonNull(stepBoundary);
    }

    /** The rows, file by file in the card's order, entries in each file's order. */
    public ObservableList<EvalResult> rows() {
        return rows;
    }

    /** Whether {@code row} is an {@code .eval_results} entry (not a {@code model-index} row). */
    public static boolean isEntry(EvalResult row) {
        return row != null && row.getOrigin() instanceof Origin;
    }

    /** What the format column shows: the entry's file, or {@code model-index}. */
    public static String format(EvalResult row) {
        return row != null && row.getOrigin() instanceof Origin o ? o.file().getPath() : "model-index";
    }

    /**
     * Writes the row's values into its file (only the lines that differ change). Fields an entry
     * does not have (model, task type, split, metric) are not written; the row is read back from
     * the file afterwards, so the table never shows what the file does not hold.
     *
     * @throws MetadataEditException when the file does not read or cannot be edited safely
     * @throws IllegalArgumentException when the row is not a valid entry (no dataset id …)
     */
    void commit(EvalResult row) throws MetadataEditException {
        if (!(row.getOrigin() instanceof Origin origin)) {
            throw new IllegalArgumentException("not an .eval_results row");
        }
        try {
            EvalResultsFile file = origin.file();
            List<EvalResultEntry> entries = new ArrayList<>(EvalResultsYaml.read(file.getText()));
            if (origin.index() >= entries.size()) {
                throw new IllegalArgumentException(file.getPath() + " changed; the row is gone");
            }
            EvalResultEntry old = entries.get(origin.index());
            if (row.getDatasetType() == null || row.getDatasetConfig() == null || row.getMetricValue() == null) {
                throw new IllegalArgumentException(dev.cardwright.ui.common.Messages.get("results.entryRequired", file.getPath()));
            }
            entries.set(origin.index(), new EvalResultEntry(row.getDatasetType(), row.getDatasetConfig(), row.getMetricValue(),
                    row.getDatasetRevision(), old.verifyToken(), old.date(), row.getSourceUrl(),
                    row.getSourceUrl() == null ? null : old.sourceName(), row.getSourceUrl() == null ? null : old.sourceUser(),
                    row.getSourceUrl() == null ? null : old.sourceOrg(), old.notes()));
            String text = EvalResultsYaml.edit(file.getText(), entries);
            if (!text.equals(file.getText())) {
                stepBoundary.run();
                writing = true;
                try {
                    file.setText(text);
                } finally {
                    writing = false;
                }
            }
        } finally {
            reload();
        }
    }

    /** Reads every file again; rows whose values did not change keep their objects (and the table's selection). */
    private void reload() {
        List<EvalResult> fresh = new ArrayList<>();
        for (EvalResultsFile f : card.getEvalResultsFiles()) {
            List<EvalResultEntry> entries;
            try {
                entries = EvalResultsYaml.read(f.getText());
            } catch (MetadataEditException | IllegalArgumentException e) {
                continue; // a file that does not read has no rows here; lint says where it is wrong
            }
            for (int i = 0; i < entries.size(); i++) {
                fresh.add(row(entries.get(i), new Origin(f, i)));
            }
        }
        boolean same = fresh.size() == rows.size();
        for (int i = 0; same && i < fresh.size(); i++) {
            same = fresh.get(i).toString().equals(rows.get(i).toString()) && sameDetails(fresh.get(i), rows.get(i));
        }
        if (!same) {
            rows.setAll(fresh);
        } else {
            for (int i = 0; i < fresh.size(); i++) {
                rows.get(i).setOrigin(fresh.get(i).getOrigin());
            }
        }
    }

    private static boolean sameDetails(EvalResult a, EvalResult b) {
        return Objects.equals(a.getDatasetRevision(), b.getDatasetRevision()) && a.isVerified() == b.isVerified()
                && Objects.equals(a.getSourceUrl(), b.getSourceUrl()) && Objects.equals(a.getSourceName(), b.getSourceName());
    }

    private static EvalResult row(EvalResultEntry e, Origin origin) {
        EvalResult r = new EvalResult();
        r.setDatasetType(e.datasetId());
        r.setDatasetConfig(e.taskId());
        r.setDatasetRevision(e.datasetRevision());
        r.setMetricValue(e.value());
        r.setVerified(e.verifyToken() != null);
        r.setSourceUrl(e.sourceUrl());
        r.setSourceName(e.sourceName());
        r.setOrigin(origin);
        return r;
    }
}
