package dev.cardwright.yaml;

import dev.cardwright.card.CardFormatException;

/**
 * A metadata edit that Cardwright refuses because it cannot be made safely as a minimal edit
 * (the YAML does not parse, the top level is not a block mapping, the edited key is duplicated,
 * anchors or aliases are involved, …). Line and column are 1-based and relative to the YAML text
 * that was edited; {@link #inFile} moves them into the coordinates of the file the text came from.
 */
public final class MetadataEditException extends CardFormatException {
    public MetadataEditException(int line, int column, String message) {
        super(null, line, column, message);
    }

    public MetadataEditException(int line, int column, String message, Throwable cause) {
        super(null, line, column, message, cause);
    }

    /**
     * The same problem located in {@code file}, whose YAML text starts after {@code linesBefore}
     * lines (the text before the front matter and the opening fence).
     */
    public CardFormatException inFile(String file, int linesBefore) {
        return new CardFormatException(file, line() + linesBefore, column(), getMessage(), this);
    }
}
