package dev.cardwright.ui.external;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.cardwright.card.Card;
import dev.cardwright.hub.LineDiff;
import dev.cardwright.ui.document.CardStore;
import dev.cardwright.ui.document.DocumentViewModel;
import dev.cardwright.ui.document.SaveGuard;
import dev.cardwright.yaml.CardSourceFile;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Notices when the open document's file changes on disk behind the editor's back (a watch on its
 * folder, a look when the window gets focus, and a check before every save), and carries out what
 * the user picks: reload, keep mine, or compare. A save over a changed file asks first.
 */
public final class ExternalChanges implements SaveGuard {
    /** What happened to the file since the editor read or wrote it. */
    public enum State { NONE, CHANGED, DELETED }

    /** Asked when a save would overwrite a change made on disk: true to write ours anyway. */
    public interface Conflict {
        boolean overwrite(Path file);
    }

    private final DocumentViewModel document;
    private final CardStore store;
    private final Conflict conflict;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.NONE);
    private Path watched;
    private FileStamp known;
    private FolderWatch watch;

    public ExternalChanges(DocumentViewModel document, CardStore store, Conflict conflict) {
        this.document = document;
        this.store = store;
        this.conflict = conflict;
    }

    /** Starts following the document: every card it shows resets what is known of its file. */
    public void start(ObservableBooleanValue windowFocused) {
        document.setSaveGuard(this);
        // later: the document sets the README it imported from after the card itself
        document.cardProperty().addListener((obs, old, now) -> Platform.runLater(this::follow));
        windowFocused.addListener((obs, was, now) -> {
            if (now) {
                check();
            }
        });
        follow();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public Optional<Path> watchedFile() {
        return Optional.ofNullable(watched);
    }

    /** Reads the file again (the document's edits since are dropped: that is what Reload means). */
    public void reload() {
        if (state.get() != State.DELETED) {
            document.reload(); // a new card: follow() takes the new stamp
        }
    }

    /**
     * Keeps the editor's version: the change on disk becomes the known state (so the bar goes and
     * Save does not ask again), and the document counts as unsaved, since the file no longer holds it.
     */
    public void keepMine() {
        known = watched == null ? null : FileStamp.of(watched).orElse(null);
        state.set(State.NONE);
        document.history().markUnsaved();
    }

    /** A unified diff from the file on disk to the editor's version, in the file's own form. */
    public List<String> comparison() {
        if (watched == null) {
            return List.of();
        }
        Card card = document.getCard();
        try {
            String disk = Files.isRegularFile(watched) ? Files.readString(watched, StandardCharsets.UTF_8) : "";
            String mine = CardSourceFile.isCardSource(watched) ? CardSourceFile.toYaml(card) : store.readme(card);
            return LineDiff.unified(disk, mine);
        } catch (IOException | RuntimeException e) {
            return List.of("? " + watched + ": " + e.getMessage());
        }
    }

    /** Looks at the file now; runs on the FX thread. */
    public void check() {
        if (watched == null) {
            return;
        }
        Optional<FileStamp> now = FileStamp.of(watched);
        if (now.isEmpty()) {
            state.set(known == null ? State.NONE : State.DELETED);
        } else if (known == null || !known.sameContent(now.get())) {
            state.set(State.CHANGED);
        } else {
            known = now.get(); // only touched: remember the new time, nothing to say
            state.set(State.NONE);
        }
    }

    @Override
    public boolean mayWrite(Path target) {
        if (watched == null || !sameFile(target, watched)) {
            // Save As onto another file: the chooser already asked about replacing it
            return true;
        }
        check();
        return state.get() == State.NONE || conflict.overwrite(target);
    }

    @Override
    public void written(Path target) {
        follow();
    }

    /** Takes the document's file and its stamp as they are now, and watches it. */
    private void follow() {
        Path file = document.diskFile().map(p -> p.toAbsolutePath().normalize()).orElse(null);
        if (!Objects.equals(file, watched)) {
            if (watch != null) {
                watch.close();
                watch = null;
            }
            watched = file;
            if (file != null) {
                try {
                    watch = new FolderWatch(file, () -> Platform.runLater(this::check));
                } catch (IOException | RuntimeException e) {
                    // no watch (a folder without inotify): focus and save still check
                }
            }
        }
        known = file == null ? null : FileStamp.of(file).orElse(null);
        state.set(State.NONE);
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** Stops watching (the window closes). */
    public void stop() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }
}
