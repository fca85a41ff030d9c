package dev.cardwright.ui.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.cardwright.repo.RepositoryReader;
import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.Translation;
import dev.cardwright.translate.SourceLanguage;
import dev.cardwright.translate.TranslationImporter;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.dialog.DialogService.FileKind;
import dev.cardwright.ui.dialog.DialogService;
import dev.cardwright.ui.undo.CardEditRecorder;
import dev.cardwright.ui.undo.ListEdit;
import dev.cardwright.ui.undo.UndoHistory;
import dev.cardwright.yaml.CardSourceFile;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Subscription;

/**
 * The open document: its card, the file it came from, its one undo history, and the file
 * actions (open, save, save as, export, revert, close). Saving always writes a card source: a
 * README that was opened is saved beside itself as {@code NAME.card.yaml} after asking where.
 */
public final class DocumentViewModel {
    private final CardStore store;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<Card> card = new ReadOnlyObjectWrapper<>(this, "card");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final UndoHistory history = new UndoHistory();
    private final StringBinding title;
    private String untitledName = "untitled";
    /** The repository a card made with File ▸ New is for, until it is saved somewhere. */
    private String repoId;
    private Subscription recording = Subscription.EMPTY;
    private SaveGuard saveGuard = SaveGuard.NONE;

    public DocumentViewModel(CardStore store, DialogService dialogs) {
        this.store = store;
        this.dialogs = dialogs;
        title = Bindings.createStringBinding(() -> (history.isDirty() ? "• " : "") + displayName() + " — "
                + Messages.get("app.title"), file, history.dirtyProperty(), card); // card: an untitled name changes with it
    }

    public ReadOnlyObjectProperty<Card> cardProperty() { return card.getReadOnlyProperty(); }
    public Card getCard() { return card.get(); }
    /** The file the document was read from or last saved to; {@code null} for a new card. */
    public ObjectProperty<Path> fileProperty() { return file; }
    public UndoHistory history() { return history; }
    /** The window title: a dirty marker, the file name and the application's name. */
    public StringBinding titleProperty() { return title; }

    /** The name a document without a file is saved under by default. */
    public String untitledName() {
        return untitledName;
    }

    public String displayName() {
        Path f = file.get();
        if (f == null && repoId != null) {
            return Messages.get("document.newCard", repoId); // no file yet: the title names none
        }
        return f == null ? untitledName : f.getFileName().toString();
    }

    /** Replaces the document with {@code newCard} (a new card or one just read). */
    public void setCard(Card newCard, Path from, String nameWhenUntitled) {
        history.clear();
        recording.unsubscribe(); // the card being replaced is no longer this document's
        recording = CardEditRecorder.attach(newCard, history);
        untitledName = nameWhenUntitled == null ? "untitled" : nameWhenUntitled;
        repoId = null;
        file.set(from);
        card.set(newCard);
    }

    /**
     * Replaces the document with edits recovered after a crash (issue 12): the card the journal
     * held, for the file it belonged to, unsaved. Asks first about this document's own changes.
     */
    public boolean restore(Card recovered, Path from, Path imported, String nameWhenUntitled) {
        if (!confirmDiscard()) {
            return false;
        }
        setCard(recovered, from, nameWhenUntitled);
        importedFrom = imported;
        history.markUnsaved();
        return true;
    }

    /**
     * Opens {@code path}, asking first about unsaved changes; a folder (given on the command line,
     * dropped, or from the recent list) opens as a repository folder. Returns whether it opened.
     */
    public boolean open(Path path) {
        if (Files.isDirectory(path)) {
            return openFolder(path);
        }
        if (!Files.isRegularFile(path)) {
            dialogs.showError(Messages.get("error.open.title"), Messages.get("error.notAFile", path));
            return false;
        }
        if (!confirmDiscard()) {
            return false;
        }
        return read(path);
    }

    /**
     * Opens a repository folder (README.md, its translations, .eval_results/, linked files),
     * asking first about unsaved changes. Returns whether it opened.
     */
    public boolean openFolder(Path dir) {
        if (!confirmDiscard()) {
            return false;
        }
        try {
            RepositoryReader.Imported imported = RepositoryReader.readFolder(dir);
            Path abs = dir.toAbsolutePath().normalize();
            setCard(imported.card(), null, (abs.getFileName() == null ? "card" : abs.getFileName().toString()) + ".card.yaml");
            importedFrom = abs.resolve(RepositoryReader.README);
            if (!imported.report().isEmpty()) {
                dialogs.showInfo(Messages.get("folder.opened.title"), String.join("\n", imported.report()));
            }
            return true;
        } catch (CardFormatException e) {
            dialogs.showError(Messages.get("error.open.title"), e.located());
        } catch (IOException | RuntimeException e) {
            dialogs.showError(Messages.get("error.open.title"), dir + ": " + e.getMessage());
        }
        return false;
    }

    /** Replaces the document with a card read from the Hub (after asking about unsaved changes). */
    public boolean openFromHub(Card pulled, String repositoryId) {
        if (!confirmDiscard()) {
            return false;
        }
        setCard(pulled, null, repositoryId.substring(repositoryId.lastIndexOf('/') + 1) + ".card.yaml");
        importedFrom = null;
        return true;
    }

    /** Asks which card source or README to open; empty when the user cancels. */
    public Optional<Path> chooseFileToOpen() {
        return dialogs.chooseOpen(FileKind.CARD_OR_README);
    }

    /** Replaces the document with a new card for a repository, after asking about unsaved changes. */
    public boolean newCard(dev.cardwright.template.NewCardRequest request) {
        if (!confirmDiscard()) {
            return false;
        }
        try {
            Card made = store.newCard(request);
            repoId = request.repoId();
            setCard(made, null, request.fileName());
            repoId = request.repoId();
            title.invalidate();
            return true;
        } catch (IOException | RuntimeException e) {
            dialogs.showError(Messages.get("error.new.title"), e.getMessage());
            return false;
        }
    }

    /** Replaces the document with a new card of {@code type} ({@code model} or {@code dataset}), after asking about unsaved changes. */
    public boolean newCard(String type) {
        if (!confirmDiscard()) {
            return false;
        }
        try {
            setCard(store.newCard(type), null, type.equals("dataset") ? "dataset.card.yaml" : "model.card.yaml");
            return true;
        } catch (IOException | RuntimeException e) {
            dialogs.showError(Messages.get("error.new.title"), e.getMessage());
            return false;
        }
    }

    /** Replaces the document with a card made from a template the user picks. */
    public boolean newFromTemplate() {
        if (!confirmDiscard()) {
            return false;
        }
        Optional<Path> template = dialogs.chooseOpen(FileKind.TEMPLATE);
        if (template.isEmpty()) {
            return false;
        }
        try {
            setCard(store.fromTemplate(template.get()), null, "model.card.yaml");
            return true;
        } catch (IOException | RuntimeException e) {
            dialogs.showError(Messages.get("error.new.title"), template.get() + ": " + e.getMessage());
            return false;
        }
    }

    private boolean read(Path path) {
        try {
            Card loaded = store.load(path);
            setCard(loaded, CardSourceFile.isCardSource(path) ? path : null, untitledFor(path));
            if (!CardSourceFile.isCardSource(path)) {
                // A README is imported: the document is new until saved as a card source.
                importedFrom = path;
            } else {
                importedFrom = null;
            }
            return true;
        } catch (CardFormatException e) {
            dialogs.showError(Messages.get("error.open.title"), e.located());
        } catch (IOException | RuntimeException e) {
            dialogs.showError(Messages.get("error.open.title"), path + ": " + e.getMessage());
        }
        return false;
    }

    private Path importedFrom;

    /** The README this document was imported from, if it was not read from a card source. */
    public Optional<Path> importedFrom() {
        return Optional.ofNullable(importedFrom);
    }

    /** The folder relative links of the card resolve against: where its file is. */
    public Optional<Path> baseDirectory() {
        Path base = file.get() != null ? file.get() : importedFrom;
        return Optional.ofNullable(base == null ? null : base.toAbsolutePath().getParent());
    }

    private static String untitledFor(Path readme) {
        String name = readme.getFileName().toString();
        if (CardSourceFile.isCardSource(readme)) {
            return name;
        }
        Path dir = readme.toAbsolutePath().getParent();
        String base = dir != null && dir.getFileName() != null && name.equalsIgnoreCase("README.md")
                ? dir.getFileName().toString() : name.replaceFirst("(?i)\\.md$", "");
        return base + ".card.yaml";
    }

    /** Saves to the current file, or asks where. Returns whether it saved. */
    public boolean save() {
        Path target = file.get();
        if (target == null) {
            return saveAs();
        }
        return writeTo(target);
    }

    public boolean saveAs() {
        Optional<Path> chosen = dialogs.chooseSave(FileKind.CARD_SOURCE, untitledName);
        return chosen.isPresent() && writeTo(chosen.get());
    }

    /** Asked before every save of the card source (issue 12: changes made on disk by others). */
    public void setSaveGuard(SaveGuard guard) {
        saveGuard = guard == null ? SaveGuard.NONE : guard;
    }

    /** Writes the card source to {@code target} and makes it the document's file. */
    public boolean writeTo(Path target) {
        if (!saveGuard.mayWrite(target)) {
            return false;
        }
        try {
            store.save(card.get(), target);
        } catch (IOException | RuntimeException e) {
            dialogs.showError(Messages.get("error.save.title"), target + ": " + e.getMessage());
            return false;
        }
        file.set(target);
        importedFrom = null;
        history.markSaved();
        saveGuard.written(target);
        return true;
    }

    /** The file on disk the document shows: its card source, or the README it was imported from. */
    public Optional<Path> diskFile() {
        return Optional.ofNullable(file.get() != null ? file.get() : importedFrom);
    }

    /** Reads the document's file again without asking (the user chose Reload); whether it read. */
    public boolean reload() {
        Optional<Path> from = diskFile();
        return from.isPresent() && read(from.get());
    }

    /** Asks where and writes README.md. */
    public boolean exportReadme() {
        Optional<Path> chosen = dialogs.chooseSave(FileKind.README, "README.md");
        if (chosen.isEmpty()) {
            return false;
        }
        try {
            store.exportReadme(card.get(), chosen.get());
            return true;
        } catch (IOException | RuntimeException e) {
            dialogs.showError(Messages.get("error.export.title"), chosen.get() + ": " + e.getMessage());
            return false;
        }
    }

    /**
     * Pairs a translated README ({@code README_zh.md} …) with the open card, section by section, and
     * adds it as a translation (replacing one of the same language) in one undoable step. Sections
     * that could not be paired are listed to the user, never dropped; every imported section starts
     * as needs review.
     */
    public boolean importTranslation() {
        if (card.get() == null) {
            return false;
        }
        Optional<Path> chosen = dialogs.chooseOpen(FileKind.README);
        if (chosen.isEmpty()) {
            return false;
        }
        Card source = card.get();
        String sourceLanguage = SourceLanguage.of(source);
        String guess = guessLanguage(chosen.get());
        if (SourceLanguage.same(sourceLanguage, guess)) {
            // a card written in Chinese is translated into English more often than into anything else
            guess = SourceLanguage.same(sourceLanguage, SourceLanguage.FALLBACK) ? guess : SourceLanguage.FALLBACK;
        }
        Optional<String> language = dialogs.askText(Messages.get("translationImport.title"),
                Messages.get("translationImport.language"), guess);
        if (language.isEmpty() || language.get().isBlank()) {
            return false;
        }
        if (SourceLanguage.same(sourceLanguage, language.get())) {
            dialogs.showError(Messages.get("translationImport.title"), chosen.get() + ": "
                    + Messages.get("translationImport.sameLanguage", language.get().strip(), sourceLanguage));
            return false;
        }
        try {
            Card translated = store.load(chosen.get());
            List<Translation> before = new ArrayList<>(source.getTranslations());
            TranslationImporter.Result result = new TranslationImporter()
                    .importInto(source, sourceLanguage, translated, language.get().strip());
            // a README opened from a git repository: history tells which sections changed after the translation
            List<String> report = new ArrayList<>(result.report());
            importedFrom().ifPresent(readme -> report.addAll(
                    dev.cardwright.translate.SourceHistory.mark(source, result.translation(), readme, chosen.get())));
            history.record(new ListEdit<>(source.getTranslations(), 0, before, new ArrayList<>(source.getTranslations())));
            history.seal();
            dialogs.showInfo(Messages.get("translationImport.title"),
                    Messages.get("translationImport.done", result.paired(), String.join("\n", report)));
            return true;
        } catch (IOException | RuntimeException e) {
            dialogs.showError(Messages.get("translationImport.title"), chosen.get() + ": " + e.getMessage());
            return false;
        }
    }

    /** {@code README_zh-CN.md} → {@code zh-CN}, {@code README_CN.md} → {@code zh-CN}; else {@code zh}. */
    static String guessLanguage(Path file) {
        String name = file.getFileName().toString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)^readme[_.-]([a-z]{2,3}(?:[-_][a-z0-9]{2,4})?)\\.md$").matcher(name);
        if (!m.matches()) {
            return "zh";
        }
        String tag = m.group(1).replace('_', '-');
        return tag.equalsIgnoreCase("cn") ? "zh-CN" : tag;
    }

    /** Reads the file again, dropping every change (after asking). */
    public boolean revert() {
        Path from = file.get() != null ? file.get() : importedFrom;
        if (from == null || !history.isDirty()) {
            return false;
        }
        if (!dialogs.confirm(Messages.get("revert.title"), Messages.get("revert.message", displayName()))) {
            return false;
        }
        return read(from);
    }

    /**
     * Asks what to do with unsaved changes before they would be lost. Returns whether the caller
     * may go on (changes saved or discarded, or there were none).
     */
    public boolean confirmDiscard() {
        if (card.get() == null || !history.isDirty()) {
            return true;
        }
        return switch (dialogs.askUnsaved(displayName())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    public String readmeText() {
        return store.readme(card.get());
    }

    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }
}
