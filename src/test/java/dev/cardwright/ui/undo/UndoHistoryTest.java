package dev.cardwright.ui.undo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cardwright.card.Card;
import dev.cardwright.card.FrontMatter;
import dev.cardwright.card.Section;

class UndoHistoryTest {
    private Card card;
    private Section a;
    private Section b;
    private UndoHistory history;

    @BeforeEach
    void setUp() {
        card = new Card();
        a = new Section("a", 2, "## A\n", "A", "alpha\n");
        b = new Section("b", 2, "## B\n", "B", "beta\n");
        card.getSections().addAll(a, b);
        FrontMatter fm = new FrontMatter();
        fm.setYaml("license: mit\n");
        card.setFrontMatter(fm);
        history = new UndoHistory();
        CardEditRecorder.attach(card, history);
    }

    private void type(Section s, String text) {
        for (char c : text.toCharArray()) {
            s.setText(s.getText() + c);
        }
    }

    @Test
    void consecutiveTypingInOneFieldIsOneStep() {
        type(a, "xyz");
        assertThat(a.getText()).isEqualTo("alpha\nxyz");
        history.undo();
        assertThat(a.getText()).isEqualTo("alpha\n");
        assertThat(history.canUndoProperty().get()).isFalse();
        history.redo();
        assertThat(a.getText()).isEqualTo("alpha\nxyz");
    }

    @Test
    void sealingStartsANewStepInTheSameField() {
        type(a, "x");
        history.seal();
        type(a, "y");
        history.undo();
        assertThat(a.getText()).isEqualTo("alpha\nx");
        history.undo();
        assertThat(a.getText()).isEqualTo("alpha\n");
    }

    @Test
    void editsOfDifferentFieldsAreSeparateSteps() {
        type(a, "1");
        type(b, "2");
        card.getFrontMatter().setYaml("license: apache-2.0\n");
        history.undo();
        assertThat(card.getFrontMatter().getYaml()).isEqualTo("license: mit\n");
        assertThat(b.getText()).isEqualTo("beta\n2");
        history.undo();
        assertThat(b.getText()).isEqualTo("beta\n");
        assertThat(a.getText()).isEqualTo("alpha\n1");
    }

    @Test
    void dirtyMeansNotAtTheSavedPoint() {
        assertThat(history.isDirty()).isFalse();
        type(a, "x");
        assertThat(history.isDirty()).isTrue();
        history.markSaved();
        assertThat(history.isDirty()).isFalse();
        type(a, "y");
        assertThat(history.isDirty()).isTrue();
        history.undo();
        assertThat(history.isDirty()).isFalse();
        assertThat(a.getText()).isEqualTo("alpha\nx");
        history.undo();
        assertThat(history.isDirty()).isTrue();
        history.redo();
        assertThat(history.isDirty()).isFalse();
    }

    @Test
    void savedPointLostWhenItsBranchIsOverwritten() {
        type(a, "x");
        history.markSaved();
        history.undo();
        type(b, "y");
        assertThat(history.isDirty()).isTrue();
        history.undo();
        assertThat(history.isDirty()).isTrue(); // the saved text "alpha\nx" is not this state
    }

    @Test
    void typingBackToTheStartLeavesNoStep() {
        type(a, "x");
        a.setText("alpha\n");
        assertThat(history.canUndoProperty().get()).isFalse();
        assertThat(history.isDirty()).isFalse();
    }

    @Test
    void structureChangesAreRecordedAndUndone() {
        Section c = new Section("c", 2, "## C\n", "C", "gamma\n");
        card.getSections().add(1, c);
        card.getSections().remove(a);
        assertThat(card.getSections()).containsExactly(c, b);
        history.undo();
        assertThat(card.getSections()).containsExactly(a, c, b);
        history.undo();
        assertThat(card.getSections()).containsExactly(a, b);
        history.redo();
        history.redo();
        assertThat(card.getSections()).containsExactly(c, b);
    }

    @Test
    void sectionsAddedLaterAreWatchedAndRemovedOnesForgotten() {
        Section c = new Section("c", 3, "### C\n", "C", "");
        b.getChildren().add(c);
        history.seal();
        type(c, "new");
        history.undo();
        assertThat(c.getText()).isEmpty();
        b.getChildren().remove(c);
        long before = history.revisionProperty().get();
        c.setText("detached");
        assertThat(history.revisionProperty().get()).isEqualTo(before);
    }

    @Test
    void undoneRemovalWatchesTheSectionOnce() {
        card.getSections().remove(a);
        history.undo();
        long before = history.revisionProperty().get();
        a.setText("changed\n");
        assertThat(history.revisionProperty().get()).isEqualTo(before + 1);
        history.undo();
        assertThat(a.getText()).isEqualTo("alpha\n");
        assertThat(card.getSections()).containsExactly(a, b);
    }

    @Test
    void oneStepGroupsSeveralChanges() {
        history.asOneStep(() -> {
            a.setTitle("Alpha");
            a.setHeading("## Alpha\n");
            card.getSections().remove(b);
        });
        history.undo();
        assertThat(a.getTitle()).isEqualTo("A");
        assertThat(a.getHeading()).isEqualTo("## A\n");
        assertThat(card.getSections()).containsExactly(a, b);
    }

    @Test
    void replacingTheFrontMatterIsRecorded() {
        FrontMatter old = card.getFrontMatter();
        FrontMatter fresh = new FrontMatter();
        fresh.setYaml("license: cc\n");
        card.setFrontMatter(fresh);
        fresh.setYaml("license: cc-by-4.0\n");
        history.undo();
        assertThat(fresh.getYaml()).isEqualTo("license: cc\n");
        history.undo();
        assertThat(card.getFrontMatter()).isSameAs(old);
    }
}
