package dev.cardwright.ui.undo;

/**
 * An edit and the changes that followed from it ({@link UndoHistory#joinLast}). It absorbs what
 * its first edit would absorb, so typing in the metadata still merges into one step while the text
 * that follows it is carried along.
 */
final class JoinedEdit implements Edit {
    private final Edit head;
    private final CompoundEdit follows = new CompoundEdit();

    JoinedEdit(Edit head) {
        this.head = head;
    }

    void follow(CompoundEdit step) {
        follows.addAll(step);
    }

    @Override
    public boolean absorb(Edit next) {
        return head.absorb(next);
    }

    @Override
    public void undo() {
        follows.undo();
        head.undo();
    }

    @Override
    public void redo() {
        head.redo();
        follows.redo();
    }
}
