package dev.cardwright.ui.translate;

import dev.cardwright.card.TranslatedSection;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.translate.TranslationViewModel.Row;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The review note of the section in the translation view's editor: a short text per section and
 * language ("could not find a term for 'mitigation'") and whether it is resolved. Notes live in the
 * card source only; every change is one step of the document's undo history.
 */
final class NotePane {
    private final TranslationViewModel model;
    private final TextArea note = new TextArea();
    private final CheckBox resolved = new CheckBox(Messages.get("translate.note.resolved"));
    private final Label label = new Label(Messages.get("translate.note"));
    private final VBox box;
    private Row row;
    private boolean updating;

    NotePane(TranslationViewModel model) {
        this.model = model;
        note.setId("translate-note");
        note.setWrapText(true);
        note.setPrefRowCount(2);
        note.setPromptText(Messages.get("translate.note.prompt"));
        note.getStyleClass().add("translation-note");
        label.setLabelFor(note);
        label.getStyleClass().add("translation-note-label");
        resolved.setId("translate-note-resolved");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, label, spacer, resolved);
        top.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(3, top, note);
        note.textProperty().addListener((obs, old, now) -> commit());
        resolved.selectedProperty().addListener((obs, old, now) -> commit());
    }

    Node node() {
        return box;
    }

    /** Shows the note of a row; while the translator types in it, the text is left alone. */
    void show(Row shown) {
        boolean other = row == null || shown == null || !row.key().equals(shown.key());
        row = shown;
        box.setDisable(shown == null);
        if (shown == null) {
            return;
        }
        note.setAccessibleText(Messages.get("translate.note.accessible", shown.sourceTitle()));
        String text = shown.translated().map(TranslatedSection::getNote).orElse("");
        boolean done = shown.translated().map(TranslatedSection::isNoteResolved).orElse(false);
        updating = true;
        try {
            if ((other || !note.isFocused()) && !note.getText().equals(text)) {
                note.setText(text);
            }
            resolved.setSelected(done);
            resolved.setDisable(text.isBlank() && !done);
        } finally {
            updating = false;
        }
    }

    private void commit() {
        if (updating || row == null) {
            return;
        }
        model.editNote(row, note.getText(), resolved.isSelected());
        resolved.setDisable(note.getText().isBlank() && !resolved.isSelected());
    }
}
