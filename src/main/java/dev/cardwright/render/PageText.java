package dev.cardwright.render;

/**
 * The few words the card page itself shows (labels of the metadata tags, the notice for metadata
 * that does not parse). The editor passes its translated strings; exports use {@link #ENGLISH}.
 * {@code invalidMetadata} is a {@link java.text.MessageFormat}-free template: {@code {0}} is
 * replaced by the parser's message.
 */
public record PageText(String invalidMetadata, String license, String languages, String datasets,
                       String baseModel, String metrics, String untitled) {
    public static final PageText ENGLISH = new PageText("The metadata is not valid YAML: {0}", "License",
            "Languages", "Datasets", "Base model", "Metrics", "Model card");
}
