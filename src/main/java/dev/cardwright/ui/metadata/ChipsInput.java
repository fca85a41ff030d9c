package dev.cardwright.ui.metadata;

import dev.cardwright.ui.common.StyleClasses;

import java.util.List;
import java.util.function.Function;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/**
 * A list of short values shown as chips, with a text field to add one (Enter or comma) and
 * suggestions from a vocabulary while typing. Backspace in a field that was already empty removes
 * the last chip.
 */
public final class ChipsInput extends FlowPane {
    private final ObservableList<String> values;
    private final TextField input = new TextField();
    private final Function<String, String> describe;
    /** A comma, and the full-width comma and enumeration comma a Chinese input method types. */
    private static final String SEPARATORS = ",，、";

    public ChipsInput(String id, String accessibleText, ObservableList<String> values, List<Choice> suggestions,
            Function<String, String> describe) {
        this.values = values;
        this.describe = describe;
        getStyleClass().add("chips-input");
        setHgap(4);
        setVgap(4);
        input.setId(id);
        input.setAccessibleText(accessibleText);
        input.setPrefColumnCount(14);
        input.getStyleClass().add("chips-field");
        PickerCompletion.bind(input, suggestions, picked -> {
            add(picked);
            input.clear();
        });
        input.setOnAction(e -> commit());
        // A separator typed or pasted ends a chip and never stays in the box: the filter takes the
        // text before the last separator as chips and leaves only what follows it.
        input.setTextFormatter(new TextFormatter<String>(change -> {
            String text = change.getControlNewText();
            int last = lastSeparator(text);
            if (last < 0) {
                return change;
            }
            for (String part : text.substring(0, last).split("[" + SEPARATORS + "]")) {
                add(part.split(" — ", 2)[0].strip());
            }
            String rest = text.substring(last + 1).stripLeading();
            change.setRange(0, change.getControlText().length());
            change.setText(rest);
            change.setCaretPosition(rest.length());
            change.setAnchor(rest.length());
            return change;
        }));
        // A filter, not a handler: the field's own handler deletes first, and a handler would see
        // the box emptied by this very key and take the chip too.
        input.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.BACK_SPACE && input.getText().isEmpty() && !values.isEmpty()) {
                values.remove(values.size() - 1);
                e.consume();
            }
        });
        input.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit();
            }
        });
        values.addListener((ListChangeListener<String>) c -> rebuild());
        rebuild();
    }

    public TextField input() {
        return input;
    }

    private static int lastSeparator(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private void commit() {
        String text = input.getText().strip();
        if (!text.isEmpty()) {
            add(text.split(" — ", 2)[0].strip());
            input.clear();
        }
    }

    private void add(String value) {
        if (!value.isEmpty() && !values.contains(value)) {
            values.add(value);
        }
    }

    /** Chips only: the field stays where it is, so it keeps the focus while chips come and go. */
    private void rebuild() {
        getChildren().retainAll(input);
        int at = 0;
        for (String v : values) {
            Label text = new Label(v);
            String about = describe.apply(v);
            if (about != null && !about.isBlank()) {
                text.setTooltip(new javafx.scene.control.Tooltip(about));
            }
            Button remove = new Button(null, new FontIcon(Feather.X));
            remove.getStyleClass().addAll(StyleClasses.FLAT, "chip-remove");
            remove.setAccessibleText(dev.cardwright.ui.common.Messages.get("metadata.chip.remove", v));
            remove.setFocusTraversable(false);
            remove.setOnAction(e -> values.remove(v));
            HBox chip = new HBox(2, text, remove);
            chip.getStyleClass().add("chip");
            chip.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            getChildren().add(at++, chip);
        }
        if (!getChildren().contains(input)) {
            getChildren().add(input);
        }
    }
}
