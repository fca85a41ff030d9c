package dev.cardwright.ui.recovery;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import dev.cardwright.card.Card;
import dev.cardwright.ui.document.DocumentViewModel;
import dev.cardwright.yaml.CardSourceFile;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableBooleanValue;
import javafx.util.Duration;

/**
 * Journals the open document's unsaved edits to the recovery folder every few seconds and when
 * the window loses focus, so a crash or {@code kill -9} costs at most those seconds. The card is
 * turned into text on the FX thread (the model lives there) and written on a thread of its own
 * (atomically, with fsync), so typing never waits for the disk. A save, an undo back to the saved
 * state, another document or a clean close removes the journal.
 */
public final class Autosave {
    /** Seconds between journal writes; {@code cardwright.autosave.seconds} changes it (tests use 1). */
    public static Duration interval() {
        double seconds = 5;
        try {
            seconds = Double.parseDouble(System.getProperty("cardwright.autosave.seconds", "5"));
        } catch (NumberFormatException e) {
            // keep the default: a bad property must not stop the editor
        }
        return Duration.seconds(Math.max(0.2, seconds));
    }

    private final DocumentViewModel document;
    private final java.nio.file.Path folder;
    private final Timeline timer;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cardwright-autosave");
        t.setDaemon(true);
        return t;
    });
    private String id = newId();
    private Journal current;
    private long journaledRevision = -1;
    private volatile boolean warned;

    public Autosave(DocumentViewModel document, java.nio.file.Path folder, Duration every) {
        this(document, folder, every, System::nanoTime);
    }

    /** With the clock that tells how long ago the last edit and the last journal were (tests set it). */
    Autosave(DocumentViewModel document, java.nio.file.Path folder, Duration every, java.util.function.LongSupplier clock) {
        this.clock = clock;
        this.lastEdit = clock.getAsLong() - QUIET_NANOS;
        this.lastJournal = clock.getAsLong();
        this.document = document;
        this.folder = folder;
        this.timer = new Timeline(new KeyFrame(every, e -> journalWhenQuiet()));
        timer.setCycleCount(Animation.INDEFINITE);
        quiet.setOnFinished(e -> {
            if (due) {
                journalNow();
            }
        });
    }

    /**
     * Writing the journal serializes the whole card on the FX thread: 20-300 ms for the largest
     * corpus card (611 KB), a stutter every few seconds while typing (issue 14). So a journal that
     * falls due while the user types waits until typing pauses for a second, or is written at
     * once when the last one is older than thirty seconds.
     */
    void journalWhenQuiet() {
        long now = clock.getAsLong();
        if (now - lastEdit >= QUIET_NANOS || now - lastJournal >= LONGEST_NANOS) {
            journalNow();
        } else {
            due = true;
        }
    }

    private static final long QUIET_NANOS = 1_000_000_000L;
    private static final long LONGEST_NANOS = 30 * QUIET_NANOS;
    private final PauseTransition quiet = new PauseTransition(Duration.millis(QUIET_NANOS / 1_000_000));
    private final java.util.function.LongSupplier clock;
    private boolean due;
    private long lastEdit;
    private long lastJournal;

    /** The revision of the history last journaled (-1: none). */
    long journaledRevision() {
        return journaledRevision;
    }

    /** Starts journaling; {@code windowFocused} turning false writes at once. */
    public void start(ObservableBooleanValue windowFocused) {
        windowFocused.addListener((obs, was, now) -> {
            if (!now) {
                journalNow();
            }
        });
        document.history().revisionProperty().addListener((obs, was, now) -> {
            lastEdit = clock.getAsLong();
            quiet.playFromStart();
        });
        document.history().dirtyProperty().addListener((obs, was, now) -> {
            if (!now) {
                discard();
            }
        });
        document.cardProperty().addListener((obs, old, now) -> {
            discard();
            id = newId();
        });
        timer.play();
    }

    /** Writes the journal if the document has changes not yet journaled. Runs on the FX thread. */
    public void journalNow() {
        due = false;
        Card card = document.getCard();
        if (card == null || !document.history().isDirty()) {
            return;
        }
        long revision = document.history().revisionProperty().get();
        if (revision == journaledRevision) {
            return;
        }
        String text;
        try {
            text = CardSourceFile.toYaml(card);
        } catch (RuntimeException e) {
            warn("cannot journal the card: " + e);
            return;
        }
        Journal journal = new Journal(folder, id, document.fileProperty().get(), document.importedFrom().orElse(null),
                document.untitledName(), ProcessHandle.current().pid(), Instant.now());
        current = journal;
        journaledRevision = revision;
        lastJournal = clock.getAsLong();
        writer.execute(() -> {
            try {
                journal.write(text);
            } catch (IOException | RuntimeException e) {
                warn("cannot write the recovery journal in " + folder + ": " + e.getMessage());
            }
        });
    }

    /**
     * Continues a recovered journal: its id becomes this document's, and it is written again at
     * once under this process, so it stays on disk until the recovered edits are saved or dropped.
     */
    public void adopt(Journal recovered) {
        id = recovered.id();
        current = null;
        journaledRevision = -1;
        journalNow();
    }

    /** Removes the document's journal (its edits were saved or dropped). */
    public void discard() {
        Journal journal = current;
        current = null;
        journaledRevision = -1;
        if (journal != null) {
            writer.execute(() -> {
                try {
                    journal.delete();
                } catch (IOException e) {
                    warn("cannot remove the recovery journal " + journal.cardPath() + ": " + e.getMessage());
                }
            });
        }
    }

    /** A clean close: no more journals, and this document's is removed before the method returns. */
    public void stop() {
        timer.stop();
        quiet.stop();
        discard();
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The journal written last for this document, if any. */
    public Optional<Journal> current() {
        return Optional.ofNullable(current);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    private void warn(String message) {
        // once per run: a full disk would otherwise print every few seconds
        if (!warned) {
            warned = true;
            System.err.println("cardwright: " + message);
        }
    }
}
