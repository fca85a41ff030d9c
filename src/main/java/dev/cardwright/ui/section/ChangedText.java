package dev.cardwright.ui.section;

import org.fxmisc.richtext.CodeArea;

/**
 * Puts new text into a code area by replacing only the part that differs from what it shows (the
 * common prefix and suffix stay): the caret, the scroll position and the styling outside the
 * change survive, and a one-line edit of a 600 KB block does not re-lay out all of it.
 */
public final class ChangedText {
    private ChangedText() {
    }

    /** Shows {@code text} in {@code area}; returns whether anything changed. */
    public static boolean replace(CodeArea area, String text) {
        String old = area.getText();
        if (old.equals(text)) {
            return false;
        }
        int max = Math.min(old.length(), text.length());
        int prefix = 0;
        while (prefix < max && old.charAt(prefix) == text.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && old.charAt(old.length() - 1 - suffix) == text.charAt(text.length() - 1 - suffix)) {
            suffix++;
        }
        area.replaceText(prefix, old.length() - suffix, text.substring(prefix, text.length() - suffix));
        return true;
    }
}
