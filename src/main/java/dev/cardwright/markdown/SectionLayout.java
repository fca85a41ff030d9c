package dev.cardwright.markdown;

/**
 * How the editor writes a section's text after the user edited it: as a careful person would,
 * with a blank line between the heading and the text and between the text and whatever heading
 * follows, and the file's final line break when nothing follows. Only an edge the user changed
 * is tidied: a section whose first lines were not touched keeps them byte for byte, and so does
 * one whose end was not touched, however it was written.
 */
public final class SectionLayout {
    private SectionLayout() {
    }

    /**
     * @param before   the section's text before the edit
     * @param edited   the text as the user left it
     * @param followed whether a heading comes after this text in the file
     */
    public static String tidy(String before, String edited, boolean followed) {
        if (edited.equals(before)) {
            return edited;
        }
        if (edited.isBlank()) {
            // an emptied section: its heading and the next one a blank line apart
            return followed ? "\n" : "";
        }
        String text = edited;
        if (before.isBlank() || !leading(edited).equals(leading(before))) {
            if (!startsWithBlankLine(text)) {
                text = "\n" + text;
            }
        }
        if (before.isBlank() || !trailing(edited).equals(trailing(before))) {
            text = text.stripTrailing() + (followed ? "\n\n" : "\n");
        }
        return text;
    }

    /** The whitespace-only lines the text starts with. */
    private static String leading(String text) {
        int end = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                end = i + 1;
            } else if (!Character.isWhitespace(c)) {
                break;
            }
        }
        return text.substring(0, end);
    }

    private static String trailing(String text) {
        return text.substring(text.stripTrailing().length());
    }

    private static boolean startsWithBlankLine(String text) {
        int nl = text.indexOf('\n');
        return nl >= 0 && text.substring(0, nl).isBlank();
    }
}
