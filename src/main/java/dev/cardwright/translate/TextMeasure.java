package dev.cardwright.translate;

/**
 * How much text there is, counted the same way for every script.
 *
 * <ul>
 * <li>{@link #characters}: Unicode code points that are not whitespace. A Han character is one
 * (not two UTF-16 units when it lies outside the BMP), an emoji is one, spaces are none — so an
 * English and a Chinese text of the same content get comparable, honest counts.</li>
 * <li>{@link #words}: one per Latin (or other spaced-script) word, one per CJK character, since
 * that is what a CJK character is for translation rates; punctuation is not a word.</li>
 * </ul>
 */
public final class TextMeasure {
    private TextMeasure() {
    }

    public static int characters(String text) {
        if (text == null) {
            return 0;
        }
        return (int) text.codePoints().filter(cp -> !Character.isWhitespace(cp) && cp != 0xFEFF).count();
    }

    public static int words(String text) {
        if (text == null) {
            return 0;
        }
        int words = 0;
        for (String token : TextTokens.tokens(text)) {
            int cp = token.codePointAt(0);
            if (TextTokens.isCjk(cp)) {
                if (Character.isLetter(cp)) {
                    words++;
                }
            } else if (Character.isLetterOrDigit(cp)) {
                words++;
            }
        }
        return words;
    }
}
