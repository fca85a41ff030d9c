package dev.cardwright.ui.main;

import dev.cardwright.ui.common.StyleClasses;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/**
 * A user action with its label, icon and shortcut, shown as a menu item and, optionally, a
 * toolbar button that share the enabled state.
 */
public final class Action {
    private final String id;
    private final String text;
    private final Ikon icon;
    private final KeyCombination accelerator;
    private final Runnable handler;
    private final BooleanExpression disabled;

    Action(String id, String text, Ikon icon, String accelerator, Runnable handler, BooleanExpression disabled) {
        this.id = id;
        this.text = text;
        this.icon = icon;
        this.accelerator = accelerator == null ? null : KeyCombination.keyCombination(accelerator);
        this.handler = handler;
        this.disabled = disabled == null ? new SimpleBooleanProperty(false) : disabled;
    }

    public String id() { return id; }
    /** The label as the menu shows it, without mnemonic marks. */
    public String text() { return text.replace("_", ""); }
    /** The shortcut as the platform writes it ({@code Ctrl+S}), or "" for none. */
    public String shortcut() { return accelerator == null ? "" : accelerator.getDisplayText(); }

    MenuItem menuItem() {
        MenuItem item = new MenuItem(text);
        item.setId("menu-" + id);
        if (icon != null) {
            item.setGraphic(new FontIcon(icon));
        }
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> handler.run());
        item.disableProperty().bind(disabled);
        return item;
    }

    Button button() {
        Button b = new Button(null, new FontIcon(icon));
        b.setId("tool-" + id);
        b.getStyleClass().addAll(StyleClasses.FLAT, StyleClasses.BUTTON_ICON);
        String tip = accelerator == null ? text : text + "  (" + accelerator.getDisplayText() + ")";
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(text);
        b.setFocusTraversable(false);
        b.setOnAction(e -> handler.run());
        b.disableProperty().bind(disabled);
        return b;
    }
}
