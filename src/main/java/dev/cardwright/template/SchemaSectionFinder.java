package dev.cardwright.template;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;

/**
 * The card section that stands for a model-schema section: the one with its id (the editor
 * matched it on load), else the first whose heading matches the schema's heading or an alias (a
 * README read by the command line keeps slug ids), else a new one appended with the schema's
 * heading. Ids are never changed here: translations are keyed on them.
 */
public final class SchemaSectionFinder {
    private SchemaSectionFinder() {
    }

    public static Section findOrAdd(Card card, String schemaId) {
        SectionSpec spec = TemplateSchema.model().section(schemaId)
                .orElseThrow(() -> new IllegalArgumentException("no section " + schemaId + " in the model schema"));
        return card.findSection(schemaId)
                .or(() -> card.allSections().filter(s -> spec.matchesHeading(s.getTitle())).findFirst())
                .orElseGet(() -> {
                    Section s = new Section(schemaId, spec.level(), "#".repeat(spec.level()) + " " + spec.heading() + "\n",
                            spec.heading(), "\n");
                    card.getSections().add(s);
                    return s;
                });
    }
}
