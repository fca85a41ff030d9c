package dev.cardwright.ui.preamble;

import dev.cardwright.card.Card;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The text before the first heading. The property and the card's preamble follow each other, so
 * the pane needs no card and an undo that changes the card shows in the pane.
 */
public final class PreambleViewModel {
    private final StringProperty text = new SimpleStringProperty(this, "text", "");

    public PreambleViewModel(Card card) {
        text.bindBidirectional(card.preambleProperty());
    }

    public StringProperty textProperty() {
        return text;
    }
}
