package dev.cardwright.ui.main;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kordamp.ikonli.feather.Feather;

import dev.cardwright.card.AtomicWrite;
import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.Translation;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.export.CardFiles;
import dev.cardwright.translate.xliff.XliffImport;
import dev.cardwright.translate.xliff.XliffReader;
import dev.cardwright.translate.xliff.XliffWriter;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.dialog.DialogService;
import dev.cardwright.ui.document.DocumentViewModel;
import dev.cardwright.ui.undo.Edit;
import dev.cardwright.ui.undo.ListEdit;
import dev.cardwright.ui.undo.PropertyEdit;
import dev.cardwright.ui.undo.UndoHistory;
import dev.cardwright.yaml.CardSourceFile;

/**
 * File ▸ Export XLIFF… and Import XLIFF…: what {@code export --xliff DIR} and
 * {@code import NAME.card.yaml --xliff FILE} do on the command line, on the open card. An import
 * is one undo step and, as on the command line, all or nothing: a file with a problem changes
 * nothing and its problems are shown at their {@code file:line:col}.
 */
public final class XliffActions {
    private final DocumentViewModel document;
    private final DialogService dialogs;

    public XliffActions(DocumentViewModel document, DialogService dialogs) {
        this.document = document;
        this.dialogs = dialogs;
    }

    public void register(Actions actions) {
        actions.add("export-xliff", Messages.get("action.exportXliff"), Feather.SHARE, null, this::exportXliff);
        actions.add("import-xliff", Messages.get("action.importXliff"), Feather.CORNER_DOWN_LEFT, null, this::importXliff);
    }

    /** The card source's name, which the XLIFF files are named after and record as their original. */
    private String sourceName() {
        Path file = document.fileProperty().get();
        return file != null && CardSourceFile.isCardSource(file) ? file.getFileName().toString()
                : document.suggestedSource().getFileName().toString();
    }

    void exportXliff() {
        Card card = document.getCard();
        if (card.getTranslations().isEmpty()) {
            dialogs.showError(Messages.get("xliff.export.title"), Messages.get("xliff.export.none"));
            return;
        }
        Path dir = dialogs.chooseOpen(DialogService.FileKind.XLIFF_FOLDER).orElse(null);
        if (dir == null) {
            return;
        }
        String original = sourceName();
        // every name is made before anything is written, as the command line does
        Map<Path, String> files = new LinkedHashMap<>();
        for (Translation t : card.getTranslations()) {
            String name = XliffWriter.fileName(original, t.getLanguage());
            String problem = CardFiles.outputNameProblem(name);
            if (problem != null) {
                dialogs.showError(Messages.get("xliff.export.title"), dir.resolve(name) + ":1:1: " + problem);
                return;
            }
            files.put(dir.resolve(name), XliffWriter.write(card, t, original));
        }
        List<String> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Map.Entry<Path, String> f : files.entrySet()) {
                AtomicWrite.write(f.getKey(), f.getValue().getBytes(StandardCharsets.UTF_8));
                written.add(f.getKey().toString());
            }
        } catch (CardFormatException e) {
            dialogs.showError(Messages.get("xliff.export.title"), e.located());
            return;
        } catch (IOException e) {
            dialogs.showError(Messages.get("xliff.export.title"), dir + ":1:1: " + e.getMessage());
            return;
        }
        dialogs.showInfo(Messages.get("xliff.export.title"), Messages.get("xliff.export.done", String.join("\n", written)));
    }

    void importXliff() {
        Path file = dialogs.chooseOpen(DialogService.FileKind.XLIFF).orElse(null);
        if (file == null) {
            return;
        }
        XliffReader.Document doc;
        try {
            doc = XliffReader.read(file);
        } catch (CardFormatException e) {
            dialogs.showError(Messages.get("xliff.import.title"), e.located());
            return;
        }
        Card card = document.getCard();
        Translation existing = card.findTranslation(doc.targetLanguage()).orElse(null);
        Map<String, Snapshot> before = new HashMap<>();
        if (existing != null) {
            existing.getSections().forEach((id, ts) -> before.put(id, Snapshot.of(ts)));
        }
        XliffImport.Result r = XliffImport.apply(card, doc);
        if (r.problems().isEmpty()) {
            document.history().asOneStep(() -> record(card, existing, before, r.language()));
        }
        if (!r.problems().isEmpty()) {
            dialogs.showError(Messages.get("xliff.import.title"),
                    Messages.get("xliff.import.refused") + "\n" + String.join("\n", r.problems()));
            return;
        }
        dialogs.showInfo(Messages.get("xliff.import.title"), Messages.get("xliff.import.done", r.language(),
                String.valueOf(r.changed()), String.valueOf(r.kept()), String.valueOf(r.empty()), file.getFileName().toString()));
    }

    /** What a translated section held before the import, to record what the import changed. */
    private record Snapshot(String heading, String text, String sourceText, String fingerprint, int commits, TranslationStatus status) {
        static Snapshot of(TranslatedSection ts) {
            return new Snapshot(ts.getHeading(), ts.getText(), ts.getSourceText(), ts.getSourceFingerprint(), ts.getSourceCommits(), ts.getStatus());
        }
    }

    /**
     * Translations are not watched by the card's edit recorder (the translation view records its
     * own edits), so the import's changes are put into the history here: a new language as one
     * list edit, a new section as one map edit, a changed one property by property.
     */
    private void record(Card card, Translation existing, Map<String, Snapshot> before, String language) {
        UndoHistory history = document.history();
        Translation t = card.findTranslation(language).orElse(null);
        if (t == null) {
            return;
        }
        if (existing == null) {
            history.record(new ListEdit<>(card.getTranslations(), card.getTranslations().indexOf(t), List.of(), List.of(t)));
            return;
        }
        t.getSections().forEach((id, ts) -> {
            Snapshot old = before.get(id);
            if (old == null) {
                history.record(new Edit() {
                    @Override
                    public void undo() {
                        t.getSections().remove(id);
                    }

                    @Override
                    public void redo() {
                        t.getSections().put(id, ts);
                    }
                });
                return;
            }
            Snapshot now = Snapshot.of(ts);
            changed(history, ts.headingProperty(), old.heading(), now.heading());
            changed(history, ts.textProperty(), old.text(), now.text());
            changed(history, ts.sourceTextProperty(), old.sourceText(), now.sourceText());
            changed(history, ts.sourceFingerprintProperty(), old.fingerprint(), now.fingerprint());
            changed(history, ts.sourceCommitsProperty(), old.commits(), now.commits());
            changed(history, ts.statusProperty(), old.status(), now.status());
        });
    }

    private static <T> void changed(UndoHistory history, javafx.beans.property.Property<T> p, T old, T now) {
        if (!java.util.Objects.equals(old, now)) {
            history.record(new PropertyEdit<>(p, old, now));
        }
    }
}
