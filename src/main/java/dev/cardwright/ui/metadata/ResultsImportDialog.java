package dev.cardwright.ui.metadata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.EvalResult;
import dev.cardwright.results.ResultsReader;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.Theme;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Import ▸ evaluation results: text pasted (or a file chosen) is read as CSV/TSV,
 * lm-evaluation-harness or evaluate output ({@link ResultsReader}) while it changes, and the rows
 * it gives are previewed in a table before "Add" hands them on. A problem in the text is named
 * with its line and column; nothing is added until the text reads.
 */
public final class ResultsImportDialog {
    private final Stage stage = new Stage();
    private final TextArea text = new TextArea();
    private final Label status = new Label();
    private final TableView<EvalResult> preview = new TableView<>();
    private final Button add = new Button();
    private String source = "pasted text";

    public ResultsImportDialog(Window owner, Consumer<List<EvalResult>> onAdd) {
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(Messages.get("resultsImport.title"));
        text.setId("results-import-text");
        text.setPromptText(Messages.get("resultsImport.prompt"));
        text.setAccessibleText(Messages.get("resultsImport.prompt"));
        text.setPrefRowCount(8);
        text.getStyleClass().add("results-import-text");
        Label textLabel = new Label(Messages.get("resultsImport.paste"));
        textLabel.setLabelFor(text);
        Button file = new Button(Messages.get("resultsImport.file"));
        file.setId("results-import-file");
        file.setOnAction(e -> chooseFile());
        status.setId("results-import-status");
        status.setWrapText(true);
        preview.setId("results-import-preview");
        preview.setAccessibleText(Messages.get("resultsImport.preview"));
        preview.setPlaceholder(new Label(Messages.get("resultsImport.nothing")));
        preview.setPrefHeight(260);
        // what tells the rows apart first, the value within sight; model and task (often the same for all rows) last
        column("results.dataset", EvalResult::getDatasetType, 150);
        column("results.datasetName", EvalResult::getDatasetName, 110);
        column("results.config", EvalResult::getDatasetConfig, 80);
        column("results.split", EvalResult::getDatasetSplit, 80);
        column("results.metric", EvalResult::getMetricType, 100);
        column("results.metricName", EvalResult::getMetricName, 200);
        column("results.value", r -> r.getMetricValue() == null ? "" : String.valueOf(r.getMetricValue()), 80);
        column("results.model", EvalResult::getModelName, 220);
        column("results.taskType", EvalResult::getTaskType, 120);
        Label previewLabel = new Label(Messages.get("resultsImport.preview"));
        previewLabel.setLabelFor(preview);
        add.setId("results-import-add");
        add.setDefaultButton(true);
        add.setDisable(true);
        add.setOnAction(e -> {
            List<EvalResult> rows = List.copyOf(preview.getItems());
            stage.close();
            onAdd.accept(rows);
        });
        Button cancel = new Button(Messages.get("resultsImport.cancel"));
        cancel.setId("results-import-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, file, gap, cancel, add);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox root = new VBox(8, textLabel, text, status, previewLabel, preview, buttons);
        root.setPadding(new Insets(14));
        VBox.setVgrow(preview, Priority.ALWAYS);
        text.textProperty().addListener((obs, old, now) -> read(now));
        text.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown() && !add.isDisabled()) {
                add.fire();
                e.consume();
            }
        });
        Scene scene = new Scene(root, 1000, 600);
        boolean dark = owner != null && owner.getScene() != null && owner.getScene().getRoot().getStyleClass().contains("theme-dark");
        Theme.of(dark ? "dark" : "light").apply(scene);
        stage.setScene(scene);
        read("");
    }

    public void show() {
        stage.show();
        text.requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    /** Reads a file's text into the box, as if pasted. */
    public void load(Path file) throws IOException {
        String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        source = file.toString();
        text.setText(content);
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("resultsImport.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("resultsImport.files"), "*.json", "*.csv", "*.tsv", "*.txt"));
        Path chosen = java.util.Optional.ofNullable(chooser.showOpenDialog(stage)).map(java.io.File::toPath).orElse(null);
        if (chosen != null) {
            try {
                load(chosen);
            } catch (IOException ex) {
                status.setText(Messages.get("resultsImport.unreadable", chosen, ex.getMessage()));
            }
        }
    }

    private void read(String input) {
        status.getStyleClass().remove("edit-error");
        if (input.isBlank()) {
            preview.setItems(FXCollections.observableArrayList());
            status.setText(Messages.get("resultsImport.formats"));
            add.setDisable(true);
            add.setText(Messages.get("resultsImport.add", 0));
            return;
        }
        try {
            ResultsReader.Read read = ResultsReader.read(input, source);
            preview.setItems(FXCollections.observableArrayList(read.rows()));
            status.setText(Messages.get("resultsImport.read", read.format(), read.rows().size()));
            add.setDisable(false);
            add.setText(Messages.get("resultsImport.add", read.rows().size()));
        } catch (CardFormatException e) {
            preview.setItems(FXCollections.observableArrayList());
            status.setText(Messages.get("resultsImport.error", e.line(), e.column(), e.getMessage()));
            status.getStyleClass().add("edit-error");
            add.setDisable(true);
            add.setText(Messages.get("resultsImport.add", 0));
        }
    }

    private void column(String key, Function<EvalResult, String> value, double width) {
        TableColumn<EvalResult, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        preview.getColumns().add(c);
    }
}
