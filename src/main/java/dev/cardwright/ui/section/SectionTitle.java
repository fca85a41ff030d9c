package dev.cardwright.ui.section;

import java.util.regex.Pattern;

import dev.cardwright.card.Section;
import dev.cardwright.ui.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * A section's title as panes and the outline show it. The Hub's template marks some headings
 * {@code [optional]}; Markdown reads the brackets as link text, so the plain title says
 * "Model Sources optional". The marker is shown as a badge beside the title instead.
 */
public record SectionTitle(String text, boolean optional) {
    /** A bracketed marker in the heading's source, as the template writes it (also full-width brackets). */
    private static final Pattern MARKER = Pattern.compile("[\\[(（]\\s*optional\\s*[\\])）]\\s*#*\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAIN_TAIL = Pattern.compile("\\s*[\\[(（]?\\s*optional\\s*[\\])）]?\\s*$", Pattern.CASE_INSENSITIVE);

    public static SectionTitle of(Section section) {
        return of(section.getHeading(), section.getTitle());
    }

    /** @param heading the heading's Markdown source; @param title its plain text */
    public static SectionTitle of(String heading, String title) {
        String firstLine = heading.lines().findFirst().orElse("").strip();
        if (!MARKER.matcher(firstLine).find()) {
            return new SectionTitle(title, false);
        }
        return new SectionTitle(PLAIN_TAIL.matcher(title).replaceFirst(""), true);
    }

    /** The badge for an optional section, styled by {@code .optional-badge}. */
    public static Label badge() {
        Label badge = new Label(Messages.get("section.optional"));
        badge.getStyleClass().add("optional-badge");
        badge.setMinWidth(Label.USE_PREF_SIZE);
        return badge;
    }

    /** The title's text with the badge after it when the section is optional. */
    public HBox view(Label textLabel) {
        textLabel.setText(text);
        HBox box = new HBox(8, textLabel);
        box.setAlignment(Pos.CENTER_LEFT);
        if (optional) {
            box.getChildren().add(badge());
        }
        return box;
    }
}
