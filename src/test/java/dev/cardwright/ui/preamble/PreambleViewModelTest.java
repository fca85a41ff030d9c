package dev.cardwright.ui.preamble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.cardwright.card.Card;
import dev.cardwright.ui.undo.CardEditRecorder;
import dev.cardwright.ui.undo.UndoHistory;

/** Without the toolkit: the preamble's text and the card follow each other, undo included. */
class PreambleViewModelTest {
    @Test
    void typingChangesTheCardAndUndoShowsInTheText() {
        Card card = new Card();
        card.setPreamble("Badges\n");
        UndoHistory history = new UndoHistory();
        CardEditRecorder.attach(card, history);
        PreambleViewModel model = new PreambleViewModel(card);
        assertThat(model.textProperty().get()).isEqualTo("Badges\n");
        model.textProperty().set("Badges and a line\n");
        assertThat(card.getPreamble()).isEqualTo("Badges and a line\n");
        history.undo();
        assertThat(card.getPreamble()).isEqualTo("Badges\n");
        assertThat(model.textProperty().get()).isEqualTo("Badges\n");
    }
}
