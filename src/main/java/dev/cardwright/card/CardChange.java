package dev.cardwright.card;

import javafx.beans.property.Property;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/** One change of a card, as {@link CardChanges} reports it. */
public sealed interface CardChange {
    /** Where in the card a value changed. */
    enum Part {
        /** What comes before the front matter. */
        PREFIX,
        /** The metadata: the front matter block was replaced, or its YAML text changed. */
        FRONT_MATTER,
        /** The text before the first heading. */
        PREAMBLE,
        /** A section's text, heading, title, id or level. */
        SECTION,
        /** The text of one of the card's {@code .eval_results/*.yaml} files. */
        EVAL_RESULTS
    }

    /**
     * A property changed from {@code oldValue} to {@code newValue}.
     *
     * @param section the section whose property it is (null unless {@code part} is {@link Part#SECTION})
     */
    record Value(Part part, Section section, Property<?> property, Object oldValue, Object newValue) implements CardChange {
    }

    /**
     * Sections were added, removed or moved in {@code list} (the card's sections or a section's
     * children). The change is reset before each subscriber sees it, so each can walk it from the start.
     */
    record Sections(ObservableList<Section> list, ListChangeListener.Change<? extends Section> change) implements CardChange {
    }
}
