package dev.cardwright.ui.metadata;

import java.util.ArrayList;
import java.util.function.IntSupplier;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Two observable lists shown as one (a table's items): every change of either is repeated at the
 * same place in the joined list, so rows that did not change keep their place and selection.
 */
final class JoinedList {
    private JoinedList() {
    }

    static <E> ObservableList<E> of(ObservableList<E> first, ObservableList<E> second) {
        ObservableList<E> all = FXCollections.observableArrayList(first);
        all.addAll(second);
        first.addListener(mirror(all, first, () -> 0));
        second.addListener(mirror(all, second, first::size));
        return all;
    }

    private static <E> ListChangeListener<E> mirror(ObservableList<E> all, ObservableList<E> part, IntSupplier offset) {
        return c -> {
            int at = offset.getAsInt();
            while (c.next()) {
                if (c.wasPermutated()) {
                    for (int i = c.getFrom(); i < c.getTo(); i++) {
                        all.set(at + i, part.get(i));
                    }
                } else if (c.wasUpdated()) {
                    continue;
                } else {
                    all.remove(at + c.getFrom(), at + c.getFrom() + c.getRemovedSize());
                    all.addAll(at + c.getFrom(), new ArrayList<>(c.getAddedSubList()));
                }
            }
        };
    }
}
