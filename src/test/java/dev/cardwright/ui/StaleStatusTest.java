package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.testing.SharedCorpus;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.task.QueuedTaskExecutor;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;

/**
 * Defect 8 of issue 10: after another card is opened, the status bar and the outline never show
 * the card before's problems or completeness; they say "checking…" until the new card's own check
 * reports. Background work is held in a queue, so the test decides when a check "finishes".
 */
@ExtendWith(ApplicationExtension.class)
class StaleStatusTest {
    /** One error (license) and two placeholders; 30 % complete. */
    private static final String CARD_A = "---\nlicense: not-a-license\n---\n\n# Model Card for Tiny\n\n## Model Details\n\nSome text.\n\n"
            + "[More Information Needed]\n\n## Uses\n\nUse it.\n\n[More Information Needed]\n";
    /** 600 KB: its check takes seconds in the real editor. */
    private static final String CARD_B = "Polymath-Saksh_document-intelligence__models_granite-embedding-107m-multilingual_README.md";

    @TempDir
    Path dir;

    private final QueuedTaskExecutor background = new QueuedTaskExecutor();

    @RegisterExtension
    final MainWindowExtension editor = new MainWindowExtension("stale").withExecutor(background);

    @AfterEach
    void clean(FxRobot robot) {
        // work still held back would stay pending in the shared test stage's window
        robot.interact(background::runAll);
    }

    private String chip(FxRobot robot) {
        return robot.lookup("#status-problems").queryButton().getText();
    }

    private String completeness(FxRobot robot) {
        return robot.lookup("#status-completeness").queryAs(Labeled.class).getText();
    }

    private String outline(FxRobot robot) {
        return robot.lookup("#completeness-text").queryAs(Labeled.class).getText();
    }

    private void open(FxRobot robot, Path file) {
        editor.dialogs().openTarget = file;
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anotherCardShowsCheckingUntilItsOwnCheckReportsNeverTheCardBefore(FxRobot robot) throws Exception {
        Path a = dir.resolve("README.md");
        Files.writeString(a, CARD_A, StandardCharsets.UTF_8);
        Path b = SharedCorpus.card(CARD_B);
        String aProblems = Messages.get("status.problems", 1, 2);

        open(robot, a);
        assertThat(chip(robot)).isEqualTo(Messages.get("status.checking"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            robot.interact(background::runAll);
            return chip(robot).equals(aProblems);
        });
        assertThat(outline(robot)).isEqualTo(Messages.get("navigator.completeness", 30));
        assertThat(completeness(robot)).isEqualTo(Messages.get("status.completeness", 30));

        // an edit starts another check of A, which is still running when B is opened
        robot.interact(() -> editor.window().document().getCard().allSections().findFirst().orElseThrow()
                .setText("Some other text.\n\n[More Information Needed]\n\n"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> background.waiting() > 0);
        editor.dialogs().unsaved = dev.cardwright.ui.dialog.DialogService.UnsavedChoice.DISCARD;
        open(robot, b);
        assertThat(editor.window().document().readmeText()).isEqualTo(Files.readString(b, StandardCharsets.UTF_8));

        List<String> seen = new ArrayList<>();
        seen.add(chip(robot) + " | " + completeness(robot) + " | " + outline(robot));
        assertThat(chip(robot)).isEqualTo(Messages.get("status.checking"));
        assertThat(completeness(robot)).isEqualTo(Messages.get("status.completeness.checking"));
        assertThat(outline(robot)).isEqualTo(Messages.get("navigator.completeness.checking"));
        assertThat(editor.window().report().problems()).isEmpty();

        // A's check finishes late: dropped; B's starts a moment after the card is shown
        robot.interact(background::runNext);
        seen.add(chip(robot) + " | " + completeness(robot) + " | " + outline(robot));
        assertThat(chip(robot)).isEqualTo(Messages.get("status.checking"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            robot.interact(background::runNext);
            seen.add(chip(robot) + " | " + completeness(robot) + " | " + outline(robot));
            return !chip(robot).equals(Messages.get("status.checking"));
        });

        assertThat(seen).noneMatch(s -> s.contains(aProblems) || s.contains("30"));
        assertThat(chip(robot)).isEqualTo(Messages.get("status.noProblems"));
        assertThat(outline(robot)).isEqualTo(Messages.get("navigator.completeness", 10));
        assertThat(completeness(robot)).isEqualTo(Messages.get("status.completeness", 10));
    }

    @Test
    void aListOpenedWhileCheckingSaysSoAndFillsWhenTheCheckReports(FxRobot robot) throws Exception {
        Path a = dir.resolve("README.md");
        Files.writeString(a, CARD_A, StandardCharsets.UTF_8);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            robot.interact(background::runAll);
            return !chip(robot).equals(Messages.get("status.checking"));
        });
        open(robot, a);
        robot.clickOn("#status-problems");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<dev.cardwright.ui.check.Problem> list = robot.lookup("#problems-list").queryAs(javafx.scene.control.TableView.class);
        assertThat(list.getItems()).isEmpty();
        assertThat(((Labeled) list.getPlaceholder()).getText()).isEqualTo(Messages.get("status.checking"));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            robot.interact(background::runAll);
            return !list.getItems().isEmpty();
        });
        assertThat(list.getItems()).hasSize(5).anyMatch(p -> p.code().equals("CW101"));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#problems-list").tryQuery()).isEmpty();
    }
}
