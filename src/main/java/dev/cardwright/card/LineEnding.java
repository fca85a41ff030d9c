package dev.cardwright.card;

/** A line terminator as it appears in a file. */
public enum LineEnding {
    LF("\n"), CRLF("\r\n"), CR("\r");

    private final String text;

    LineEnding(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** The name used in the card source file and on the command line: {@code lf}, {@code crlf}, {@code cr}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static LineEnding fromId(String id) {
        return valueOf(id.trim().toUpperCase(java.util.Locale.ROOT));
    }

    /** Replaces every {@code \n} of LF-normalized text by this ending. */
    public String denormalize(String lfText) {
        return this == LF ? lfText : lfText.replace("\n", text);
    }

    /** Turns CRLF and lone CR into LF. */
    public static String normalize(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
