package dev.cardwright.ui.main;

import java.util.function.Consumer;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardChange;
import dev.cardwright.card.Section;
import javafx.util.Subscription;

/**
 * Tells the preview what changed in a card, at the grain it can patch: one section's text or
 * heading, the metadata (with the evaluation results), the preamble, or the structure (then the page is shown again).
 */
public final class CardWatcher {
    private CardWatcher() {
    }

    /** Watches {@code card} until the returned subscription ends. */
    public static Subscription watch(Card card, Consumer<Section> sectionChanged, Runnable metadataChanged, Runnable preambleChanged,
            Runnable structureChanged) {
        return card.changes().subscribe(change -> {
            if (change instanceof CardChange.Sections) {
                structureChanged.run();
            } else if (change instanceof CardChange.Value v) {
                switch (v.part()) {
                    // the preview's evaluation panel is patched with the metadata header
                    case FRONT_MATTER, EVAL_RESULTS -> metadataChanged.run();
                    case PREAMBLE -> preambleChanged.run();
                    case SECTION -> {
                        if (v.property() == v.section().textProperty() || v.property() == v.section().headingProperty()) {
                            sectionChanged.accept(v.section());
                        }
                    }
                    case PREFIX -> { }
                }
            }
        });
    }
}
