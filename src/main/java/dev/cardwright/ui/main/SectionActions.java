package dev.cardwright.ui.main;

import org.kordamp.ikonli.feather.Feather;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.dialog.DialogService;
import dev.cardwright.ui.document.DocumentViewModel;
import dev.cardwright.ui.navigator.NavEntry;
import dev.cardwright.ui.navigator.NavigatorView;
import dev.cardwright.ui.section.SectionStructure;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Adding, renaming, moving and removing the selected section, each one undoable step. */
public final class SectionActions {
    private final DocumentViewModel document;
    private final NavigatorView navigator;
    private final DialogService dialogs;
    private final ObjectProperty<Section> selected = new SimpleObjectProperty<>(this, "selected");
    private SectionStructure structure;

    public SectionActions(DocumentViewModel document, NavigatorView navigator, DialogService dialogs) {
        this.document = document;
        this.navigator = navigator;
        this.dialogs = dialogs;
        // F2 in the outline edits the title in place; the menu's F2 elsewhere asks in a dialog
        navigator.setRenamer((section, title) -> {
            if (structure != null) {
                structure.rename(section, title);
            }
        });
    }

    public void register(Actions actions) {
        BooleanBinding none = selected.isNull();
        actions.add("add-section", Messages.get("action.addSection"), Feather.PLUS_SQUARE, "Shortcut+Shift+I", this::add);
        actions.add("remove-section", Messages.get("action.removeSection"), Feather.TRASH_2, "Shortcut+Shift+Delete", this::remove, none);
        actions.add("rename-section", Messages.get("action.renameSection"), Feather.EDIT_3, "F2", this::rename, none);
        actions.add("move-up", Messages.get("action.moveUp"), Feather.ARROW_UP, "Alt+Up", () -> move(-1), none);
        actions.add("move-down", Messages.get("action.moveDown"), Feather.ARROW_DOWN, "Alt+Down", () -> move(1), none);
    }

    /** The card whose sections the actions change. */
    public void setCard(Card card) {
        structure = new SectionStructure(card, document.history());
        selected.set(null);
    }

    /** The section shown (null: the metadata or the preamble). */
    public void setSelected(Section section) {
        selected.set(section);
    }

    public Section selected() {
        return selected.get();
    }

    private void add() {
        dialogs.askText(Messages.get("section.add.title"), Messages.get("section.add.prompt"), "").ifPresent(title -> {
            Section created = structure.add(selected.get(), title);
            navigator.select(NavEntry.of(created));
        });
    }

    private void remove() {
        Section s = selected.get();
        if (s != null && dialogs.confirm(Messages.get("section.remove.title"), Messages.get("section.remove.message", s.getTitle()))) {
            structure.remove(s);
        }
    }

    private void rename() {
        Section s = selected.get();
        if (s != null) {
            dialogs.askText(Messages.get("section.rename.title"), Messages.get("section.rename.prompt"), s.getTitle())
                    .ifPresent(t -> structure.rename(s, t));
        }
    }

    private void move(int delta) {
        Section s = selected.get();
        if (s != null) {
            structure.move(s, delta);
            navigator.select(NavEntry.of(s));
        }
    }
}
