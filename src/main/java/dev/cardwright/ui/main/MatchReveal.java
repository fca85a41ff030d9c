package dev.cardwright.ui.main;

import java.util.List;
import java.util.function.Supplier;

import dev.cardwright.card.Card;
import dev.cardwright.ui.check.LineMap;
import dev.cardwright.ui.check.Problem;
import dev.cardwright.ui.common.NodeIds;
import dev.cardwright.ui.find.CardSearch;
import dev.cardwright.ui.find.FindBar;
import dev.cardwright.ui.navigator.NavEntry;
import dev.cardwright.ui.navigator.NavigatorView;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;

/**
 * Shows a match of Find: the section (or the text before the first heading) with the matched text
 * selected (the focus stays in the find bar, so Enter goes on to the next), the section of a
 * heading with its title marked, or the metadata field that holds it.
 */
public final class MatchReveal implements FindBar.Reveal {
    /** Style class of a section title whose heading holds the match shown. */
    public static final String FOUND_TITLE = "find-found";
    private final Supplier<Card> card;
    private final NavigatorView navigator;
    private final PaneCache panes;
    private final Supplier<Node> focusOwner;
    /** The section title marked for a match in its heading, unmarked when another match is shown. */
    private Node markedTitle;

    public MatchReveal(Supplier<Card> card, NavigatorView navigator, PaneCache panes, Supplier<Node> focusOwner) {
        this.card = card;
        this.navigator = navigator;
        this.panes = panes;
        this.focusOwner = focusOwner;
    }

    @Override
    public void show(CardSearch.Match m, String query, boolean matchCase, boolean focus) {
        unmarkTitle();
        switch (m.place()) {
            case METADATA -> {
                navigator.select(NavEntry.METADATA);
                if (focus) {
                    focusMetadata(m, query, matchCase);
                }
            }
            case PREAMBLE -> {
                navigator.select(NavEntry.PREAMBLE);
                panes.preamblePane().ifPresent(pp -> select(pp.markdown().area(), m, query, matchCase));
            }
            case HEADING -> {
                // the heading is the outline's entry and the pane's title: both are shown marked
                navigator.select(NavEntry.of(m.section()));
                panes.sectionPane(m.section()).ifPresent(sp -> {
                    markedTitle = sp.lookup("#" + NodeIds.of("title", m.section().getId()));
                    if (markedTitle != null) {
                        markedTitle.getStyleClass().add(FOUND_TITLE);
                    }
                });
            }
            case TEXT -> {
                navigator.select(NavEntry.of(m.section()));
                panes.sectionPane(m.section()).ifPresent(sp -> select(sp.markdown().area(), m, query, matchCase));
            }
        }
    }

    private static void select(org.fxmisc.richtext.CodeArea area, CardSearch.Match m, String query, boolean matchCase) {
        List<Integer> at = CardSearch.occurrences(area.getText(), query, matchCase);
        int start = at.size() > m.nth() ? at.get(m.nth()) : Math.min(m.start(), area.getLength());
        area.selectRange(start, Math.min(area.getLength(), start + query.length()));
        area.requestFollowCaret();
    }

    private void unmarkTitle() {
        if (markedTitle != null) {
            markedTitle.getStyleClass().remove(FOUND_TITLE);
            markedTitle = null;
        }
    }

    /**
     * The metadata pane already knows how to focus the control of a key (or a line of its YAML)
     * for a problem there; a match is found the same way, then its text is selected in the field.
     */
    private void focusMetadata(CardSearch.Match m, String query, boolean matchCase) {
        String yaml = card.get().getFrontMatter().getYaml();
        int yamlLine = (int) yaml.substring(0, m.start()).chars().filter(c -> c == '\n').count();
        int column = m.start() - yaml.lastIndexOf('\n', m.start() - 1);
        int line = new LineMap(card.get()).frontMatterFirstLine() + 1 + yamlLine;
        Problem place = new Problem("find", Problem.Severity.INFO, query, line, column, m.value().key());
        // later: a pane built just now is not laid out yet and would lose the focus
        panes.metadataPane().ifPresent(mp -> Platform.runLater(() -> {
            mp.focusProblem(place);
            if (focusOwner.get() instanceof TextInputControl field) {
                List<Integer> at = CardSearch.occurrences(field.getText(), query, matchCase);
                if (!at.isEmpty()) {
                    field.selectRange(at.get(0), at.get(0) + query.length());
                }
            }
        }));
    }
}
