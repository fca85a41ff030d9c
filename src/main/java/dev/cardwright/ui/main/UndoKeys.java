package dev.cardwright.ui.main;

import dev.cardwright.ui.undo.UndoHistory;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * One history for the whole document: Ctrl+Z goes to it from every control, and the controls' own
 * undo (text fields, code areas) never sees the key. Moving focus ends an undo step.
 */
public final class UndoKeys {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private UndoKeys() {
    }

    public static void install(Scene scene, UndoHistory history) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (inEditingCell(scene.getFocusOwner())) {
                return; // a table cell's editor holds text not yet in the card: its own undo serves it
            }
            if (REDO.match(e) || REDO_Y.match(e)) {
                history.redo();
                e.consume();
            } else if (UNDO.match(e)) {
                history.undo();
                e.consume();
            }
        });
        scene.focusOwnerProperty().addListener((obs, old, now) -> history.seal());
    }

    /** Whether {@code node} is inside a table or list cell that is being edited. */
    public static boolean inEditingCell(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof IndexedCell<?> cell && cell.isEditing()) {
                return true;
            }
        }
        return false;
    }
}
