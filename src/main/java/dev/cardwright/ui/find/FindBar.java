package dev.cardwright.ui.find;

import java.util.List;
import java.util.function.Supplier;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.StyleClasses;
import dev.cardwright.ui.undo.UndoHistory;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Find and replace across the card's metadata values, headings and texts, in a bar above the
 * status bar rather than a dialog, so the card stays in view and editable. Enter and Shift+Enter
 * (or F3 and Shift+F3) go to the next and previous match; Escape closes the bar and gives the
 * focus back. Replacements go through the card model ({@link CardSearch}): undo, saving and the
 * preview follow; Replace All is one undo step.
 */
public final class FindBar {
    /**
     * Shows a match to the user: its section with the text selected, or its metadata field;
     * {@code focus}: the field takes the focus (not while the query is typed: the next key would land there).
     */
    public interface Reveal {
        void show(CardSearch.Match match, String query, boolean matchCase, boolean focus);
    }

    private final Supplier<Card> card;
    private final UndoHistory history;
    private final Reveal reveal;
    private final TextField findField = new TextField();
    private final TextField replaceField = new TextField();
    private final Label count = new Label();
    private final CheckBox matchCase = new CheckBox();
    private final HBox replaceRow;
    private final Label findLabel = new Label();
    private final Label replaceLabel = new Label();
    private final Button previous = iconButton("find-previous", Feather.CHEVRON_UP, this::previous);
    private final Button next = iconButton("find-next", Feather.CHEVRON_DOWN, this::next);
    private final Button close = iconButton("find-close", Feather.X, this::close);
    private final Button replaceOne = new Button();
    private final Button replaceAll = new Button();
    /** What the count says, kept so that a language switch can say it again. */
    private Runnable countText = () -> { };
    private final GridPane node = new GridPane();
    private List<CardSearch.Match> matches = List.of();
    private int current = -1;
    private Node focusBefore;

    public FindBar(Supplier<Card> card, UndoHistory history, Reveal reveal) {
        this.card = card;
        this.history = history;
        this.reveal = reveal;
        findField.setId("find-text");
        findField.setPrefColumnCount(24);
        replaceField.setId("replace-text");
        replaceField.setPrefColumnCount(24);
        count.setId("find-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        matchCase.setId("find-match-case");
        matchCase.setFocusTraversable(false);

        findLabel.setId("find-label");
        findLabel.setLabelFor(findField);
        replaceLabel.setId("replace-label");
        replaceLabel.setLabelFor(replaceField);
        replaceOne.setId("replace-one");
        replaceOne.setOnAction(e -> replaceCurrent());
        replaceAll.setId("replace-all");
        replaceAll.setOnAction(e -> replaceAll());
        replaceOne.getStyleClass().add(StyleClasses.SMALL);
        replaceAll.getStyleClass().add(StyleClasses.SMALL);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox findRow = new HBox(8, findField, count, previous, next, matchCase, spacer, close);
        findRow.setAlignment(Pos.CENTER_LEFT);
        replaceRow = new HBox(8, replaceField, replaceOne, replaceAll);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        node.setHgap(8);
        node.setVgap(6);
        node.addRow(0, findLabel, findRow);
        node.addRow(1, replaceLabel, replaceRow);
        GridPane.setHgrow(findRow, Priority.ALWAYS);
        node.setPadding(new Insets(6, 10, 6, 10));
        node.getStyleClass().add("find-bar");
        node.setId("find-bar");
        relabel();
        show(node, false);

        findField.textProperty().addListener((obs, old, now) -> search(true));
        matchCase.selectedProperty().addListener((obs, old, now) -> search(true));
        findField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            // a text field reads Ctrl+H as Backspace and would eat Edit ▸ Replace's key
            if (e.getCode() == KeyCode.H && e.isShortcutDown() && !e.isShiftDown() && !e.isAltDown()) {
                e.consume();
                open(true, null, null);
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                if (e.isShiftDown()) {
                    previous();
                } else {
                    next();
                }
            }
        });
        replaceField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                replaceCurrent();
            }
        });
        node.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                close();
            }
        });
        // typing elsewhere, undo or another card: the count follows, the place shown does not jump
        history.revisionProperty().addListener((obs, old, now) -> {
            if (isOpen()) {
                search(false);
            }
        });
    }

    private static Button iconButton(String id, Feather icon, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll(StyleClasses.FLAT, StyleClasses.BUTTON_ICON, StyleClasses.SMALL);
        b.setTooltip(new Tooltip());
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static void tip(Button b, String tip) {
        b.getTooltip().setText(tip);
        b.setAccessibleText(tip);
    }

    /** Every label, prompt and tip from the bundles again: the UI language was switched. */
    public void relabel() {
        findLabel.setText(Messages.get("find.label"));
        replaceLabel.setText(Messages.get("find.replaceLabel"));
        findField.setPromptText(Messages.get("find.prompt"));
        findField.setAccessibleText(Messages.get("find.label"));
        replaceField.setPromptText(Messages.get("find.replacePrompt"));
        replaceField.setAccessibleText(Messages.get("find.replaceLabel"));
        matchCase.setText(Messages.get("find.matchCase"));
        tip(previous, Messages.get("find.previous") + "  (Shift+Enter, Shift+F3)");
        tip(next, Messages.get("find.next") + "  (Enter, F3)");
        tip(close, Messages.get("find.close") + "  (Esc)");
        replaceOne.setText(Messages.get("find.replace"));
        replaceAll.setText(Messages.get("find.replaceAll"));
        countText.run();
    }

    private static void show(Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }

    public Node node() {
        return node;
    }

    public boolean isOpen() {
        return node.isVisible();
    }

    /**
     * Opens the bar (with the replace row for Ctrl+H) and puts the caret in the find box; the text
     * selected where the focus was, if on one line, becomes what to find.
     */
    public void open(boolean withReplace, Node focusOwner, String selected) {
        if (!isOpen()) {
            focusBefore = focusOwner;
        }
        show(node, true);
        show(replaceRow, withReplace);
        show(replaceLabel, withReplace);
        if (selected != null && !selected.isEmpty() && selected.indexOf('\n') < 0) {
            findField.setText(selected);
        }
        findField.requestFocus();
        findField.selectAll();
        search(false);
    }

    /** Closes the bar; the focus goes back to where it was before. */
    public void close() {
        show(node, false);
        if (focusBefore != null && focusBefore.getScene() != null) {
            focusBefore.requestFocus();
        }
        focusBefore = null;
    }

    /** Counts again (another card is open); the bar stays as it is. */
    public void refresh() {
        if (isOpen()) {
            current = -1;
            search(false);
        }
    }

    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    private void step(int delta) {
        if (!isOpen()) {
            open(false, null, null);
        }
        search(false);
        if (matches.isEmpty()) {
            return;
        }
        current = current < 0 ? (delta > 0 ? 0 : matches.size() - 1) : Math.floorMod(current + delta, matches.size());
        showCurrent(true);
    }

    /** Finds again; {@code reveal}: show the first match (the query changed). */
    private void search(boolean revealFirst) {
        Card c = card.get();
        matches = CardSearch.find(c, findField.getText(), matchCase.isSelected());
        if (revealFirst) {
            current = matches.isEmpty() ? -1 : 0;
            if (current >= 0) {
                showCurrent(false);
            }
        } else if (current >= matches.size()) {
            current = matches.isEmpty() ? -1 : matches.size() - 1;
        }
        showCount();
    }

    private void showCurrent(boolean focus) {
        showCount();
        reveal.show(matches.get(current), findField.getText(), matchCase.isSelected(), focus);
    }

    private void showCount() {
        countText = this::showCount;
        count.getStyleClass().remove(StyleClasses.DANGER);
        if (findField.getText().isEmpty()) {
            count.setText("");
        } else if (matches.isEmpty()) {
            count.setText(Messages.get("find.none"));
            count.getStyleClass().add(StyleClasses.DANGER);
        } else {
            count.setText(Messages.get("find.count", current < 0 ? "–" : String.valueOf(current + 1), String.valueOf(matches.size())));
        }
    }

    /** Replaces the match shown and shows the one after it. */
    private void replaceCurrent() {
        if (current < 0 || current >= matches.size()) {
            next();
            return;
        }
        CardSearch.Match m = matches.get(current);
        String replacement = replaceField.getText();
        boolean[] replaced = new boolean[1];
        // one step: a heading's replacement changes both its source and its title
        history.asOneStep(() -> replaced[0] = CardSearch.replace(card.get(), m, replacement));
        boolean done = replaced[0];
        int before = current;
        matches = CardSearch.find(card.get(), findField.getText(), matchCase.isSelected());
        if (matches.isEmpty()) {
            current = -1;
            showCount();
            return;
        }
        current = done ? following(m, replacement.length()) : Math.floorMod(before + 1, matches.size());
        showCurrent(false);
    }

    /** Index of the first match after the replaced text (the replacement may itself contain the query). */
    private int following(CardSearch.Match replaced, int replacementLength) {
        List<Section> order = card.get().allSections().toList();
        long after = position(order, replaced) + replacementLength;
        for (int i = 0; i < matches.size(); i++) {
            if (position(order, matches.get(i)) >= after) {
                return i;
            }
        }
        return 0;
    }

    /** A match's place in README order: the metadata, the preamble, then each section's heading and text. */
    private static long position(List<Section> order, CardSearch.Match m) {
        long part = switch (m.place()) {
            case METADATA -> 0;
            case PREAMBLE -> 1;
            case HEADING -> 2 + 2L * order.indexOf(m.section());
            case TEXT -> 3 + 2L * order.indexOf(m.section());
        };
        return (part << 32) + m.start();
    }

    private void replaceAll() {
        String query = findField.getText();
        if (query.isEmpty()) {
            return;
        }
        int[] n = new int[1];
        history.asOneStep(() -> n[0] = CardSearch.replaceAll(card.get(), query, matchCase.isSelected(), replaceField.getText()));
        matches = CardSearch.find(card.get(), query, matchCase.isSelected());
        current = -1;
        count.getStyleClass().remove(StyleClasses.DANGER);
        countText = () -> count.setText(Messages.get("find.replaced", String.valueOf(n[0])));
        countText.run();
    }
}
