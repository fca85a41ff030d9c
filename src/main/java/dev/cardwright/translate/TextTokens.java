package dev.cardwright.translate;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into the tokens a translator thinks in. Latin (and any other alphabetic script
 * written with spaces) gives one token per word; Han, kana and Hangul give one token per
 * character, because Chinese and Japanese are written without spaces and a "word" found by
 * whitespace would be a whole sentence. Whitespace runs and each punctuation mark are tokens too,
 * so the tokens concatenate back to the text.
 */
public final class TextTokens {
    private TextTokens() {
    }

    /** Whether a code point belongs to a script written without spaces between words. */
    public static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO
                || (cp >= 0x3000 && cp <= 0x303F)   // CJK symbols and punctuation: 、。「」
                || (cp >= 0xFF00 && cp <= 0xFFEF);  // full-width forms: ，！（）
    }

    private static boolean isWordPart(int cp) {
        return (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || cp == '_') && !isCjk(cp);
    }

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int start = i;
            i += Character.charCount(cp);
            if (isWordPart(cp)) {
                while (i < n) {
                    int next = text.codePointAt(i);
                    // keep "don't", "3.5" and "fine-tuning" whole: an inner apostrophe, dot or
                    // hyphen between word characters belongs to the word
                    if (!isWordPart(next)) {
                        if ((next == '\'' || next == '.' || next == '-') && i + 1 < n
                                && isWordPart(text.codePointAt(i + 1))) {
                            i += 1;
                            continue;
                        }
                        break;
                    }
                    i += Character.charCount(next);
                }
            } else if (Character.isWhitespace(cp)) {
                while (i < n && Character.isWhitespace(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
            }
            out.add(text.substring(start, i));
        }
        return out;
    }
}
