package dev.cardwright.ui.metadata;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.cardwright.card.EvalResult;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.StyleClasses;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The evaluation results as an editable table, {@code model-index} rows and {@code .eval_results}
 * entries together (a column says which): one row per metric, typed
 * cells (the value is a number when it reads as one, verified is a check box), rows added,
 * removed and reordered; several models side by side through the model column.
 */
final class ResultsTable extends VBox {
    private final MetadataViewModel model;
    private final TableView<EvalResult> table = new TableView<>();
    /** The columns Tab goes through, in order. */
    private final java.util.List<TableColumn<EvalResult, String>> textColumns = new java.util.ArrayList<>();
    private final javafx.collections.transformation.FilteredList<EvalResult> filtered;
    private final javafx.scene.control.TextField filter = new javafx.scene.control.TextField();

    ResultsTable(MetadataViewModel model) {
        this.model = model;
        this.filtered = new javafx.collections.transformation.FilteredList<>(JoinedList.of(model.getResults(), model.evalEntries().rows()));
        setSpacing(6);
        table.setId("metadata-results");
        table.setAccessibleText(Messages.get("results.title"));
        table.setEditable(true);
        // issue 10: a filter box over the rows (the large corpus card has over 10,000)
        table.setItems(filtered);
        table.setPrefHeight(220);
        table.setPlaceholder(new javafx.scene.control.Label(Messages.get("results.empty")));
        table.getColumns().add(text(Messages.get("results.model"), "model", EvalResult::modelNameProperty, EvalResult::setModelName));
        table.getColumns().add(text(Messages.get("results.taskType"), "task-type", EvalResult::taskTypeProperty, EvalResult::setTaskType,
                model.vocabularies().pipelineTags()));
        table.getColumns().add(text(Messages.get("results.dataset"), "dataset-type", EvalResult::datasetTypeProperty, EvalResult::setDatasetType));
        table.getColumns().add(text(Messages.get("results.datasetName"), "dataset-name", EvalResult::datasetNameProperty, EvalResult::setDatasetName));
        table.getColumns().add(text(Messages.get("results.config"), "config", EvalResult::datasetConfigProperty, EvalResult::setDatasetConfig));
        table.getColumns().add(text(Messages.get("results.split"), "split", EvalResult::datasetSplitProperty, EvalResult::setDatasetSplit));
        table.getColumns().add(text(Messages.get("results.metric"), "metric-type", EvalResult::metricTypeProperty, EvalResult::setMetricType));
        table.getColumns().add(text(Messages.get("results.metricName"), "metric-name", EvalResult::metricNameProperty, EvalResult::setMetricName));
        TableColumn<EvalResult, String> value = new TableColumn<>(Messages.get("results.value"));
        value.setId("results-col-value");
        value.setCellValueFactory(c -> javafx.beans.binding.Bindings.createStringBinding(() -> c.getValue().getMetricValue() == null ? ""
                : String.valueOf(c.getValue().getMetricValue()), c.getValue().metricValueProperty()));
        value.setCellFactory(c -> new ResultCell((row, text) -> {
            row.setMetricValue(EvalResult.metricValueOf(text));
            model.commitRow(row);
        }, this::moveEditor));
        table.getColumns().add(value);
        textColumns.add(value);
        TableColumn<EvalResult, Boolean> verified = new TableColumn<>(Messages.get("results.verified"));
        verified.setId("results-col-verified");
        verified.setCellValueFactory(c -> {
            ObjectProperty<Boolean> p = new SimpleObjectProperty<>(c.getValue().isVerified());
            p.addListener((obs, old, now) -> {
                c.getValue().setVerified(Boolean.TRUE.equals(now));
                model.commitRow(c.getValue());
            });
            return p;
        });
        verified.setCellFactory(CheckBoxTableCell.forTableColumn(verified));
        verified.setEditable(true);
        table.getColumns().add(verified);
        table.getColumns().add(text(Messages.get("results.source"), "source", EvalResult::sourceUrlProperty, EvalResult::setSourceUrl));
        // twelve columns do not fit a form's width: keep readable widths and scroll sideways
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        double[] widths = {170, 120, 200, 150, 70, 70, 90, 100, 80, 80, 220};
        for (int i = 0; i < table.getColumns().size(); i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        addFormatColumn();

        Button add = button("results-add", Feather.PLUS, Messages.get("results.add"), () -> {
            EvalResult selected = table.getSelectionModel().getSelectedItem();
            EvalResult row = model.addResult(EvalEntryRows.isEntry(selected) ? null : selected);
            if (!filtered.contains(row)) {
                filter.clear(); // a new row hidden by the filter would look like nothing happened
            }
            select(row);
            table.scrollTo(row);
        });
        Button remove = button("results-remove", Feather.TRASH_2, Messages.get("results.remove"), () -> {
            EvalResult row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                model.removeResult(row);
            }
        });
        Button importRows = button("results-import", Feather.DOWNLOAD, Messages.get("results.import"), () ->
                new ResultsImportDialog(getScene() == null ? null : getScene().getWindow(), this::addImported).show());
        Button up = button("results-up", Feather.ARROW_UP, Messages.get("results.up"), () -> move(-1));
        Button down = button("results-down", Feather.ARROW_DOWN, Messages.get("results.down"), () -> move(1));
        // adding, removing and moving apply to model-index rows; an entry is edited in place
        remove.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            EvalResult selected = table.getSelectionModel().getSelectedItem();
            return selected == null || EvalEntryRows.isEntry(selected);
        }, table.getSelectionModel().selectedItemProperty()));
        up.disableProperty().bind(remove.disableProperty());
        down.disableProperty().bind(remove.disableProperty());
        filter.setId("results-filter");
        filter.setPromptText(Messages.get("results.filter.prompt"));
        filter.setAccessibleText(Messages.get("results.filter.prompt"));
        javafx.scene.control.Label shown = new javafx.scene.control.Label();
        shown.setId("results-filter-count");
        shown.getStyleClass().add(StyleClasses.TEXT_MUTED);
        shown.textProperty().bind(Bindings.createStringBinding(() -> filter.getText().isBlank() ? ""
                : Messages.get("results.filter.count", filtered.size(), filtered.getSource().size()), filtered, filter.textProperty()));
        filter.textProperty().addListener((obs, old, now) -> filtered.setPredicate(RowFilter.of(now)));
        HBox.setHgrow(filter, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.control.Label filterLabel = new javafx.scene.control.Label(null, new FontIcon(Feather.FILTER));
        filterLabel.setLabelFor(filter);
        filterLabel.setAccessibleText(Messages.get("results.filter.prompt"));
        HBox bar = new HBox(4, add, remove, up, down, importRows, filterLabel, filter, shown);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(bar, table);
    }

    /** Rows read by the import dialog, added after the last row as one change of the card. */
    private void addImported(List<EvalResult> rows) {
        if (rows.isEmpty()) {
            return;
        }
        model.getResults().addAll(rows);
        model.commitResults();
        select(rows.get(0));
        table.scrollTo(rows.get(0));
    }

    TableView<EvalResult> table() {
        return table;
    }

    /** Tab and Shift+Tab: the next or previous text cell, on to the next or previous row at the ends. */
    private void moveEditor(EvalResult row, TableColumn<EvalResult, String> column, int delta) {
        int r = table.getItems().indexOf(row);
        int c = textColumns.indexOf(column) + delta;
        if (r < 0 || c < -1 || c > textColumns.size()) {
            return;
        }
        if (c == textColumns.size()) {
            r++;
            c = 0;
        } else if (c < 0) {
            r--;
            c = textColumns.size() - 1;
        }
        if (r < 0 || r >= table.getItems().size()) {
            return;
        }
        TableColumn<EvalResult, String> next = textColumns.get(c);
        table.getSelectionModel().clearAndSelect(r);
        table.scrollToColumn(next);
        table.layout();
        table.edit(r, next);
    }

    private void move(int delta) {
        EvalResult row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            model.moveResult(row, delta);
            select(row);
        }
    }

    private void select(EvalResult row) {
        int i = table.getItems().indexOf(row);
        if (i >= 0) {
            table.getSelectionModel().clearAndSelect(i);
        }
    }

    /**
     * The last column says which format a row is in ({@code model-index}, or the
     * {@code .eval_results} file it comes from); on an entry's row, the columns an entry has no
     * field for (model, task, split, metric, verified) are not editable.
     */
    private void addFormatColumn() {
        TableColumn<EvalResult, String> format = new TableColumn<>(Messages.get("results.format"));
        format.setId("results-col-format");
        format.setEditable(false);
        format.setPrefWidth(150);
        format.setCellValueFactory(c -> new SimpleStringProperty(EvalEntryRows.format(c.getValue())));
        // an editor opened on a cell that an entry has no field for is closed at once
        table.editingCellProperty().addListener((obs, old, now) -> {
            if (now != null && now.getTableColumn() != null && !ENTRY_COLUMNS.contains(now.getTableColumn().getId())
                    && now.getRow() >= 0 && now.getRow() < table.getItems().size()
                    && EvalEntryRows.isEntry(table.getItems().get(now.getRow()))) {
                javafx.application.Platform.runLater(() -> table.edit(-1, null));
            }
        });
        table.getColumns().add(format);
    }

    private static final java.util.Set<String> ENTRY_COLUMNS = java.util.Set.of("results-col-dataset-type", "results-col-config",
            "results-col-value", "results-col-source");

    private static Button button(String id, Feather icon, String text, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll(StyleClasses.FLAT, StyleClasses.BUTTON_ICON);
        b.setTooltip(new Tooltip(text));
        b.setAccessibleText(text);
        b.setOnAction(e -> action.run());
        return b;
    }

    private TableColumn<EvalResult, String> text(String title, String id,
            Function<EvalResult, ObservableValue<String>> property, BiConsumer<EvalResult, String> setter) {
        return text(title, id, property, setter, List.of());
    }

    /** A text column whose editor suggests {@code choices} (none: a plain editor). */
    private TableColumn<EvalResult, String> text(String title, String id,
            Function<EvalResult, ObservableValue<String>> property, BiConsumer<EvalResult, String> setter, List<Choice> choices) {
        TableColumn<EvalResult, String> c = new TableColumn<>(title);
        c.setId("results-col-" + id);
        c.setCellValueFactory(cell -> property.apply(cell.getValue()));
        c.setCellFactory(col -> new ResultCell((row, text) -> {
            setter.accept(row, text == null || text.isBlank() ? null : text.strip());
            model.commitRow(row);
        }, this::moveEditor, choices));
        textColumns.add(c);
        return c;
    }
}
