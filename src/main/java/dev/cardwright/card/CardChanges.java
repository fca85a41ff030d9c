package dev.cardwright.card;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.util.Subscription;

/**
 * The one stream of a card's changes: the prefix, the front matter (replaced or its YAML edited),
 * the preamble, the {@code .eval_results} files' texts, every section's text, heading, title, id
 * and level, and the section lists at every depth. It follows sections as they are added and removed, so subscribers never attach listeners
 * to the model themselves, and each one ends with one {@link Subscription#unsubscribe()} when
 * its document closes.
 */
public final class CardChanges {
    private final List<Consumer<CardChange>> subscribers = new ArrayList<>();
    private final Map<Object, Runnable> detachers = new IdentityHashMap<>();

    CardChanges(Card card) {
        // registered before the subscribers' listener: a replaced block is followed before they hear of it
        card.frontMatterProperty().addListener((obs, old, now) -> {
            if (old != null) {
                detach(old);
            }
            if (now != null) {
                watchFrontMatter(now);
            }
        });
        if (card.getFrontMatter() != null) {
            watchFrontMatter(card.getFrontMatter());
        }
        watch(CardChange.Part.PREFIX, null, card.prefixProperty());
        watch(CardChange.Part.FRONT_MATTER, null, card.frontMatterProperty());
        watch(CardChange.Part.PREAMBLE, null, card.preambleProperty());
        watchList(card.getSections());
        watchEvalResults(card.getEvalResultsFiles());
    }

    /** Calls {@code subscriber} with every change from now on, until the subscription is ended. */
    public Subscription subscribe(Consumer<CardChange> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    private void publish(CardChange change) {
        // a copy: a subscriber may end its subscription (or another's) while hearing of a change
        for (Consumer<CardChange> s : List.copyOf(subscribers)) {
            if (change instanceof CardChange.Sections sections) {
                sections.change().reset();
            }
            s.accept(change);
        }
    }

    private void watchFrontMatter(FrontMatter fm) {
        detachers.put(fm, watch(CardChange.Part.FRONT_MATTER, null, fm.yamlProperty()));
    }

    private <T> Runnable watch(CardChange.Part part, Section section, Property<T> property) {
        ChangeListener<T> listener = (obs, old, now) -> publish(new CardChange.Value(part, section, property, old, now));
        property.addListener(listener);
        return () -> property.removeListener(listener);
    }

    /** Each file's text, following files as they are added and removed (a file added is not itself a change). */
    private void watchEvalResults(ObservableList<EvalResultsFile> files) {
        files.forEach(f -> detachers.put(f, watch(CardChange.Part.EVAL_RESULTS, null, f.textProperty())));
        files.addListener((ListChangeListener<EvalResultsFile>) change -> {
            while (change.next()) {
                change.getRemoved().stream().filter(f -> !files.contains(f)).forEach(this::detach);
                change.getAddedSubList().forEach(f -> detachers.computeIfAbsent(f,
                        k -> watch(CardChange.Part.EVAL_RESULTS, null, f.textProperty())));
            }
        });
    }

    private void watchList(ObservableList<Section> list) {
        list.forEach(this::watchSection);
        ListChangeListener<Section> listener = change -> {
            while (change.next()) {
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
            }
            publish(new CardChange.Sections(list, change));
        };
        list.addListener(listener);
        detachers.put(list, () -> list.removeListener(listener));
    }

    private void watchSection(Section s) {
        List<Runnable> ds = new ArrayList<>();
        ds.add(watch(CardChange.Part.SECTION, s, s.textProperty()));
        ds.add(watch(CardChange.Part.SECTION, s, s.headingProperty()));
        ds.add(watch(CardChange.Part.SECTION, s, s.titleProperty()));
        ds.add(watch(CardChange.Part.SECTION, s, s.idProperty()));
        ds.add(watch(CardChange.Part.SECTION, s, s.levelProperty()));
        watchList(s.getChildren());
        ds.add(detachers.remove(s.getChildren()));
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
