package dev.cardwright.ui.section;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.StyleClasses;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;

/**
 * The small Markdown toolbar above a section's text: bold, italic, link, inline code, code block,
 * table, bullet list. The buttons never take the focus, so the selection they act on stays.
 */
public final class FormatToolbar {
    private FormatToolbar() {
    }

    public static HBox of(MarkdownArea markdown) {
        HBox bar = new HBox(2);
        bar.getStyleClass().add("format-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        for (MarkdownFormat.Kind kind : MarkdownFormat.Kind.values()) {
            Button b = new Button(null, new FontIcon(icon(kind)));
            b.setId("md-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            b.getStyleClass().addAll(StyleClasses.FLAT, StyleClasses.BUTTON_ICON, StyleClasses.SMALL);
            String tip = label(kind) + "  (" + KeyCombination.keyCombination(kind.accelerator()).getDisplayText() + ")";
            b.setTooltip(new Tooltip(tip));
            b.setAccessibleText(label(kind));
            b.setFocusTraversable(false);
            b.setOnAction(e -> markdown.format(kind));
            bar.getChildren().add(b);
        }
        return bar;
    }

    /** The command's name, as in the menu. */
    public static String label(MarkdownFormat.Kind kind) {
        return switch (kind) {
            case BOLD -> Messages.get("action.format.bold");
            case ITALIC -> Messages.get("action.format.italic");
            case LINK -> Messages.get("action.format.link");
            case CODE -> Messages.get("action.format.code");
            case CODE_BLOCK -> Messages.get("action.format.codeBlock");
            case TABLE -> Messages.get("action.format.table");
            case BULLETS -> Messages.get("action.format.bullets");
        };
    }

    public static Ikon icon(MarkdownFormat.Kind kind) {
        return switch (kind) {
            case BOLD -> Feather.BOLD;
            case ITALIC -> Feather.ITALIC;
            case LINK -> Feather.LINK;
            case CODE -> Feather.CODE;
            case CODE_BLOCK -> Feather.TERMINAL;
            case TABLE -> Feather.GRID;
            case BULLETS -> Feather.LIST;
        };
    }
}
