package dev.cardwright.ui.recovery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import dev.cardwright.card.Card;
import dev.cardwright.hub.LineDiff;
import dev.cardwright.ui.document.CardStore;
import dev.cardwright.ui.document.DocumentViewModel;
import dev.cardwright.yaml.CardSourceFile;

/**
 * At start, offers each journal a crashed or killed Cardwright left behind: what it changes in the
 * file on disk, and whether to restore it or drop it. Journals of a Cardwright that is still
 * running are its live ones and are left alone. One document is open at a time, so the offers end
 * with the first one restored; the rest are offered at the next start.
 */
public final class RecoveryOffer {
    /** What the user chose for one journal. */
    public enum Choice { RESTORE, DISCARD, LATER }

    /** Asks about one journal; {@code diff} is a unified diff from the file on disk to the recovered text. */
    public interface Prompt {
        Choice ask(String documentName, Instant written, List<String> diff);
    }

    private final Path folder;
    private final CardStore store;
    private final DocumentViewModel document;
    private final Autosave autosave;
    private final Prompt prompt;

    public RecoveryOffer(Path folder, CardStore store, DocumentViewModel document, Autosave autosave, Prompt prompt) {
        this.folder = folder;
        this.store = store;
        this.document = document;
        this.autosave = autosave;
        this.prompt = prompt;
    }

    /** Offers the journals left behind; returns whether one was restored. */
    public boolean offer() {
        for (Journal journal : Journal.list(folder)) {
            if (journal.writerAlive() && !writerStartedAfter(journal)) {
                continue;
            }
            Card card;
            try {
                card = store.load(journal.cardPath());
            } catch (IOException | RuntimeException e) {
                // kept: it is the user's text even if this version cannot read it
                System.err.println("cardwright: cannot read the recovery journal " + journal.cardPath() + ": " + e.getMessage());
                continue;
            }
            Choice choice = prompt.ask(name(journal), journal.written(), differences(journal, card));
            if (choice == Choice.RESTORE) {
                if (document.restore(card, journal.file(), journal.importedFrom(), journal.untitledName())) {
                    autosave.adopt(journal);
                    return true;
                }
                return false;
            }
            if (choice == Choice.DISCARD) {
                try {
                    journal.delete();
                } catch (IOException e) {
                    System.err.println("cardwright: cannot remove " + journal.cardPath() + ": " + e.getMessage());
                }
            }
        }
        return false;
    }

    /** A process id is reused after a reboot: a "live" writer that started after the journal was written is another program. */
    private static boolean writerStartedAfter(Journal journal) {
        return ProcessHandle.of(journal.pid()).flatMap(h -> h.info().startInstant()).map(start -> start.isAfter(journal.written()))
                .orElse(false);
    }

    private static String name(Journal journal) {
        if (journal.file() != null) {
            return journal.file().toString();
        }
        if (journal.importedFrom() != null) {
            return journal.importedFrom().toString();
        }
        return journal.untitledName();
    }

    /**
     * What the recovered edits change: in the card source when the document has one (the file the
     * editor saves), else in the README it was imported from (what the user knows), else all of it.
     */
    List<String> differences(Journal journal, Card recovered) {
        try {
            if (journal.file() != null) {
                String disk = Files.isRegularFile(journal.file()) ? Files.readString(journal.file(), StandardCharsets.UTF_8) : "";
                return LineDiff.unified(disk, CardSourceFile.toYaml(recovered));
            }
            if (journal.importedFrom() != null && Files.isRegularFile(journal.importedFrom())) {
                return LineDiff.unified(store.readme(store.load(journal.importedFrom())), store.readme(recovered));
            }
        } catch (IOException | RuntimeException e) {
            // the file on disk is gone or unreadable: show the recovered card whole
        }
        return LineDiff.unified("", store.readme(recovered));
    }
}
