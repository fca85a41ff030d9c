package dev.cardwright.ui;

import dev.cardwright.ui.check.CardChecker;
import dev.cardwright.ui.check.CheckReport;
import dev.cardwright.ui.section.SectionGuide;

/** Connects the editor to the schema and validation layers. */
final class Integration {
    private Integration() {
    }

    static SectionGuide sectionGuide() {
        // TODO(template): TemplateSchema + SectionFields once the template branch is merged.
        return SectionGuide.none();
    }

    static dev.cardwright.ui.metadata.Vocabularies vocabularies() {
        // TODO(validate): the shipped vocabularies once merged.
        return dev.cardwright.ui.metadata.Vocabularies.NONE;
    }

    static CardChecker checker() {
        // TODO(validate): the validate package once merged.
        return (text, type) -> CheckReport.EMPTY;
    }
}
