package dev.cardwright.ui.metadata;

import java.util.List;
import java.util.function.Consumer;

import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.WindowEvent;

/**
 * The suggestion list of a picker or chip field: the vocabulary's entries ranked by
 * {@link ChoiceSearch}; picking one hands its id on. Once an entry is picked the list stays shut
 * until the text is changed again: ControlsFX asks for suggestions on every change of the text,
 * the pick's own included, and a list that pops up again over the next row takes the keys meant
 * for the field the user tabs to.
 */
final class PickerCompletion {
    private static final int SHOWN = 40;

    private PickerCompletion() {
    }

    static void bind(TextField field, List<Choice> choices, Consumer<String> picked) {
        if (choices.isEmpty()) {
            return;
        }
        String[] justPicked = {null};
        AutoCompletionBinding<String> completion = TextFields.bindAutoCompletion(field, request -> {
            String typed = request.getUserText();
            synchronized (justPicked) {
                if (typed.equals(justPicked[0])) {
                    return List.of();
                }
                justPicked[0] = null;
            }
            return ChoiceSearch.find(choices, typed, SHOWN).stream().map(Choice::display).toList();
        });
        // ControlsFX waits 250 ms after a key before it asks: Enter pressed sooner took the first
        // entry of the list for the text as it was a key or two earlier
        completion.setDelay(0);
        completion.setOnAutoCompleted(e -> {
            String id = e.getCompletion().split(" ", 2)[0];
            synchronized (justPicked) {
                justPicked[0] = id;
            }
            picked.accept(id);
            synchronized (justPicked) {
                justPicked[0] = field.getText();
            }
        });
        dev.cardwright.ui.common.Theme.plainPopup(completion);
        // The popup takes Enter while it is shown; with no entry selected (the list was just
        // refilled for the next key) Enter picked nothing and the typed text was lost.
        var popup = completion.getAutoCompletionPopup();
        Runnable selectFirst = () -> {
            if (popup.getSkin() != null && popup.getSkin().getNode() instanceof ListView<?> list
                    && !list.getItems().isEmpty() && list.getSelectionModel().isEmpty()) {
                list.getSelectionModel().select(0);
            }
        };
        popup.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> selectFirst.run());
        popup.getSuggestions().addListener((ListChangeListener<String>) c -> Platform.runLater(selectFirst));
    }
}
