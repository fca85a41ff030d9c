package dev.cardwright.markdown;

/**
 * A 1-based line and column in decoded text. Lines end at LF, CRLF or a lone CR (the three
 * endings a README may use); columns count Unicode code points, as editors show them.
 */
public record TextPosition(int line, int column) {

    /** The position of character index {@code offset} in {@code text}. */
    public static TextPosition of(CharSequence text, int offset) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1 + Character.codePointCount(text, lineStart, end);
        return new TextPosition(line, column);
    }

    /** Number of line breaks in {@code text} (CRLF counts once). */
    public static int lineBreaks(CharSequence text) {
        return of(text, text.length()).line() - 1;
    }
}
