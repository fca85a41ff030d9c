package dev.cardwright.ui.undo;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.cardwright.card.Card;
import dev.cardwright.card.EvalResultsFile;
import dev.cardwright.card.FrontMatter;
import dev.cardwright.card.Section;
import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Watches a card and records every change into an {@link UndoHistory}: section texts, headings
 * and levels, the metadata block, the {@code .eval_results} files, the preamble, and the section
 * lists (add, remove, move). Because it listens to the model rather than to the controls, an edit
 * made anywhere — a form field, the code area, the metadata pane, a command — lands in the same
 * history.
 */
public final class CardEditRecorder {
    private final UndoHistory history;
    private final Map<Object, Runnable> detachers = new IdentityHashMap<>();

    private CardEditRecorder(UndoHistory history) {
        this.history = history;
    }

    /** Starts recording the changes of {@code card} into {@code history}. */
    public static CardEditRecorder attach(Card card, UndoHistory history) {
        CardEditRecorder recorder = new CardEditRecorder(history);
        recorder.watch(card.preambleProperty());
        recorder.watch(card.prefixProperty());
        recorder.watch(card.frontMatterProperty());
        if (card.getFrontMatter() != null) {
            recorder.watchFrontMatter(card.getFrontMatter());
        }
        card.frontMatterProperty().addListener((obs, old, now) -> {
            if (old != null) {
                recorder.detach(old);
            }
            if (now != null) {
                recorder.watchFrontMatter(now);
            }
        });
        recorder.watchList(card.getSections());
        recorder.watchEvalResults(card.getEvalResultsFiles());
        return recorder;
    }

    /** The {@code .eval_results} files' texts: an edited entry is undone with the document's other edits. */
    private void watchEvalResults(ObservableList<EvalResultsFile> files) {
        files.forEach(f -> detachers.put(f, watch(f.textProperty())));
        files.addListener((ListChangeListener<EvalResultsFile>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(f -> {
                    if (!files.contains(f)) {
                        detach(f);
                    }
                });
                change.getAddedSubList().forEach(f -> detachers.computeIfAbsent(f, k -> watch(f.textProperty())));
            }
        });
    }

    private void watchFrontMatter(FrontMatter fm) {
        Runnable d = watch(fm.yamlProperty());
        detachers.put(fm, d);
    }

    private <T> Runnable watch(Property<T> property) {
        ChangeListener<T> listener = (obs, old, now) -> history.record(new PropertyEdit<>(property, old, now));
        property.addListener(listener);
        return () -> property.removeListener(listener);
    }

    private Runnable watchList(ObservableList<Section> list) {
        list.forEach(this::watchSection);
        ListChangeListener<Section> listener = change -> {
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
                for (Section removed : change.getRemoved()) {
                    if (!list.contains(removed)) {
                        detachSection(removed);
                    }
                }
                for (Section added : change.getAddedSubList()) {
                    if (!detachers.containsKey(added)) {
                        watchSection(added);
                    }
                }
                parts.add(new ListEdit<Section>(list, change.getFrom(), new ArrayList<Section>(change.getRemoved()), new ArrayList<Section>(change.getAddedSubList())));
            }
            if (parts.size() == 1) {
                history.record(parts.get(0));
            } else if (!parts.isEmpty()) {
                history.asOneStep(() -> parts.forEach(history::record));
            }
        };
        list.addListener(listener);
        return () -> list.removeListener(listener);
    }

    private void watchSection(Section s) {
        List<Runnable> ds = new ArrayList<>();
        ds.add(watch(s.textProperty()));
        ds.add(watch(s.headingProperty()));
        ds.add(watch(s.titleProperty()));
        ds.add(watch(s.idProperty()));
        ds.add(watch(s.levelProperty()));
        ds.add(watchList(s.getChildren()));
        detachers.put(s, () -> ds.forEach(Runnable::run));
    }

    private void detachSection(Section s) {
        detach(s);
        s.getChildren().forEach(this::detachSection);
    }

    private void detach(Object key) {
        Runnable d = detachers.remove(key);
        if (d != null) {
            d.run();
        }
    }
}
