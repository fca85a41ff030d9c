package dev.cardwright.ui.main;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.cardwright.ui.check.Problem;
import dev.cardwright.ui.common.Messages;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Popup;

/**
 * The status bar's list of problems: a table (severity, code, message, where) above the bar.
 * Enter or a double click on a row jumps to the problem and closes the list; Escape closes it.
 * A {@link Popup} rather than a context menu: a menu item would paint its hover colour over the
 * whole table and shrink the text to the menu's size.
 */
final class ProblemsPopup {
    private static final double ROW = 32;

    private final Popup popup = new Popup();
    private final TableView<Problem> table = new TableView<>();
    private final Consumer<Problem> goTo;
    private Function<Problem, String> locate = Problem::where;

    /** @param goTo shows where a problem is */
    ProblemsPopup(Consumer<Problem> goTo) {
        this.goTo = goTo;
        table.setId("problems-list");
        table.getStyleClass().add("problems-table");
        table.setAccessibleText(Messages.get("action.problems"));
        table.setFixedCellSize(ROW);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("problems-severity", "", 34, p -> p, SeverityCell::new));
        table.getColumns().add(column("problems-code", Messages.get("problems.code"), 70, Problem::code, null));
        table.getColumns().add(column("problems-message", Messages.get("problems.message"), 440, Problem::message, null));
        table.getColumns().add(column("problems-where", Messages.get("problems.where"), 210, p -> locate.apply(p), null));
        table.setRowFactory(t -> {
            TableRow<Problem> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    pick(row.getItem());
                }
            });
            return row;
        });
        // a filter: the table would otherwise take Enter for itself (start editing, commit)
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                pick(table.getSelectionModel().getSelectedItem());
            }
        });
        StackPane box = new StackPane(table);
        box.getStyleClass().add("problems-popup");
        box.setId("problems-popup");
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
    }

    private static <T> TableColumn<Problem, T> column(String id, String title, double width, Function<Problem, T> value,
            java.util.function.Supplier<TableCell<Problem, T>> cells) {
        TableColumn<Problem, T> c = new TableColumn<>(title);
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        if (cells != null) {
            c.setCellFactory(col -> cells.get());
        } else {
            c.setCellFactory(col -> new TableCell<>() {
                @Override
                protected void updateItem(T item, boolean empty) {
                    super.updateItem(item, empty);
                    String text = empty || item == null ? null : item.toString();
                    setText(text);
                    setTooltip(text == null || text.length() < 60 ? null : new Tooltip(text));
                }
            });
        }
        return c;
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    TableView<Problem> table() {
        return table;
    }

    /**
     * Lists {@code problems} above {@code anchor}.
     *
     * @param locate   names where a problem is, as the user knows the card (section and line, metadata key)
     * @param checking whether a check of the card is still running (the empty list then says so)
     */
    void show(Node anchor, List<Problem> problems, Function<Problem, String> locate, boolean checking) {
        this.locate = locate;
        table.getItems().setAll(problems);
        table.setPlaceholder(new Label(checking ? Messages.get("status.checking") : Messages.get("status.noProblems")));
        // room for the header and up to twelve rows; more scroll
        table.setPrefSize(800, Math.min(12, Math.max(2, problems.size())) * ROW + ROW + 12);
        if (!problems.isEmpty()) {
            table.getSelectionModel().select(0);
        }
        Bounds b = anchor.localToScreen(anchor.getBoundsInLocal());
        popup.show(anchor, b.getMinX(), b.getMinY() - table.getPrefHeight() - 4);
        table.requestFocus();
    }

    private void pick(Problem p) {
        if (p != null) {
            popup.hide();
            goTo.accept(p);
        }
    }

    /** The severity as an icon the size of the text beside it, with the word for screen readers. */
    private static final class SeverityCell extends TableCell<Problem, Problem> {
        SeverityCell() {
            fontProperty().addListener((o, was, now) -> {
                if (getGraphic() instanceof FontIcon icon) {
                    sizeIcon(icon);
                }
            });
        }

        private void sizeIcon(FontIcon icon) {
            icon.setStyle("-fx-icon-size: " + Math.round(getFont().getSize()) + ";");
        }

        @Override
        protected void updateItem(Problem p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            FontIcon icon = new FontIcon(switch (p.severity()) {
                case ERROR -> Feather.X_CIRCLE;
                case WARNING -> Feather.ALERT_TRIANGLE;
                case INFO -> Feather.INFO;
            });
            icon.getStyleClass().add("severity-" + p.severity().name().toLowerCase(Locale.ROOT));
            // an inline style, so the theme's fixed icon size cannot override it (a binding would make CSS complain)
            sizeIcon(icon);
            setGraphic(icon);
            String word = switch (p.severity()) {
                case ERROR -> Messages.get("problems.severity.error");
                case WARNING -> Messages.get("problems.severity.warning");
                case INFO -> Messages.get("problems.severity.info");
            };
            setAccessibleText(word);
            setTooltip(new Tooltip(word));
        }
    }
}
