package dev.cardwright.validate;

import java.util.List;
import java.util.Map;

/**
 * Which sections a card of a kind should have and how much each matters: what completeness and
 * the empty-section rules are measured against. {@link TemplateSectionSchema} (the template
 * package's schemas) is the default; the editor or a test may plug in another.
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

    /** A section the schema knows: a stable id, its heading, how much it matters, whether it is top-level. */
    record Entry(String id, String heading, Requirement requirement, boolean topLevel) {
    }

    /** The sections of a card type ({@code model} or {@code dataset}), depth first in template order. */
    List<Entry> entries(String cardType);

    /** The card's sections that stand for schema sections: schema id → section, each id given at most once. */
    Map<String, CardText.SectionText> match(String cardType, List<CardText.SectionText> sections);
}
