package dev.cardwright.ui.metadata;

import java.util.List;

/** The Hub's vocabularies offered by the metadata pane's pickers. */
public record Vocabularies(List<Choice> licenses, List<Choice> languages, List<Choice> pipelineTags, List<Choice> libraries) {
    public static final Vocabularies NONE = new Vocabularies(List.of(), List.of(), List.of(), List.of());
}
