package dev.cardwright.ui.translate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.cardwright.translate.Glossary;
import dev.cardwright.ui.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The glossary terms of the section in the editor, each with the Alt+number that inserts it (the
 * first nine), under a filter field: typing narrows the list (and, past the section's own terms,
 * searches the whole glossary), Enter inserts the term picked. So the tenth term and every other
 * are a few keys away, not only the nine with a shortcut.
 */
final class TermPicker {
    /** More rows would only be scrolled past; the filter is the way to the rest. */
    private static final int MAX_ROWS = 200;

    private final Glossary glossary;
    private final Function<Glossary.Term, String> rendering;
    private final Function<Glossary.Term, String> sourceForm;
    private final Consumer<Glossary.Term> insert;
    private final TextField filter = new TextField();
    private final ListView<Glossary.Term> list = new ListView<>();
    private final VBox root;
    /** The section's terms in Alt+number order. */
    private List<Glossary.Term> sectionTerms = List.of();

    /**
     * @param rendering how a term is written in the language translated into
     * @param sourceForm how it is written in the source
     * @param insert what Enter (or a double click) does with the term picked
     */
    TermPicker(Glossary glossary, Function<Glossary.Term, String> rendering, Function<Glossary.Term, String> sourceForm,
            Consumer<Glossary.Term> insert) {
        this.glossary = glossary;
        this.rendering = rendering;
        this.sourceForm = sourceForm;
        this.insert = insert;
        Label title = new Label(Messages.get("translate.terms"));
        title.getStyleClass().add("translation-terms-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        filter.setId("translate-term-filter");
        filter.setPromptText(Messages.get("translate.terms.filter"));
        filter.setAccessibleText(Messages.get("translate.terms.filter"));
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox head = new HBox(8, title, filter);
        head.setAlignment(Pos.CENTER_LEFT);
        list.setId("translate-terms");
        list.setAccessibleText(Messages.get("translate.terms"));
        list.setCellFactory(v -> new TermCell());
        list.setPrefHeight(130);
        list.setMinHeight(60);
        root = new VBox(4, head, list);
        root.getStyleClass().add("translation-terms");

        filter.textProperty().addListener((obs, old, now) -> refill());
        filter.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                insertPicked();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                int at = list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
                if (at >= 0 && at < list.getItems().size()) {
                    list.getSelectionModel().select(at);
                    list.scrollTo(Math.max(0, at - 2));
                }
                e.consume();
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                insertPicked();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                insertPicked();
            }
        });
    }

    VBox node() {
        return root;
    }

    /** Puts the caret in the filter, its text selected, to type a term. */
    void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    /** Shows the terms of another section (in Alt+number order). */
    void setSectionTerms(List<Glossary.Term> terms) {
        if (terms.equals(sectionTerms)) {
            return;
        }
        sectionTerms = List.copyOf(terms);
        refill();
    }

    List<Glossary.Term> shown() {
        return list.getItems();
    }

    private void insertPicked() {
        Glossary.Term t = list.getSelectionModel().getSelectedItem();
        if (t == null && !list.getItems().isEmpty()) {
            t = list.getItems().get(0);
        }
        if (t != null) {
            insert.accept(t);
        }
    }

    /** The section's terms that match the filter, then the rest of the glossary that does. */
    private void refill() {
        String q = filter.getText().strip().toLowerCase(Locale.ROOT);
        Set<Glossary.Term> out = new LinkedHashSet<>();
        for (Glossary.Term t : sectionTerms) {
            if (matches(t, q)) {
                out.add(t);
            }
        }
        if (!q.isEmpty()) {
            for (Glossary.Term t : glossary.terms()) {
                if (out.size() >= MAX_ROWS) {
                    break;
                }
                if (matches(t, q)) {
                    out.add(t);
                }
            }
        }
        list.getItems().setAll(new ArrayList<>(out));
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    private static boolean matches(Glossary.Term t, String q) {
        if (q.isEmpty()) {
            return true;
        }
        if (t.en().toLowerCase(Locale.ROOT).contains(q)) {
            return true;
        }
        for (String z : t.zhAccepted()) {
            if (z.toLowerCase(Locale.ROOT).contains(q)) {
                return true;
            }
        }
        return t.enAccepted().stream().anyMatch(e -> e.toLowerCase(Locale.ROOT).contains(q));
    }

    /** "Alt+3  bias → 偏见" for the section's first nine, the term alone for the others. */
    private final class TermCell extends ListCell<Glossary.Term> {
        @Override
        protected void updateItem(Glossary.Term t, boolean empty) {
            super.updateItem(t, empty);
            if (empty || t == null) {
                setText(null);
                setId(null);
                return;
            }
            int n = sectionTerms.indexOf(t);
            String key = n >= 0 && n < 9 ? "Alt+" + (n + 1) + "   " : "";
            setText(key + sourceForm.apply(t) + " → " + rendering.apply(t));
        }
    }
}
