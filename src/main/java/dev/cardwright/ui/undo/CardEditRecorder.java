package dev.cardwright.ui.undo;

import java.util.ArrayList;
import java.util.List;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardChange;
import dev.cardwright.card.Section;
import javafx.beans.property.Property;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.util.Subscription;

/**
 * Records every change of a card into an {@link UndoHistory}: section texts, headings and levels,
 * the metadata block, the {@code .eval_results} files, the preamble, and the section lists (add, remove, move). Because it hears the
 * card's change feed rather than the controls, an edit made anywhere — a form field, the code
 * area, the metadata pane, a command — lands in the same history.
 */
public final class CardEditRecorder {
    private final UndoHistory history;

    private CardEditRecorder(UndoHistory history) {
        this.history = history;
    }

    /** Starts recording the changes of {@code card} into {@code history}, until the subscription ends. */
    public static Subscription attach(Card card, UndoHistory history) {
        CardEditRecorder recorder = new CardEditRecorder(history);
        Subscription feed = card.changes().subscribe(recorder::record);
        return feed.and(recorder.watchRoles(card.getRoles()));
    }

    /** Role assignments (docs/roles.md) are part of the card source, so they are undone and make the card unsaved like any edit. */
    private Subscription watchRoles(javafx.collections.ObservableMap<String, dev.cardwright.card.RoleAssignment> roles) {
        javafx.collections.MapChangeListener<String, dev.cardwright.card.RoleAssignment> listener = c -> {
            String key = c.getKey();
            dev.cardwright.card.RoleAssignment before = c.wasRemoved() ? c.getValueRemoved() : null;
            dev.cardwright.card.RoleAssignment after = c.wasAdded() ? c.getValueAdded() : null;
            history.record(new Edit() {
                @Override
                public void undo() {
                    set(before);
                }

                @Override
                public void redo() {
                    set(after);
                }

                private void set(dev.cardwright.card.RoleAssignment value) {
                    if (value == null) {
                        roles.remove(key);
                    } else {
                        roles.put(key, value);
                    }
                }
            });
        };
        roles.addListener(listener);
        return () -> roles.removeListener(listener);
    }

    private void record(CardChange change) {
        if (change instanceof CardChange.Value v) {
            recordValue(v.property(), v.oldValue(), v.newValue());
        } else if (change instanceof CardChange.Sections s) {
            recordList(s.list(), s.change());
        }
    }

    @SuppressWarnings("unchecked")
    private <T> void recordValue(Property<T> property, Object old, Object now) {
        history.record(new PropertyEdit<>(property, (T) old, (T) now));
    }

    private void recordList(ObservableList<Section> list, ListChangeListener.Change<? extends Section> change) {
        List<Edit> parts = new ArrayList<>();
        while (change.next()) {
            if (change.wasPermutated()) {
                // sort(): record as a full replacement of the permuted range
                List<Section> after = new ArrayList<>(list.subList(change.getFrom(), change.getTo()));
                List<Section> before = new ArrayList<>(after);
                for (int i = change.getFrom(); i < change.getTo(); i++) {
                    before.set(i - change.getFrom(), list.get(change.getPermutation(i)));
                }
                parts.add(new ListEdit<>(list, change.getFrom(), before, after));
                continue;
            }
            parts.add(new ListEdit<Section>(list, change.getFrom(), new ArrayList<Section>(change.getRemoved()),
                    new ArrayList<Section>(change.getAddedSubList())));
        }
        if (parts.size() == 1) {
            history.record(parts.get(0));
        } else if (!parts.isEmpty()) {
            history.asOneStep(() -> parts.forEach(history::record));
        }
    }
}
