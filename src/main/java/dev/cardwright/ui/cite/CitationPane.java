package dev.cardwright.ui.cite;

import dev.cardwright.card.Card;
import dev.cardwright.cite.BibtexEntry;
import dev.cardwright.cite.CitationSection;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.yaml.MetadataEditException;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Paste BibTeX once: it is checked as it is typed (the CW308 reader), its APA reference shows
 * below, and Apply fills the Citation section's BibTeX and APA blocks and tags an arXiv paper.
 */
public final class CitationPane {
    private final Card card;
    private final TextArea bibtex = new TextArea();
    private final Label check = new Label();
    private final Label apa = new Label();
    private final Label status = new Label();
    private final Button apply = new Button(Messages.get("cite.apply"));
    private final VBox root = new VBox(8);

    public CitationPane(Card card) {
        this.card = card;
        createView();
        bibtex.textProperty().addListener(o -> update());
        apply.setOnAction(e -> applyToCard());
        update();
    }

    public Node node() {
        return root;
    }

    /** Shows the pane in its own window over {@code owner}. */
    public static javafx.stage.Stage show(javafx.stage.Window owner, Card card) {
        return dev.cardwright.ui.common.ToolWindow.show(owner, Messages.get("cite.title"), (javafx.scene.Parent) new CitationPane(card).node(), 720, 520);
    }

    private void createView() {
        Label label = new Label(Messages.get("cite.bibtex"));
        label.setLabelFor(bibtex);
        bibtex.setId("cite-bibtex");
        bibtex.setAccessibleText(label.getText());
        bibtex.setPromptText("@article{key, author = {…}, title = {…}, year = {…}}");
        bibtex.setStyle("-fx-font-family: monospace;");
        VBox.setVgrow(bibtex, Priority.ALWAYS);
        check.setId("cite-check");
        check.setWrapText(true);
        Label apaLabel = new Label(Messages.get("cite.apa"));
        apa.setId("cite-apa");
        apa.setWrapText(true);
        apaLabel.setLabelFor(apa);
        apply.setId("cite-apply");
        status.setId("cite-status");
        status.setWrapText(true);
        root.getChildren().addAll(label, bibtex, check, apaLabel, apa, new HBox(12, apply, status));
        root.setPadding(new Insets(12));
    }

    private void update() {
        status.setText("");
        String text = bibtex.getText();
        if (text.isBlank()) {
            check.setText(Messages.get("cite.empty"));
            apa.setText("");
            apply.setDisable(true);
            return;
        }
        try {
            BibtexEntry first = BibtexEntry.parse(text);
            check.setText(Messages.get("cite.ok", "@" + first.type() + "{" + first.key() + "}"));
            apa.setText(CitationSection.apa(text));
            apply.setDisable(false);
        } catch (BibtexEntry.Invalid e) {
            check.setText(Messages.get("cite.invalid", e.getMessage()));
            apa.setText("");
            apply.setDisable(true);
        }
    }

    private void applyToCard() {
        try {
            CitationSection.Filled filled = CitationSection.apply(card, bibtex.getText());
            status.setText(filled.arxivTag().map(t -> Messages.get("cite.appliedTag", t)).orElse(Messages.get("cite.applied")));
        } catch (BibtexEntry.Invalid | MetadataEditException e) {
            status.setText(Messages.get("cite.invalid", e.getMessage()));
        }
    }
}
