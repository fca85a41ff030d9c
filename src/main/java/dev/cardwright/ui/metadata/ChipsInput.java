package dev.cardwright.ui.metadata;

import dev.cardwright.ui.common.StyleClasses;

import java.util.List;
import java.util.function.Function;

import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/**
 * A list of short values shown as chips, with a text field to add one (Enter or comma) and
 * suggestions from a vocabulary while typing. Backspace in the empty field removes the last chip.
 */
public final class ChipsInput extends FlowPane {
    private final ObservableList<String> values;
    private final TextField input = new TextField();
    private final Function<String, String> describe;

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
        if (!suggestions.isEmpty()) {
            var completion = TextFields.bindAutoCompletion(input, request -> suggestions.stream()
                    .filter(c -> c.matches(request.getUserText())).limit(40).map(Choice::display).toList());
            completion.setOnAutoCompleted(e -> {
                String display = e.getCompletion();
                add(display.split(" ", 2)[0]);
                input.clear();
            });
            dev.cardwright.ui.common.Theme.plainPopup(completion);
        }
        input.setOnAction(e -> commit());
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.COMMA) {
                commit();
                e.consume();
            } else if (e.getCode() == KeyCode.BACK_SPACE && input.getText().isEmpty() && !values.isEmpty()) {
                values.remove(values.size() - 1);
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

    private void commit() {
        String text = input.getText().replace(",", "").strip();
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

    private void rebuild() {
        getChildren().clear();
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
            getChildren().add(chip);
        }
        getChildren().add(input);
    }
}
