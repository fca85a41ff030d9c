package dev.cardwright.ui.section;

import java.util.regex.Pattern;

import dev.cardwright.card.Section;

/** The navigator's marker for a section. */
public enum SectionState {
    EMPTY, FILLED, PROBLEMS;

    // Text that does not count as content: HTML comments (template prompts) and the Hub
    // template's placeholder.
    private static final Pattern NOT_CONTENT = Pattern.compile("(?s)<!--.*?-->|\\[More Information Needed\\]");

    /** Empty when the section's own text has nothing but comments, placeholders and white space. */
    public static SectionState of(Section section, boolean hasProblems) {
        if (hasProblems) {
            return PROBLEMS;
        }
        if (!isBlank(section.getText())) {
            return FILLED;
        }
        // A heading that only groups subsections counts as filled when something below it is.
        return section.getChildren().stream().flatMap(Section::flatten).anyMatch(s -> !isBlank(s.getText())) ? FILLED : EMPTY;
    }

    public static boolean isBlank(String text) {
        return NOT_CONTENT.matcher(text).replaceAll("").replaceAll("(?m)^\\s*[-*]\\s*\\*\\*[^*]+\\*\\*\\s*$", "").isBlank();
    }
}
