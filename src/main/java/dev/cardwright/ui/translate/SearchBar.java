package dev.cardwright.ui.translate;

import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.StyleClasses;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The find and replace bar of the translation view (Ctrl+H): fields, match case, the count, Next and Replace all. */
final class SearchBar {
    /** What the bar asks of the view. */
    interface Actions {
        /** How many matches in how many sections, for the count. */
        int[] count(String query, boolean matchCase);

        void next(String query, boolean matchCase);

        /** Returns how many were replaced. */
        int replaceAll(String query, String replacement, boolean matchCase);

        void closed();
    }

    private final HBox root = new HBox(8);
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final CheckBox matchCase = new CheckBox(Messages.get("translate.find.matchCase"));
    private final Label count = new Label();
    private final Actions actions;

    SearchBar(Actions actions) {
        this.actions = actions;
        root.setId("translate-find-bar");
        root.getStyleClass().add("translation-find-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 10, 4, 10));
        find.setId("translate-find");
        find.setPromptText(Messages.get("translate.find"));
        find.setAccessibleText(Messages.get("translate.find"));
        replace.setId("translate-replace");
        replace.setPromptText(Messages.get("translate.find.replace"));
        replace.setAccessibleText(Messages.get("translate.find.replace"));
        HBox.setHgrow(find, Priority.ALWAYS);
        HBox.setHgrow(replace, Priority.ALWAYS);
        matchCase.setId("translate-find-case");
        matchCase.setMinWidth(Region.USE_PREF_SIZE);
        count.setId("translate-find-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        Button next = new Button(Messages.get("translate.find.next"));
        next.setId("translate-find-next");
        next.setMinWidth(Region.USE_PREF_SIZE);
        next.setOnAction(e -> actions.next(find.getText(), matchCase.isSelected()));
        Button all = new Button(Messages.get("translate.find.replaceAll"));
        all.setId("translate-replace-all");
        all.getStyleClass().add(StyleClasses.ACCENT);
        all.setMinWidth(Region.USE_PREF_SIZE);
        all.setOnAction(e -> replaceAll());
        Button close = new Button("×");
        close.setId("translate-find-close");
        close.setAccessibleText(Messages.get("translate.find.close"));
        close.setOnAction(e -> hide());
        root.getChildren().setAll(find, replace, matchCase, count, next, all, close);
        find.textProperty().addListener((obs, old, now) -> recount());
        matchCase.selectedProperty().addListener((obs, old, now) -> recount());
        find.setOnAction(e -> actions.next(find.getText(), matchCase.isSelected()));
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
        root.setVisible(false);
        root.setManaged(false);
    }

    HBox node() {
        return root;
    }

    boolean isShowing() {
        return root.isVisible();
    }

    /** Shows the bar with the caret in the find field (pre-filled with the selection, if any). */
    void show(String selected) {
        root.setVisible(true);
        root.setManaged(true);
        if (selected != null && !selected.isEmpty() && !selected.contains("\n")) {
            find.setText(selected);
        }
        find.requestFocus();
        find.selectAll();
        recount();
    }

    void hide() {
        root.setVisible(false);
        root.setManaged(false);
        actions.closed();
    }

    /** Counts again (the translations changed). */
    void recount() {
        if (!isShowing()) {
            return;
        }
        if (find.getText().isEmpty()) {
            count.setText("");
            return;
        }
        int[] c = actions.count(find.getText(), matchCase.isSelected());
        count.setText(c[0] == 0 ? Messages.get("translate.find.none") : Messages.get("translate.find.count", c[0], c[1]));
    }

    private void replaceAll() {
        int n = actions.replaceAll(find.getText(), replace.getText(), matchCase.isSelected());
        count.setText(Messages.get("translate.find.replaced", n));
    }
}
