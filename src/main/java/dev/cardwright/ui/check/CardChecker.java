package dev.cardwright.ui.check;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.cardwright.card.Card;

/**
 * Validation and completeness for the status bar, the navigator and the metadata controls.
 * {@link #prepare} runs on the FX thread and takes an immutable snapshot of the card; the task it
 * returns runs in the background and never reads the live model.
 */
public interface CardChecker {
    /**
     * @param directory the README's folder, for relative links (null: not checked)
     */
    Callable<CheckReport> prepare(Card card, Path directory);
}
