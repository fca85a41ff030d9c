package dev.cardwright.ui.undo;

/** One step of a document's history: something that can be taken back and done again. */
public interface Edit {
    void undo();

    void redo();

    /**
     * Tries to fold {@code next} (which happened right after this edit) into this one, so that a
     * burst of typing in one field becomes one undo step. Returns whether it did.
     */
    default boolean absorb(Edit next) {
        return false;
    }
}
