package dev.cardwright.ui.main;

import java.util.Map;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardChange;
import dev.cardwright.card.FrontMatter;
import dev.cardwright.sync.GeneratedResultsTable;
import dev.cardwright.sync.TextFollowsMetadata;
import dev.cardwright.ui.undo.UndoHistory;
import dev.cardwright.yaml.Metadata;
import dev.cardwright.yaml.MetadataEditException;
import javafx.util.Subscription;

/**
 * Brings the text that repeats the metadata (the Model Description's lines, the Environmental
 * Impact lines, a generated results table) along when the metadata changes, as part of the same
 * undo step. Undo and redo restore both from the history, so they are not followed again.
 */
public final class TextSync {
    private final Card card;
    private final UndoHistory history;
    /** The metadata as last read whole; a moment of YAML that does not parse keeps the one before. */
    private Map<String, Object> last;

    private TextSync(Card card, UndoHistory history) {
        this.card = card;
        this.history = history;
        this.last = read().orElse(Map.of());
    }

    /** Follows {@code card}'s metadata until the subscription ends. */
    public static Subscription attach(Card card, UndoHistory history) {
        TextSync sync = new TextSync(card, history);
        return card.changes().subscribe(sync::changed);
    }

    private void changed(CardChange change) {
        if (!(change instanceof CardChange.Value v) || v.part() != CardChange.Part.FRONT_MATTER) {
            return;
        }
        java.util.Optional<Map<String, Object>> now = read();
        if (now.isEmpty() || now.get().equals(last)) {
            return;
        }
        Map<String, Object> before = last;
        last = now.get();
        if (history.isApplying()) {
            return;
        }
        history.joinLast(() -> {
            TextFollowsMetadata.follow(card, before, now.get());
            GeneratedResultsTable.follow(card, before, now.get());
        });
    }

    private java.util.Optional<Map<String, Object>> read() {
        FrontMatter fm = card.getFrontMatter();
        if (fm == null) {
            return java.util.Optional.of(Map.of());
        }
        try {
            return java.util.Optional.of(Metadata.parse(fm.getYaml()));
        } catch (MetadataEditException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
