package dev.cardwright.ui;

import java.util.Comparator;
import java.util.List;

import dev.cardwright.ui.check.CardChecker;
import dev.cardwright.ui.check.HubChecker;
import dev.cardwright.ui.metadata.Choice;
import dev.cardwright.ui.metadata.Vocabularies;
import dev.cardwright.template.TemplateSchema;
import dev.cardwright.ui.section.SchemaGuide;
import dev.cardwright.ui.section.SectionGuide;
import dev.cardwright.validate.Vocabulary;

/** Connects the editor to the schema, vocabulary and validation layers. */
final class Integration {
    private Integration() {
    }

    static SectionGuide sectionGuide() {
        return new SchemaGuide(Preload::modelSchema);
    }

    /** The Hub's vocabularies for the pickers: licenses, languages (with Chinese names), pipeline tags, libraries. */
    private static volatile Vocabularies vocabularies;

    /** Loaded when the metadata pane is first shown, not at start-up. */
    static Vocabularies vocabularies() {
        Vocabularies loaded = vocabularies;
        if (loaded == null) {
            loaded = load();
            vocabularies = loaded;
        }
        return loaded;
    }

    private static Vocabularies load() {
        Vocabulary v = Vocabulary.hub();
        List<Choice> licenses = v.licenses().values().stream().map(t -> new Choice(t.id(), t.name(), null)).toList();
        List<Choice> pipelines = v.pipelineTags().values().stream().map(t -> new Choice(t.id(), t.name(), null)).toList();
        List<Choice> libraries = v.libraries().values().stream().map(t -> new Choice(t.id(), t.name(), null)).toList();
        // Two-letter codes first: they are the ones most cards use.
        List<Choice> languages = v.languages().stream()
                .sorted(Comparator.comparingInt((Vocabulary.Language l) -> l.code().length()).thenComparing(Vocabulary.Language::code))
                .map(l -> new Choice(l.code(), l.nameEn(), l.nameZh())).toList();
        return new Vocabularies(licenses, languages, pipelines, libraries);
    }

    static CardChecker checker() {
        return new HubChecker();
    }
}
