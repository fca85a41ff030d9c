package dev.cardwright.ui.main;

import java.util.Map;
import java.util.Optional;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardChange;
import dev.cardwright.card.FrontMatter;
import dev.cardwright.sync.GeneratedResultsTable;
import dev.cardwright.sync.MetadataSlice;
import dev.cardwright.sync.TextFollowsMetadata;
import dev.cardwright.ui.undo.UndoHistory;
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
    /** The metadata's YAML as last seen in good shape; a moment of YAML that does not parse keeps the one before. */
    private String last;

    private TextSync(Card card, UndoHistory history) {
        this.card = card;
        this.history = history;
        this.last = yaml();
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
        String yaml = yaml();
        if (yaml.equals(last)) {
            return;
        }
        // model-index is read only for a generated table: on a large card it is most of the parse
        java.util.Set<String> keys = new java.util.HashSet<>(MetadataSlice.LINKED);
        if (card.findSection(GeneratedResultsTable.SECTION_ID).map(s -> GeneratedResultsTable.isIn(s.getText())).orElse(false)) {
            keys.add("model-index");
        }
        Optional<Map<String, Object>> now = read(yaml, keys);
        if (now.isEmpty()) {
            return;
        }
        Optional<Map<String, Object>> before = read(last, keys);
        last = yaml;
        if (history.isApplying() || before.isEmpty() || before.get().equals(now.get())) {
            return;
        }
        history.joinLast(() -> {
            TextFollowsMetadata.follow(card, before.get(), now.get());
            GeneratedResultsTable.follow(card, before.get(), now.get());
        });
    }

    private String yaml() {
        FrontMatter fm = card.getFrontMatter();
        return fm == null ? "" : fm.getYaml();
    }

    private static Optional<Map<String, Object>> read(String yaml, java.util.Set<String> keys) {
        if (yaml.isBlank()) {
            return Optional.of(Map.of());
        }
        try {
            return Optional.of(MetadataSlice.read(yaml, keys));
        } catch (MetadataEditException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
