package dev.cardwright.ui.main;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

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
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
    private final ProblemsPopup problems;
    private final Supplier<Function<Problem, String>> locator;
    private CheckReport report = CheckReport.EMPTY;
    private boolean checking;
    private MarkdownArea area;
    private final ChangeListener<String> caretListener = (obs, old, now) -> showCaret();

    /**
     * @param goTo    shows where a problem is; called when one is picked from the list
     * @param locator names where problems are in the card as it is now (section and line, metadata key)
     */
    public StatusBar(Consumer<Problem> goTo, Supplier<Function<Problem, String>> locator) {
        this.problems = new ProblemsPopup(goTo);
        this.locator = locator;
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
        checking = false;
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
        refreshOpenList();
    }

    /** A list open while the check reports shows the new report, not the one it was opened on. */
    private void refreshOpenList() {
        if (problems.isShowing()) {
            showProblems();
        }
    }

    /**
     * Forgets the figures shown (they were another card's) and says that the card is being
     * checked, until the next {@link #showReport}.
     */
    public void showChecking() {
        report = CheckReport.EMPTY;
        checking = true;
        problemsButton.getStyleClass().removeAll(StyleClasses.DANGER, StyleClasses.WARNING, StyleClasses.SUCCESS);
        problemsButton.setText(Messages.get("status.checking"));
        problemsButton.setGraphic(new FontIcon(Feather.CLOCK));
        completenessLabel.setText(Messages.get("status.completeness.checking"));
        refreshOpenList();
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
        problems.show(problemsButton, report.problems(), locator.get(), checking);
    }

    /** Whether the list of problems is open. */
    public boolean problemsShowing() {
        return problems.isShowing();
    }
}
