package dev.cardwright.validate;

/**
 * A piece of LF-normalized text and where it sits in the file the user has: the 1-based line of
 * its first character, and the indentation every line of it carries in that file (0 in a
 * README; the block indentation when the text is a YAML literal block of a card source file).
 */
public record TextBlock(String text, int line, int indent) {
    /** Line in the file of a 0-based line index inside this block. */
    public int fileLine(int lineIndex) {
        return line + lineIndex;
    }

    /** 1-based column in the file of a 0-based column inside this block. */
    public int fileColumn(int columnIndex) {
        return indent + columnIndex + 1;
    }
}
