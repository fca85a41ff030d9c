package dev.cardwright.ui.metadata;

import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.util.UndoUtils;

import dev.cardwright.card.Card;
import dev.cardwright.card.FrontMatter;
import dev.cardwright.ui.Messages;
import dev.cardwright.yaml.YamlReader;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The metadata pane. The YAML area at the bottom edits the front matter text directly and is
 * checked as you type; typed editors for the known keys sit above it.
 */
public final class MetadataPane extends VBox {
    private final Card card;
    private final CodeArea yaml = new CodeArea();
    private final Label yamlStatus = new Label();
    private boolean pushing;

    public MetadataPane(Card card) {
        this.card = card;
        createView();
        bind();
    }

    private void createView() {
        getStyleClass().add("metadata-pane");
        setSpacing(10);
        setPadding(new Insets(16, 18, 12, 18));
        Label title = new Label(Messages.get("metadata.title"));
        title.getStyleClass().addAll("title-3", "pane-title");
        Label guidance = new Label(Messages.get("metadata.guidance"));
        guidance.setWrapText(true);
        guidance.getStyleClass().add("guidance");
        Label yamlLabel = new Label(Messages.get("metadata.yaml"));
        yamlLabel.getStyleClass().add("text-muted");
        yamlLabel.setLabelFor(yaml);
        yaml.setId("metadata-yaml");
        yaml.setAccessibleText(Messages.get("metadata.yaml"));
        yaml.getStyleClass().add("yaml-area");
        yaml.setParagraphGraphicFactory(LineNumberFactory.get(yaml));
        yaml.setUndoManager(UndoUtils.noOpUndoManager());
        yamlStatus.setId("metadata-yaml-status");
        yamlStatus.getStyleClass().add("yaml-status");
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(yaml);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, guidance, yamlLabel, scroll, yamlStatus);
    }

    private void bind() {
        show(currentYaml());
        yaml.textProperty().addListener((obs, old, now) -> {
            yaml.setStyleSpans(0, YamlHighlighter.spans(now));
            checkYaml(now);
            if (!pushing) {
                FrontMatter fm = card.getFrontMatter();
                if (fm == null) {
                    if (now.isBlank()) {
                        return;
                    }
                    fm = new FrontMatter();
                    fm.setYaml(terminated(now));
                    card.setFrontMatter(fm);
                } else {
                    fm.setYaml(terminated(now));
                }
            }
        });
        card.frontMatterProperty().addListener((obs, old, now) -> {
            show(currentYaml());
            if (now != null) {
                now.yamlProperty().addListener((o, a, b) -> show(b));
            }
        });
        if (card.getFrontMatter() != null) {
            card.getFrontMatter().yamlProperty().addListener((o, a, b) -> show(b));
        }
    }

    private static String terminated(String text) {
        return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
    }

    private String currentYaml() {
        return card.getFrontMatter() == null ? "" : card.getFrontMatter().getYaml();
    }

    private void show(String text) {
        if (text == null || terminated(yaml.getText()).equals(text) || yaml.getText().equals(text)) {
            return;
        }
        pushing = true;
        try {
            yaml.replaceText(text);
        } finally {
            pushing = false;
        }
    }

    private void checkYaml(String text) {
        try {
            YamlReader.load(text);
            yamlStatus.setText(Messages.get("metadata.yaml.valid"));
            yamlStatus.getStyleClass().remove("invalid");
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            yamlStatus.setText(Messages.get("metadata.yaml.invalid", message));
            if (!yamlStatus.getStyleClass().contains("invalid")) {
                yamlStatus.getStyleClass().add("invalid");
            }
        }
    }

    public CodeArea yamlArea() { return yaml; }

    /** Puts the caret on the problem's line of the YAML (README line 1 is the opening fence). */
    public void focusProblem(dev.cardwright.ui.check.Problem p) {
        int prefixLines = (int) card.getPrefix().chars().filter(c -> c == '\n').count();
        int line = p.line() - prefixLines - 1;
        if (line >= 1 && line <= yaml.getParagraphs().size()) {
            yaml.moveTo(line - 1, Math.max(0, Math.min(p.column() - 1, yaml.getParagraph(line - 1).length())));
            yaml.requestFollowCaret();
        }
        yaml.requestFocus();
    }
}
