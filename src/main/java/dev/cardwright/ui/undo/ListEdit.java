package dev.cardwright.ui.undo;

import java.util.List;

import javafx.collections.ObservableList;

/**
 * A run of a list replaced: at {@code from}, {@code removed} was taken out and {@code added} put
 * in (how an {@link javafx.collections.ListChangeListener.Change} describes each of its parts).
 * Moves arrive as a removal followed by an addition and are grouped by the recorder.
 */
public record ListEdit<E>(ObservableList<E> list, int from, List<E> removed, List<E> added) implements Edit {
    public ListEdit {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }

    @Override
    public void undo() {
        list.remove(from, from + added.size());
        list.addAll(from, removed);
    }

    @Override
    public void redo() {
        list.remove(from, from + removed.size());
        list.addAll(from, added);
    }
}
