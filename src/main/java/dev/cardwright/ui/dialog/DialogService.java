package dev.cardwright.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog the editor shows, behind one interface: ViewModels and actions ask through it and
 * never build an {@code Alert} themselves, so they can be tested with a scripted implementation.
 */
public interface DialogService {
    /** What to do with unsaved changes. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** Which kind of file a chooser is for. */
    enum FileKind { CARD_OR_README, CARD_SOURCE, README, TEMPLATE, REPOSITORY_FOLDER, XLIFF, XLIFF_FOLDER }

    UnsavedChoice askUnsaved(String documentName);

    Optional<Path> chooseOpen(FileKind kind);

    Optional<Path> chooseSave(FileKind kind, String suggestedName);

    /** Asks where to save, starting in {@code suggested}'s folder with its name. */
    default Optional<Path> chooseSave(FileKind kind, Path suggested) {
        return chooseSave(kind, suggested.getFileName().toString());
    }

    /** A yes/no question; true for yes. */
    boolean confirm(String title, String message);

    void showError(String title, String message);

    void showInfo(String title, String message);

    /** Asks for a line of text (a section title, say); empty when cancelled. */
    Optional<String> askText(String title, String prompt, String initial);

    /** Asks the user to pick one of {@code choices}; empty when cancelled. */
    <T> Optional<T> choose(String title, String prompt, List<T> choices, T initial);
}
