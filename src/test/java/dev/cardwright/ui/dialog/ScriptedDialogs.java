package dev.cardwright.ui.dialog;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;


/** Dialog answers given in advance, for tests; records what was asked. */
public final class ScriptedDialogs implements DialogService {
    public UnsavedChoice unsaved = UnsavedChoice.CANCEL;
    public Path saveTarget;
    public Path openTarget;
    public boolean confirmAnswer = true;
    public final Deque<String> texts = new ArrayDeque<>();
    public int asked;
    public String lastError;
    public String lastInfo;
    public String lastInitial;
    /** Where the last save dialog started: its folder and file name. */
    public Path lastSuggested;
    public int saveAsked;

    @Override
    public UnsavedChoice askUnsaved(String documentName) {
        asked++;
        return unsaved;
    }

    @Override
    public boolean confirm(String title, String message) {
        return confirmAnswer;
    }

    @Override
    public Optional<Path> chooseOpen(FileKind kind) {
        return Optional.ofNullable(openTarget);
    }

    @Override
    public Optional<Path> chooseSave(FileKind kind, String suggestedName) {
        saveAsked++;
        return Optional.ofNullable(saveTarget);
    }

    @Override
    public Optional<Path> chooseSave(FileKind kind, Path suggested) {
        lastSuggested = suggested;
        return chooseSave(kind, suggested.getFileName().toString());
    }

    @Override
    public void showError(String title, String message) {
        lastError = message;
    }

    @Override
    public void showInfo(String title, String message) {
        lastInfo = message;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        lastInitial = initial;
        return Optional.ofNullable(texts.poll());
    }

    @Override
    public <T> Optional<T> choose(String title, String prompt, List<T> choices, T initial) {
        return Optional.ofNullable(initial);
    }
}
