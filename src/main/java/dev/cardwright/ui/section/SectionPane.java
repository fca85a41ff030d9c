package dev.cardwright.ui.section;

import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.NodeIds;
import dev.cardwright.ui.common.StyleClasses;
import dev.cardwright.ui.task.TaskExecutor;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The form for one section: its title, the schema's guidance, one input per key–value field and
 * the Markdown text in a code area. Built in code: constructor → {@code createView} → {@code bind}.
 */
public final class SectionPane extends VBox {
    private final SectionViewModel model;
    private final MarkdownArea markdown;
    private boolean pushing;

    public SectionPane(SectionViewModel model, TaskExecutor executor) {
        this.model = model;
        this.markdown = new MarkdownArea(executor);
        createView();
        bind();
    }

    private void createView() {
        getStyleClass().add("section-pane");
        setSpacing(10);
        setPadding(new Insets(16, 18, 12, 18));
        Label title = new Label();
        title.getStyleClass().addAll(StyleClasses.TITLE_3, StyleClasses.PANE_TITLE);
        title.setWrapText(true);
        title.setId(NodeIds.of("title", model.section().getId()));
        javafx.scene.layout.HBox heading = new javafx.scene.layout.HBox();
        Runnable showTitle = () -> heading.getChildren().setAll(SectionTitle.of(model.section()).view(title).getChildren());
        showTitle.run();
        model.titleProperty().addListener((obs, old, now) -> showTitle.run());
        model.section().headingProperty().addListener((obs, old, now) -> showTitle.run());
        heading.setSpacing(8);
        heading.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().add(heading);

        if (!model.guidance().isBlank()) {
            Label guidance = new Label(model.guidance());
            guidance.setWrapText(true);
            guidance.getStyleClass().add(StyleClasses.GUIDANCE);
            guidance.setId(NodeIds.of("guidance", model.section().getId()));
            getChildren().add(guidance);
        }

        if (!model.fields().isEmpty()) {
            GridPane grid = new GridPane();
            grid.getStyleClass().add(StyleClasses.FIELD_GRID);
            grid.setHgap(10);
            grid.setVgap(6);
            ColumnConstraints labels = new ColumnConstraints();
            labels.setMinWidth(120);
            labels.setHgrow(Priority.NEVER);
            ColumnConstraints inputs = new ColumnConstraints();
            inputs.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().addAll(labels, inputs);
            int row = 0;
            for (SectionViewModel.FieldViewModel f : model.fields()) {
                TextField input = new TextField();
                input.setId(NodeIds.of("field", model.section().getId(), f.field().key()));
                input.setPromptText(Messages.get("section.field.prompt"));
                input.setAccessibleText(f.field().label());
                input.textProperty().bindBidirectional(f.valueProperty());
                Label label = new Label(f.field().label());
                label.setLabelFor(input);
                label.setMnemonicParsing(false);
                grid.addRow(row++, label, input);
            }
            getChildren().add(grid);
        }

        Label textLabel = new Label(Messages.get("section.text"));
        textLabel.getStyleClass().add(StyleClasses.TEXT_MUTED);
        textLabel.setLabelFor(markdown.area());
        markdown.area().setId(NodeIds.of("markdown", model.section().getId()));
        markdown.area().setAccessibleText(Messages.get("section.text.accessible", model.section().getTitle()));
        VBox.setVgrow(markdown.node(), Priority.ALWAYS);
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(gap, Priority.ALWAYS);
        javafx.scene.layout.HBox textHeading = new javafx.scene.layout.HBox(8, textLabel, gap, FormatToolbar.of(markdown));
        textHeading.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(textHeading, markdown.node());
    }

    private void bind() {
        markdown.setText(model.text());
        markdown.area().moveTo(0);
        markdown.area().showParagraphAtTop(0);
        markdown.area().textProperty().addListener((obs, old, now) -> {
            if (!pushing) {
                model.editText(now);
            }
        });
        model.section().textProperty().addListener((obs, old, now) -> {
            if (model.differs(markdown.area().getText())) {
                pushing = true;
                try {
                    markdown.setText(now);
                } finally {
                    pushing = false;
                }
            }
        });
    }

    public SectionViewModel model() { return model; }
    public MarkdownArea markdown() { return markdown; }
}
