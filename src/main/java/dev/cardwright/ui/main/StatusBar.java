package dev.cardwright.ui.main;

import java.util.Locale;
import java.util.function.Consumer;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.cardwright.ui.check.CheckReport;
import dev.cardwright.ui.check.Problem;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.StyleClasses;
import dev.cardwright.ui.section.MarkdownArea;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bar at the bottom: the validation summary (a button that lists the problems, each one a
 * jump to where it is), completeness, and the caret of the text being edited.
 */
public final class StatusBar {
    private final Button problemsButton = new Button();
    private final Label completenessLabel = new Label();
    private final Label caretLabel = new Label();
    private final HBox node;
    private final Consumer<Problem> goTo;
    private CheckReport report = CheckReport.EMPTY;
    private MarkdownArea area;
    private final ChangeListener<String> caretListener = (obs, old, now) -> showCaret();

    /** @param goTo shows where a problem is; called when one is picked from the list */
    public StatusBar(Consumer<Problem> goTo) {
        this.goTo = goTo;
        problemsButton.setId("status-problems");
        problemsButton.getStyleClass().addAll(StyleClasses.FLAT, StyleClasses.SMALL);
        problemsButton.setAccessibleText(Messages.get("status.problems.accessible"));
        problemsButton.setOnAction(e -> showProblems());
        completenessLabel.setId("status-completeness");
        caretLabel.setId("status-caret");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        node = new HBox(14, problemsButton, spacer, completenessLabel, caretLabel);
        node.setAlignment(Pos.CENTER_LEFT);
        node.setPadding(new Insets(2, 10, 2, 4));
        node.getStyleClass().add(StyleClasses.STATUS_BAR);
        showReport(CheckReport.EMPTY);
    }

    public Node node() {
        return node;
    }

    public void showReport(CheckReport r) {
        report = r;
        long errors = r.count(Problem.Severity.ERROR);
        long warnings = r.count(Problem.Severity.WARNING);
        problemsButton.getStyleClass().removeAll(StyleClasses.DANGER, StyleClasses.WARNING, StyleClasses.SUCCESS);
        if (errors + warnings == 0) {
            problemsButton.setText(Messages.get("status.noProblems"));
            problemsButton.setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
            problemsButton.getStyleClass().add(StyleClasses.SUCCESS);
        } else {
            problemsButton.setText(Messages.get("status.problems", errors, warnings));
            problemsButton.setGraphic(new FontIcon(errors > 0 ? Feather.X_CIRCLE : Feather.ALERT_TRIANGLE));
            problemsButton.getStyleClass().add(errors > 0 ? StyleClasses.DANGER : StyleClasses.WARNING);
        }
        completenessLabel.setText(Messages.get("status.completeness", Math.round(r.completeness() * 100)));
    }

    /** Follows the caret of {@code next} (null: no text is being edited). */
    public void followCaret(MarkdownArea next) {
        if (area != null) {
            area.caretProperty().removeListener(caretListener);
        }
        area = next;
        if (area != null) {
            area.caretProperty().addListener(caretListener);
        }
        showCaret();
    }

    private void showCaret() {
        caretLabel.setText(area == null ? "" : Messages.get("status.caret", area.caretProperty().get()));
    }

    /** Opens the list of problems above the status bar. */
    public void showProblems() {
        ListView<Problem> list = new ListView<>();
        list.setId("problems-list");
        list.setAccessibleText(Messages.get("action.problems"));
        list.getItems().setAll(report.problems());
        list.setPlaceholder(new Label(Messages.get("status.noProblems")));
        list.setPrefSize(560, Math.min(320, 36 + 30 * Math.max(1, report.problems().size())));
        list.setCellFactory(v -> new ProblemCell());
        ContextMenu popup = new ContextMenu();
        popup.getItems().add(new CustomMenuItem(list, false));
        popup.setId("problems-popup");
        list.setOnMouseClicked(e -> pick(list, popup));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pick(list, popup);
            }
        });
        popup.show(problemsButton, Side.TOP, 0, 0);
        list.requestFocus();
    }

    private void pick(ListView<Problem> list, ContextMenu popup) {
        Problem p = list.getSelectionModel().getSelectedItem();
        if (p != null) {
            popup.hide();
            goTo.accept(p);
        }
    }

    private static final class ProblemCell extends ListCell<Problem> {
        @Override
        protected void updateItem(Problem p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setText(null);
                setGraphic(null);
            } else {
                setText(p.where() + "  " + p.message() + "  [" + p.code() + "]");
                FontIcon icon = new FontIcon(p.severity() == Problem.Severity.ERROR ? Feather.X_CIRCLE
                        : p.severity() == Problem.Severity.WARNING ? Feather.ALERT_TRIANGLE : Feather.INFO);
                icon.getStyleClass().add("severity-" + p.severity().name().toLowerCase(Locale.ROOT));
                setGraphic(icon);
            }
        }
    }
}
