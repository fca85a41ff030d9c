package dev.cardwright.ui.preamble;

import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.StyleClasses;
import dev.cardwright.ui.section.MarkdownArea;
import dev.cardwright.ui.task.TaskExecutor;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Edits the text before the first heading (a badge row, a short introduction). */
public final class PreamblePane extends VBox {
    private final MarkdownArea area;
    private boolean pushing;

    public PreamblePane(PreambleViewModel model, TaskExecutor executor) {
        super(10);
        area = new MarkdownArea(executor);
        area.area().setId("markdown-preamble");
        area.area().setAccessibleText(Messages.get("navigator.preamble"));
        area.setText(model.textProperty().get());
        area.area().textProperty().addListener((obs, old, now) -> {
            if (!pushing) {
                model.textProperty().set(now);
            }
        });
        model.textProperty().addListener((obs, old, now) -> {
            if (!area.area().getText().equals(now)) {
                pushing = true;
                area.setText(now);
                pushing = false;
            }
        });
        Label title = new Label(Messages.get("navigator.preamble"));
        title.getStyleClass().addAll(StyleClasses.TITLE_3, StyleClasses.PANE_TITLE);
        Label guidance = new Label(Messages.get("preamble.guidance"));
        guidance.getStyleClass().add(StyleClasses.GUIDANCE);
        guidance.setWrapText(true);
        Label label = new Label(Messages.get("section.text"));
        label.setLabelFor(area.area());
        label.getStyleClass().add(StyleClasses.TEXT_MUTED);
        getChildren().addAll(title, guidance, label, area.node());
        VBox.setVgrow(area.node(), Priority.ALWAYS);
        setPadding(new Insets(16, 18, 12, 18));
    }

    public MarkdownArea markdown() {
        return area;
    }
}
