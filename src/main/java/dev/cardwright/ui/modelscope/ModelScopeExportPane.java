package dev.cardwright.ui.modelscope;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import dev.cardwright.card.AtomicWrite;
import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.modelscope.ModelScopeReadme;
import dev.cardwright.ui.common.Messages;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The ModelScope export preview: the twin README as it will be written, what could not be carried
 * over, and Save where the user picks (docs/modelscope.md). Made from the card when shown;
 * {@link #refresh()} remakes it after edits.
 */
public final class ModelScopeExportPane {
    private final Card card;
    private final String cardName;
    private final Supplier<Optional<Path>> chooseTarget;
    private final TextArea readme = new TextArea();
    private final ListView<String> notes = new ListView<>();
    private final Label status = new Label();
    private final Button save = new Button(Messages.get("modelscope.save"));
    private final BorderPane root = new BorderPane();
    private ModelScopeReadme twin;

    /**
     * @param cardName     the card's file name, for messages
     * @param chooseTarget asks the user where to write the README (empty: cancelled); a folder of its own,
     *                     since the Hub's README.md usually sits beside the card
     */
    public ModelScopeExportPane(Card card, String cardName, Supplier<Optional<Path>> chooseTarget) {
        this.card = card;
        this.cardName = cardName;
        this.chooseTarget = chooseTarget;
        createView();
        refresh();
    }

    public Node node() {
        return root;
    }

    /** Shows the pane in its own window over {@code owner}. */
    public static javafx.stage.Stage show(javafx.stage.Window owner, Card card, String cardName, Supplier<Optional<Path>> chooseTarget) {
        return dev.cardwright.ui.common.ToolWindow.show(owner, Messages.get("modelscope.title"),
                (javafx.scene.Parent) new ModelScopeExportPane(card, cardName, chooseTarget).node(), 820, 640);
    }

    private void createView() {
        Label intro = new Label(Messages.get("modelscope.intro"));
        intro.setWrapText(true);
        readme.setId("modelscope-readme");
        readme.setEditable(false);
        readme.setWrapText(false);
        readme.setAccessibleText(Messages.get("modelscope.readme.accessible"));
        readme.setStyle("-fx-font-family: monospace;");
        Label notesLabel = new Label(Messages.get("modelscope.notes"));
        notesLabel.setLabelFor(notes);
        notes.setId("modelscope-notes");
        notes.setPlaceholder(new Label(Messages.get("modelscope.noNotes")));
        VBox notesBox = new VBox(4, notesLabel, notes);
        VBox.setVgrow(notes, Priority.ALWAYS);
        SplitPane split = new SplitPane(readme, notesBox);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.72);
        save.setId("modelscope-save");
        save.setOnAction(e -> save());
        status.setId("modelscope-status");
        HBox bottom = new HBox(12, save, status);
        bottom.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root.setTop(intro);
        root.setCenter(split);
        root.setBottom(bottom);
        BorderPane.setMargin(intro, new Insets(0, 0, 8, 0));
        BorderPane.setMargin(bottom, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(12));
    }

    /** Remakes the twin from the card as it is now. */
    public void refresh() {
        try {
            twin = ModelScopeReadme.of(card, cardName);
            readme.setText(twin.text());
            notes.getItems().setAll(twin.notes());
            save.setDisable(false);
            status.setText("");
        } catch (CardFormatException e) {
            twin = null;
            readme.clear();
            notes.getItems().clear();
            save.setDisable(true);
            status.setText(Messages.get("modelscope.failed", e.located()));
        }
    }

    private void save() {
        if (twin == null) {
            return;
        }
        Optional<Path> chosen = chooseTarget.get();
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get().toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            AtomicWrite.write(target, twin.text().getBytes(StandardCharsets.UTF_8));
            status.setText(Messages.get("modelscope.saved", target));
        } catch (IOException e) {
            status.setText(Messages.get("modelscope.failed", target + ": " + e.getMessage()));
        }
    }
}
