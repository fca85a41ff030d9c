package dev.cardwright.sync;

import dev.cardwright.card.Section;

/**
 * Whether a section is written in Chinese: its heading has Han characters. The card's
 * {@code language:} says what the model handles, not what its card is written in (an English
 * card for a Chinese BERT lists {@code zh}), so the heading is the better witness.
 */
final class ChineseText {
    private ChineseText() {
    }

    static boolean in(Section section) {
        return hasHan(section.getTitle()) || hasHan(section.getHeading());
    }

    static boolean hasHan(String s) {
        return s != null && s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
