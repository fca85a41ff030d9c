package dev.cardwright.ui.translate;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.cardwright.translate.TranslationMemory;
import dev.cardwright.ui.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The translation memory's suggestions for the source sentence the caret is at: exact and fuzzy
 * matches with their score, best first; Ctrl+M (or a double click) writes the one picked over the
 * translation's selection.
 */
final class MemoryPane {
    private static final int SHOWN = 5;

    private final TranslationMemory memory;
    private final Supplier<String> sourceLanguage;
    private final Supplier<String> targetLanguage;
    private final Consumer<String> insert;
    private final Label sentence = new Label();
    private final ListView<TranslationMemory.Match> list = new ListView<>();
    private final Button folder = new Button(Messages.get("translate.memory.folder"));
    private final VBox root;
    private String shownFor = "";

    MemoryPane(TranslationMemory memory, Supplier<String> sourceLanguage, Supplier<String> targetLanguage, Consumer<String> insert) {
        this.memory = memory;
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
        this.insert = insert;
        Label title = new Label(Messages.get("translate.memory"));
        title.getStyleClass().add("translation-terms-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        sentence.setId("translate-memory-sentence");
        sentence.getStyleClass().add("translation-row-excerpt");
        sentence.setMinWidth(0);
        HBox.setHgrow(sentence, Priority.ALWAYS);
        sentence.setMaxWidth(Double.MAX_VALUE);
        folder.setId("translate-memory-folder");
        folder.getStyleClass().add(dev.cardwright.ui.common.StyleClasses.SMALL);
        folder.setMinWidth(Region.USE_PREF_SIZE);
        folder.setTooltip(new javafx.scene.control.Tooltip(Messages.get("translate.memory.folder.tooltip")));
        HBox head = new HBox(8, title, sentence, folder);
        head.setAlignment(Pos.CENTER_LEFT);
        list.setId("translate-memory");
        list.setAccessibleText(Messages.get("translate.memory"));
        list.setPlaceholder(new Label(Messages.get("translate.memory.none")));
        list.setPrefHeight(150);
        list.setMinHeight(50);
        list.setCellFactory(v -> new MatchCell());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                insertPicked();
            }
        });
        root = new VBox(4, head, list);
        root.getStyleClass().add("translation-terms");
    }

    VBox node() {
        return root;
    }

    /** What the folder button does (choose a folder of card sources to learn from). */
    void setOnChooseFolder(Runnable action) {
        folder.setOnAction(e -> action.run());
    }

    /** The score, the stored translation (wrapped: a sentence is read whole), and under it the source it translated. */
    private static final class MatchCell extends ListCell<TranslationMemory.Match> {
        private final Label score = new Label();
        private final Label target = new Label();
        private final Label source = new Label();
        private final VBox box;

        MatchCell() {
            score.getStyleClass().add("translation-memory-score");
            score.setMinWidth(Region.USE_PREF_SIZE);
            target.setWrapText(true);
            target.setMinHeight(Region.USE_PREF_SIZE); // wrapped lines make the row taller instead of an ellipsis
            target.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(target, Priority.ALWAYS);
            source.setMaxWidth(Double.MAX_VALUE);
            source.getStyleClass().add("translation-row-excerpt");
            HBox top = new HBox(8, score, target);
            box = new VBox(2, top, source);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(TranslationMemory.Match m, boolean empty) {
            super.updateItem(m, empty);
            if (empty || m == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            score.setText(percent(m.score()));
            target.setText(m.entry().target());
            source.setText("← " + m.entry().source());
            setAccessibleText(score.getText() + " " + target.getText() + " " + source.getText());
            setGraphic(box);
        }
    }

    static String percent(double score) {
        return String.format(Locale.ROOT, "%d%%", (int) Math.floor(score * 100 + 1e-9));
    }

    /** Shows the suggestions for a source sentence ("" for none). */
    void showFor(String sourceSentence) {
        String s = sourceSentence == null ? "" : sourceSentence;
        shownFor = s;
        sentence.setText(s);
        List<TranslationMemory.Match> found = s.isBlank() ? List.of()
                : memory.lookup(sourceLanguage.get(), targetLanguage.get(), s, TranslationMemory.DEFAULT_THRESHOLD, SHOWN);
        list.getItems().setAll(found);
        if (!found.isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    /** Looks the sentence up again (the memory learned something). */
    void refresh() {
        showFor(shownFor);
    }

    List<TranslationMemory.Match> shown() {
        return list.getItems();
    }

    /** Writes the suggestion picked (the best when none is) into the translation; false when there is none. */
    boolean insertPicked() {
        TranslationMemory.Match m = list.getSelectionModel().getSelectedItem();
        if (m == null && !list.getItems().isEmpty()) {
            m = list.getItems().get(0);
        }
        if (m == null) {
            return false;
        }
        insert.accept(m.entry().target());
        return true;
    }
}
