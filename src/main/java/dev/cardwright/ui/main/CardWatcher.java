package dev.cardwright.ui.main;

import java.util.function.Consumer;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Tells the preview what changed in a card, at the grain it can patch: one section's text, the
 * metadata (with the evaluation results), the preamble, or the structure (then the page is shown again).
 */
public final class CardWatcher {
    private final Consumer<Section> sectionChanged;
    private final Runnable metadataChanged;
    private final Runnable preambleChanged;
    private final Runnable structureChanged;
    private final java.util.Map<Section, Runnable> detach = new java.util.IdentityHashMap<>();
    private final ListChangeListener<Section> listListener;

    public CardWatcher(Card card, Consumer<Section> sectionChanged, Runnable metadataChanged, Runnable preambleChanged,
            Runnable structureChanged) {
        this.sectionChanged = sectionChanged;
        this.metadataChanged = metadataChanged;
        this.preambleChanged = preambleChanged;
        this.structureChanged = structureChanged;
        listListener = c -> {
            resync(card);
            this.structureChanged.run();
        };
        card.preambleProperty().addListener((o, a, b) -> preambleChanged.run());
        ChangeListener<String> yaml = (o, a, b) -> metadataChanged.run();
        if (card.getFrontMatter() != null) {
            card.getFrontMatter().yamlProperty().addListener(yaml);
        }
        card.frontMatterProperty().addListener((o, a, b) -> {
            if (a != null) {
                a.yamlProperty().removeListener(yaml);
            }
            if (b != null) {
                b.yamlProperty().addListener(yaml);
            }
            metadataChanged.run();
        });
        // the preview's evaluation panel shows the .eval_results entries beside the model-index
        ChangeListener<String> evals = (o, a, b) -> metadataChanged.run();
        card.getEvalResultsFiles().forEach(f -> f.textProperty().addListener(evals));
        card.getEvalResultsFiles().addListener((ListChangeListener<dev.cardwright.card.EvalResultsFile>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(f -> f.textProperty().removeListener(evals));
                c.getAddedSubList().forEach(f -> f.textProperty().addListener(evals));
            }
            metadataChanged.run();
        });
        resync(card);
    }

    private void resync(Card card) {
        detach.values().forEach(Runnable::run);
        detach.clear();
        watch(card.getSections());
    }

    private void watch(ObservableList<Section> list) {
        list.addListener(listListener);
        for (Section s : list) {
            ChangeListener<Object> l = (o, a, b) -> sectionChanged.accept(s);
            s.textProperty().addListener(l);
            s.headingProperty().addListener(l);
            detach.put(s, () -> {
                list.removeListener(listListener);
                s.textProperty().removeListener(l);
                s.headingProperty().removeListener(l);
            });
            watch(s.getChildren());
        }
        if (list.isEmpty()) {
            detach.put(new Section(), () -> list.removeListener(listListener));
        }
    }
}
