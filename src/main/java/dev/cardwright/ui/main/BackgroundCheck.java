package dev.cardwright.ui.main;

import java.util.function.Consumer;

import dev.cardwright.ui.check.CardChecker;
import dev.cardwright.ui.check.CheckReport;
import dev.cardwright.ui.document.DocumentViewModel;
import dev.cardwright.ui.task.LatestOnly;
import dev.cardwright.ui.task.TaskExecutor;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Validates the open card in the background once typing pauses, not on every keystroke; a report
 * of a text that has changed since is dropped.
 */
public final class BackgroundCheck {
    private final DocumentViewModel document;
    private final CardChecker checker;
    private final LatestOnly checking;
    private final PauseTransition delay = new PauseTransition(Duration.millis(350));
    private final Consumer<CheckReport> onReport;
    private CheckReport report = CheckReport.EMPTY;

    /** @param whenTypingPauses runs before each check (markers that follow the text) */
    public BackgroundCheck(DocumentViewModel document, CardChecker checker, TaskExecutor executor, Runnable whenTypingPauses,
            Consumer<CheckReport> onReport) {
        this.document = document;
        this.checker = checker;
        this.checking = new LatestOnly(executor);
        this.onReport = onReport;
        delay.setOnFinished(e -> {
            whenTypingPauses.run();
            check();
        });
        document.history().revisionProperty().addListener((obs, old, now) -> schedule());
    }

    /** Checks a moment from now (again from now if one was already waiting). */
    public void schedule() {
        delay.playFromStart();
    }

    /**
     * A new card is shown: the report of the card before, and a check of it still running, no
     * longer count; the new card is checked a moment from now.
     */
    public void restart() {
        checking.cancel();
        report = CheckReport.EMPTY;
        schedule();
    }

    public CheckReport report() {
        return report;
    }

    private void check() {
        if (document.getCard() == null) {
            return;
        }
        checking.submit(checker.prepare(document.getCard(), document.baseDirectory().orElse(null)), r -> {
            report = r;
            onReport.accept(r);
        });
    }
}
