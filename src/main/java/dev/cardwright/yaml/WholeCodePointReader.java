package dev.cardwright.yaml;

import java.io.Reader;

/**
 * Reads a string without ever ending a chunk between the two halves of a surrogate pair.
 * snakeyaml-engine's {@code StreamReader}, handed a chunk that ends in a high surrogate, reads one
 * more character into a buffer that has no room for it and fails with an
 * {@code IndexOutOfBoundsException} (an emoji at UTF-16 index 1023 of a card was enough).
 */
public final class WholeCodePointReader extends Reader {
    private final String text;
    private int at;

    public WholeCodePointReader(String text) {
        this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (at >= text.length()) {
            return -1;
        }
        int end = Math.min(text.length(), at + length);
        if (end - at > 1 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // the pair goes whole into the next chunk
        }
        text.getChars(at, end, buffer, offset);
        int n = end - at;
        at = end;
        return n;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
