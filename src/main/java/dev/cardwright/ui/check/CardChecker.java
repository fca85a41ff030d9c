package dev.cardwright.ui.check;

import dev.cardwright.card.Card;

/**
 * Validation and completeness for the status bar and navigator. {@link #check} gets the README
 * text (taken on the FX thread, so the background thread never reads the live model) and runs in
 * the background.
 */
public interface CardChecker {
    CheckReport check(String readmeText, String cardType);

    /** Called on the FX thread: a snapshot of what {@link #check} needs. */
    default String snapshot(Card card) {
        return card.write();
    }
}
