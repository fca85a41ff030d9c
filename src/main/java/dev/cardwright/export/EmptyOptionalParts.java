package dev.cardwright.export;

import java.util.List;
import java.util.regex.Pattern;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;

/**
 * {@code export --drop-empty-optional}: the parts the template marks {@code [optional]} that were
 * left empty are not written. A section whose heading carries the marker goes when its text holds
 * nothing but blank lines, template comments, {@code [More Information Needed]} and empty
 * fields, and none of its subsections stays; a field line such as
 * {@code - **Paper [optional]:**} goes when it has no value. Everything else is written as it is.
 */
public final class EmptyOptionalParts {
    private static final Pattern OPTIONAL_HEADING = Pattern.compile("[\\[(（]\\s*optional\\s*[\\])）]", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMPTY_OPTIONAL_FIELD = Pattern.compile(
            "(?im)^[ \\t]*[-*+][ \\t]+\\*\\*[^*\\n]*[\\[(（]\\s*optional\\s*[\\])）][^*\\n]*:?\\*\\*:?[ \\t]*(?:\\[More Information Needed])?[ \\t]*(?:\\r?\\n|$)");
    private static final Pattern EMPTY_FIELD = Pattern.compile("(?m)^[ \\t]*[-*+][ \\t]+\\*\\*[^*\\n]+\\*\\*[ \\t]*(?:\\[More Information Needed])?[ \\t]*$");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");

    private EmptyOptionalParts() {
    }

    /** Removes the empty optional parts from {@code card} (a copy made for the export). */
    public static void drop(Card card) {
        drop(card.getSections());
    }

    private static void drop(List<Section> sections) {
        for (Section s : List.copyOf(sections)) {
            drop(s.getChildren());
            if (s.getChildren().isEmpty() && OPTIONAL_HEADING.matcher(firstLine(s.getHeading())).find() && isEmpty(s.getText())) {
                sections.remove(s);
                continue;
            }
            String text = EMPTY_OPTIONAL_FIELD.matcher(s.getText()).replaceAll("");
            if (!text.equals(s.getText())) {
                s.setText(text);
            }
        }
    }

    private static String firstLine(String heading) {
        int nl = heading.indexOf('\n');
        return nl < 0 ? heading : heading.substring(0, nl);
    }

    static boolean isEmpty(String text) {
        String rest = COMMENT.matcher(text).replaceAll("");
        rest = EMPTY_FIELD.matcher(rest).replaceAll("");
        return rest.replace("[More Information Needed]", "").isBlank();
    }
}
