package dev.cardwright.ui.section;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.ui.undo.CardEditRecorder;
import dev.cardwright.ui.undo.UndoHistory;

class SectionStructureTest {
    private Card card;
    private Section a;
    private Section b;
    private Section b1;
    private UndoHistory history;
    private SectionStructure structure;

    @BeforeEach
    void setUp() {
        card = new Card();
        a = new Section("a", 2, "## A\n", "A", "alpha\n");
        b = new Section("b", 2, "## B\n", "B", "beta\n");
        b1 = new Section("b1", 3, "### B1\n", "B1", "last line without break");
        b.getChildren().add(b1);
        card.getSections().addAll(a, b);
        history = new UndoHistory();
        CardEditRecorder.attach(card, history);
        structure = new SectionStructure(card, history);
    }

    @Test
    void addsASectionAfterTheSelectedOneAsOneStep() {
        Section c = structure.add(b, "Gamma rays");
        assertThat(card.getSections()).containsExactly(a, b, c);
        assertThat(c.getId()).isEqualTo("gamma-rays");
        assertThat(card.write()).isEqualTo("## A\nalpha\n## B\nbeta\n### B1\nlast line without break\n## Gamma rays\n\n");
        history.undo();
        assertThat(card.getSections()).containsExactly(a, b);
        assertThat(card.write()).endsWith("without break");
    }

    @Test
    void newIdsDoNotCollide() {
        Section c = structure.add(null, "A");
        assertThat(c.getId()).isEqualTo("a-2");
    }

    @Test
    void renameRewritesTheHeadingLine() {
        structure.rename(a, "  Alpha  ");
        assertThat(a.getHeading()).isEqualTo("## Alpha\n");
        assertThat(a.getTitle()).isEqualTo("Alpha");
        history.undo();
        assertThat(a.getHeading()).isEqualTo("## A\n");
    }

    @Test
    void movesKeepTheTextWellFormed() {
        structure.move(b, -1);
        assertThat(card.getSections()).containsExactly(b, a);
        assertThat(card.write()).isEqualTo("## B\nbeta\n### B1\nlast line without break\n## A\nalpha\n");
        assertThat(structure.canMove(b, -1)).isFalse();
        history.undo();
        assertThat(card.getSections()).containsExactly(a, b);
        assertThat(card.write()).isEqualTo("## A\nalpha\n## B\nbeta\n### B1\nlast line without break");
    }

    @Test
    void removesNestedSections() {
        structure.remove(b1);
        assertThat(b.getChildren()).isEmpty();
        history.undo();
        assertThat(b.getChildren()).containsExactly(b1);
    }
}
