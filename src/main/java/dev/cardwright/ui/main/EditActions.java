package dev.cardwright.ui.main;

import java.util.function.Supplier;

import org.fxmisc.richtext.GenericStyledArea;
import org.kordamp.ikonli.feather.Feather;

import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.find.FindBar;
import dev.cardwright.ui.section.FormatToolbar;
import dev.cardwright.ui.section.MarkdownArea;
import dev.cardwright.ui.section.MarkdownFormat;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;

/**
 * Edit ▸ Cut, Copy, Paste, Select All on whichever text control has the focus (a field or a code
 * area: menus do not take the focus, so it is still there when the menu item runs), and Find /
 * Replace in the card.
 */
public final class EditActions {
    private final Supplier<Node> focusOwner;
    private final FindBar find;

    /** @param focusOwner the control with the keyboard focus in the window (null: none) */
    public EditActions(Supplier<Node> focusOwner, FindBar find) {
        this.focusOwner = focusOwner;
        this.find = find;
    }

    public void register(Actions actions) {
        actions.add("cut", Messages.get("action.cut"), Feather.SCISSORS, "Shortcut+X", () -> onText(TextInputControl::cut, GenericStyledArea::cut));
        actions.add("copy", Messages.get("action.copy"), Feather.COPY, "Shortcut+C", () -> onText(TextInputControl::copy, GenericStyledArea::copy));
        actions.add("paste", Messages.get("action.paste"), Feather.CLIPBOARD, "Shortcut+V", () -> onText(TextInputControl::paste, GenericStyledArea::paste));
        actions.add("select-all", Messages.get("action.selectAll"), null, "Shortcut+A",
                () -> onText(TextInputControl::selectAll, GenericStyledArea::selectAll));
        actions.add("find", Messages.get("action.find"), Feather.SEARCH, "Shortcut+F", () -> openFind(false));
        actions.add("replace", Messages.get("action.replace"), null, "Shortcut+H", () -> openFind(true));
        actions.add("find-next", Messages.get("action.findNext"), null, "F3", find::next);
        actions.add("find-previous", Messages.get("action.findPrevious"), null, "Shift+F3", find::previous);
        for (MarkdownFormat.Kind kind : MarkdownFormat.Kind.values()) {
            actions.add(formatId(kind), FormatToolbar.label(kind), FormatToolbar.icon(kind), kind.accelerator(),
                    () -> MarkdownArea.of(focusOwner.get()).ifPresent(m -> m.format(kind)));
        }
    }

    /** The action id of a Markdown toolbar edit ({@code format-code-block}). */
    public static String formatId(MarkdownFormat.Kind kind) {
        return "format-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private void onText(java.util.function.Consumer<TextInputControl> field, java.util.function.Consumer<GenericStyledArea<?, ?, ?>> area) {
        Node n = focusOwner.get();
        if (n instanceof TextInputControl t) {
            field.accept(t);
        } else if (n instanceof GenericStyledArea<?, ?, ?> a) {
            area.accept(a);
        }
    }

    private void openFind(boolean withReplace) {
        Node n = focusOwner.get();
        String selected = n instanceof TextInputControl t ? t.getSelectedText()
                : n instanceof GenericStyledArea<?, ?, ?> a ? a.getSelectedText() : null;
        find.open(withReplace, n, selected);
    }
}
