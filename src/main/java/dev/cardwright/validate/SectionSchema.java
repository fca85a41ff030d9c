package dev.cardwright.validate;

import java.util.List;
import java.util.Optional;

/**
 * Which sections a card of a kind should have and how much each matters: what completeness and
 * the empty-section rules are measured against. The template package's schemas plug in here;
 * {@link HubTemplateSections} is the built-in default, from the headings of the Hub's templates.
 */
public interface SectionSchema {
    enum Requirement {
        REQUIRED(3), RECOMMENDED(2), OPTIONAL(1);

        private final int weight;

        Requirement(int weight) {
            this.weight = weight;
        }

        /** How much the section counts in the completeness score. */
        public int weight() {
            return weight;
        }
    }

    /** A section the schema knows: a stable id, its heading, and how much it matters. */
    record Entry(String id, String heading, Requirement requirement) {
    }

    /** The sections of a card type ({@code model} or {@code dataset}), in template order. */
    List<Entry> entries(String cardType);

    /** The schema entry a section of the card stands for, if any (by id, heading or alias). */
    Optional<Entry> match(String cardType, CardText.SectionText section);
}
