package dev.cardwright.ui.undo;

import java.util.ArrayList;
import java.util.List;

/** Several edits that the user made as one action (rename a section, move it): undone together. */
final class CompoundEdit implements Edit {
    private final List<Edit> parts = new ArrayList<>();

    void add(Edit edit) {
        if (!parts.isEmpty() && parts.get(parts.size() - 1).absorb(edit)) {
            return;
        }
        parts.add(edit);
    }

    /** Adds the parts of {@code other}, each absorbed by the last where it can be. */
    void addAll(CompoundEdit other) {
        other.parts.forEach(this::add);
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    @Override
    public void undo() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo();
        }
    }

    @Override
    public void redo() {
        for (Edit part : parts) {
            part.redo();
        }
    }
}
