package dev.cardwright.ui.undo;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * The one undo history of a document. Edits are recorded as they happen (see
 * {@link CardEditRecorder}); consecutive edits of the same property merge into one step until the
 * history is {@link #seal() sealed} (the editor seals when focus moves to another field, after a
 * discrete action, and at save). "Dirty" means "not at the position marked saved", so undoing back
 * to the saved point makes the document clean again.
 */
public final class UndoHistory {
    private final List<Edit> edits = new ArrayList<>();
    private int position;
    private int savedPosition;
    private boolean sealed = true;
    private boolean applying;
    private CompoundEdit compound;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision", 0);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);

    /** Counts every change (recorded, undone or redone): listen to it to learn that the document changed. */
    public ReadOnlyLongProperty revisionProperty() { return revision.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    public boolean isDirty() { return dirty.get(); }

    /** Whether an undo or redo is being applied (its changes must not be recorded again). */
    public boolean isApplying() {
        return applying;
    }

    /** Adds an edit that just happened. */
    public void record(Edit edit) {
        if (applying) {
            return;
        }
        revision.set(revision.get() + 1);
        if (compound != null) {
            compound.add(edit);
            return;
        }
        push(edit);
    }

    private void push(Edit edit) {
        if (position < edits.size()) {
            edits.subList(position, edits.size()).clear();
            if (savedPosition > position) {
                savedPosition = -1; // the saved state can no longer be reached
            }
        }
        if (!sealed && position > 0 && position != savedPosition && edits.get(position - 1).absorb(edit)) {
            Edit top = edits.get(position - 1);
            if (top instanceof PropertyEdit<?> p && p.isNoOp()) {
                // typing that came back to where it started leaves no step behind
                edits.remove(--position);
                sealed = true;
            }
        } else {
            edits.add(edit);
            position++;
            sealed = false;
        }
        update();
    }

    /** Runs {@code action} and records everything it changes as one step. */
    public void asOneStep(Runnable action) {
        if (compound != null || applying) {
            action.run();
            return;
        }
        CompoundEdit step = new CompoundEdit();
        compound = step;
        try {
            action.run();
        } finally {
            compound = null;
        }
        if (!step.isEmpty()) {
            seal();
            push(step);
            seal();
        }
    }

    /** Ends the current step: the next edit starts a new one even if it touches the same field. */
    public void seal() {
        sealed = true;
    }

    public void undo() {
        if (position == 0) {
            return;
        }
        Edit edit = edits.get(--position);
        apply(edit::undo);
    }

    public void redo() {
        if (position == edits.size()) {
            return;
        }
        Edit edit = edits.get(position++);
        apply(edit::redo);
    }

    private void apply(Runnable change) {
        applying = true;
        try {
            change.run();
        } finally {
            applying = false;
            sealed = true;
            revision.set(revision.get() + 1);
            update();
        }
    }

    /** Marks the current position as the saved state. */
    public void markSaved() {
        savedPosition = position;
        sealed = true;
        update();
    }

    /** Makes the current state count as unsaved (edits recovered after a crash are not in any file). */
    public void markUnsaved() {
        savedPosition = -1;
        update();
    }

    /** Forgets every step (after loading another file); the current state counts as saved. */
    public void clear() {
        edits.clear();
        position = 0;
        savedPosition = 0;
        sealed = true;
        update();
    }

    private void update() {
        dirty.set(position != savedPosition);
        canUndo.set(position > 0);
        canRedo.set(position < edits.size());
    }
}
