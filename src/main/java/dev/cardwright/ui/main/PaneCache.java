package dev.cardwright.ui.main;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.document.DocumentViewModel;
import dev.cardwright.ui.metadata.MetadataPane;
import dev.cardwright.ui.metadata.Vocabularies;
import dev.cardwright.ui.navigator.NavEntry;
import dev.cardwright.ui.preamble.PreamblePane;
import dev.cardwright.ui.preamble.PreambleViewModel;
import dev.cardwright.ui.section.MarkdownArea;
import dev.cardwright.ui.section.SectionGuide;
import dev.cardwright.ui.section.SectionPane;
import dev.cardwright.ui.section.SectionViewModel;
import dev.cardwright.ui.task.TaskExecutor;
import javafx.scene.Node;

/**
 * The editing panes of the open card, built the first time they are shown and kept while the
 * card is open (a pane keeps its caret and scroll position when the user comes back to it).
 */
public final class PaneCache {
    private final DocumentViewModel document;
    private final Supplier<Vocabularies> vocabularies;
    private final SectionGuide guide;
    private final TaskExecutor executor;
    private final Map<Section, SectionPane> sectionPanes = new IdentityHashMap<>();
    private MetadataPane metadataPane;
    private PreamblePane preamblePane;
    private Map<String, String> metadataProblems = Map.of();

    public PaneCache(DocumentViewModel document, Supplier<Vocabularies> vocabularies, SectionGuide guide, TaskExecutor executor) {
        this.document = document;
        this.vocabularies = vocabularies;
        this.guide = guide;
        this.executor = executor;
    }

    /** Forgets every pane: a new card is open. */
    public void clear() {
        metadataPane().ifPresent(MetadataPane::dispose);
        sectionPanes.clear();
        metadataPane = null;
        preamblePane = null;
    }

    /** Forgets the panes of sections no longer in the card. */
    public void forgetRemoved() {
        Card card = document.getCard();
        sectionPanes.keySet().removeIf(s -> card.allSections().noneMatch(x -> x == s));
    }

    /** The pane of an entry, built the first time it is shown. */
    public Node paneFor(NavEntry entry) {
        Card card = document.getCard();
        return switch (entry.kind()) {
            case METADATA -> {
                if (metadataPane == null) {
                    metadataPane = new MetadataPane(card, vocabularies.get(), executor);
                    metadataPane.model().setStepBoundary(() -> document.history().seal());
                    metadataPane.showProblems(metadataProblems);
                }
                yield metadataPane;
            }
            case PREAMBLE -> {
                if (preamblePane == null) {
                    preamblePane = new PreamblePane(new PreambleViewModel(card), executor);
                }
                yield preamblePane;
            }
            case SECTION -> sectionPanes.computeIfAbsent(entry.section(), s -> {
                SectionViewModel model = new SectionViewModel(s, guide.forCardType(card.getCardType()), Messages.locale());
                // only the card's last section ends the file: it ends with a line break, the others with a blank line
                model.setFollowed(() -> card.allSections().reduce((a, b) -> b).orElse(null) != s);
                SectionPane pane = new SectionPane(model, executor);
                pane.markdown().setStepBoundary(() -> document.history().seal());
                return pane;
            });
        };
    }

    /** The text area of a pane, when it is one that edits Markdown. */
    public static Optional<MarkdownArea> markdownOf(Node pane) {
        return pane instanceof SectionPane sp ? Optional.of(sp.markdown())
                : pane instanceof PreamblePane pp ? Optional.of(pp.markdown()) : Optional.empty();
    }

    public Optional<MetadataPane> metadataPane() {
        return Optional.ofNullable(metadataPane);
    }

    public Optional<PreamblePane> preamblePane() {
        return Optional.ofNullable(preamblePane);
    }

    public Optional<SectionPane> sectionPane(Section section) {
        return Optional.ofNullable(sectionPanes.get(section));
    }

    /** Marks the metadata form's controls with the problems of their keys, now and when it is built. */
    public void showMetadataProblems(Map<String, String> byKey) {
        metadataProblems = Map.copyOf(byKey);
        metadataPane().ifPresent(mp -> mp.showProblems(metadataProblems));
    }
}
