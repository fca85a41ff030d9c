package dev.cardwright.ui.metadata;

import java.util.function.BiConsumer;

import dev.cardwright.card.EvalResult;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A text cell of the results table that behaves like a spreadsheet's: every way the editor can
 * end keeps the text (Enter, Tab, Shift+Tab, the focus going elsewhere, a click on another row),
 * only Escape gives it up; Tab and Shift+Tab go on to the next or previous cell.
 *
 * <p>JavaFX's {@code TextFieldTableCell} commits on Enter only: the table ends an edit that loses
 * the focus or the selection with {@code cancelEdit}, and by then its editing position may
 * already name another cell, so the cell keeps the row it edits and writes through
 * {@code store} itself instead of through the column's commit event.
 */
final class ResultCell extends TableCell<EvalResult, String> {
    /** Moves the editor from a cell to the next ({@code +1}) or previous ({@code -1}) one. */
    interface Mover {
        void move(EvalResult row, TableColumn<EvalResult, String> column, int delta);
    }

    private final BiConsumer<EvalResult, String> store;
    private final Mover mover;
    private TextField editor;
    private EvalResult row;
    private String before;
    private boolean ending;

    private final java.util.List<Choice> choices;

    ResultCell(BiConsumer<EvalResult, String> store, Mover mover) {
        this(store, mover, java.util.List.of());
    }

    /** A cell whose editor suggests {@code choices} as it is typed in (the task column: the Hub's pipeline tags). */
    ResultCell(BiConsumer<EvalResult, String> store, Mover mover, java.util.List<Choice> choices) {
        this.store = store;
        this.mover = mover;
        this.choices = choices;
    }

    /** The editor while the cell is being edited (for tests and the undo routing). */
    TextField editor() {
        return editor;
    }

    @Override
    public void startEdit() {
        if (isEmpty() || getTableRow() == null || getTableRow().getItem() == null) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        row = getTableRow().getItem();
        before = getItem() == null ? "" : getItem();
        editor = new TextField(before);
        editor.getStyleClass().add("result-cell-editor");
        PickerCompletion.bind(editor, choices, editor::setText);
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                end(true);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                end(false);
                e.consume();
            } else if (e.getCode() == KeyCode.TAB) {
                EvalResult at = row;
                TableColumn<EvalResult, String> column = getTableColumn();
                end(true);
                mover.move(at, column, e.isShiftDown() ? -1 : 1);
                e.consume();
            }
        });
        editor.focusedProperty().addListener((obs, was, now) -> {
            if (!now && isEditing()) {
                end(true);
            }
        });
        setText(null);
        setGraphic(editor);
        editor.selectAll();
        editor.requestFocus();
    }

    /** Leaves the editor, keeping its text or not. */
    private void end(boolean keep) {
        if (ending || editor == null) {
            return;
        }
        ending = true;
        try {
            if (keep) {
                keep(editor.getText());
            }
            cancelEdit();
        } finally {
            ending = false;
        }
    }

    private void keep(String text) {
        if (row != null && !text.equals(before)) {
            EvalResult target = row;
            before = text;
            store.accept(target, text);
        }
    }

    /** The table ends edits this way too (another row clicked, the cell reused): the text is kept then as well. */
    @Override
    public void cancelEdit() {
        if (!ending && editor != null && isEditing()) {
            keep(editor.getText());
        }
        super.cancelEdit();
        editor = null;
        row = null;
        show(getItem(), isEmpty());
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (isEditing() && editor != null) {
            return;
        }
        show(item, empty);
    }

    private void show(String item, boolean empty) {
        setGraphic(null);
        setText(empty || item == null ? null : item);
    }
}
