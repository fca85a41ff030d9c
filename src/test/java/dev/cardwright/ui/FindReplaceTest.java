package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Section;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.NodeIds;
import dev.cardwright.ui.dialog.ScriptedDialogs;
import dev.cardwright.ui.navigator.NavEntry;
import dev.cardwright.ui.task.CurrentThreadTaskExecutor;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/**
 * Find and Replace (issue 10, editor basics) as a person uses it: Ctrl+F / Ctrl+H, typing, Enter,
 * Shift+Enter, F3, match case, Replace, Replace All, Ctrl+S and Ctrl+Z; checked on screen (count,
 * selection, focus) and in the saved file.
 */
@ExtendWith(ApplicationExtension.class)
class FindReplaceTest {
    /** "tiny bert" four times (once in a metadata value), "Tiny BERT" three times. */
    static final String CARD = "---\nlicense: mit\nextra_gated_heading: Request access to Tiny BERT\n---\n\n"
            + "# Model Card for Tiny BERT\n\n## Model Details\n\nTiny BERT is a small model; tiny bert in lower case.\n\n"
            + "## Uses\n\nUse Tiny BERT for tests.\n";

    @TempDir
    Path dir;

    private final Preferences prefsNode = Preferences.userRoot().node("dev/cardwright/test-find-" + System.nanoTime());
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainWindow window;
    private Path readme;

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindows.open(stage, prefsNode, new CurrentThreadTaskExecutor(), null, dialogs);
    }

    @AfterEach
    void clean() throws BackingStoreException {
        prefsNode.removeNode();
    }

    private void openCard(FxRobot robot) throws Exception {
        readme = dir.resolve("README.md");
        Files.writeString(readme, CARD, StandardCharsets.UTF_8);
        dialogs.openTarget = readme;
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shortcut(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String count(FxRobot robot) {
        return robot.lookup("#find-count").queryAs(Labeled.class).getText();
    }

    private Section section(String title) {
        return window.document().getCard().allSections().filter(s -> s.getTitle().equals(title)).findFirst().orElseThrow();
    }

    private CodeArea area(FxRobot robot, Section s) {
        return robot.lookup("#" + NodeIds.of("markdown", s.getId())).queryAs(CodeArea.class);
    }

    /** Whether a node and all its parents are visible. */
    private static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void replaceAllIsOneUndoStepAndLandsInTheSavedFile(FxRobot robot) throws Exception {
        openCard(robot);
        robot.clickOn("#" + NodeIds.of("markdown", section("Model Card for Tiny BERT").getId()));
        shortcut(robot, KeyCode.CONTROL, KeyCode.H);
        TextField find = robot.lookup("#find-text").queryAs(TextField.class);
        assertThat(find.isFocused()).isTrue();
        assertThat(shown(robot.lookup("#replace-text").query())).isTrue();
        robot.write("Tiny BERT");
        assertThat(count(robot)).isEqualTo(Messages.get("find.count", "1", "4"));
        robot.clickOn("#find-match-case");
        assertThat(count(robot)).isEqualTo(Messages.get("find.count", "1", "3"));
        robot.clickOn("#replace-text").write("Wee BERT");
        robot.clickOn("#replace-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count(robot)).isEqualTo(Messages.get("find.replaced", "3"));

        String edited = window.document().readmeText();
        assertThat(edited).isEqualTo(CARD.replace("Tiny BERT", "Wee BERT").replace("# Model Card for Wee BERT", "# Model Card for Tiny BERT"));
        // the section pane shows the model's text
        robot.interact(() -> window.select(section("Model Details")));
        assertThat(area(robot, section("Model Details")).getText()).contains("Wee BERT is a small model; tiny bert in lower case.");

        Path saved = dir.resolve("tiny.card.yaml");
        dialogs.saveTarget = saved;
        shortcut(robot, KeyCode.CONTROL, KeyCode.S);
        String file = Files.readString(saved, StandardCharsets.UTF_8);
        assertThat(file).contains("Request access to Wee BERT", "Wee BERT is a small model; tiny bert in lower case.", "Use Wee BERT for tests.")
                .doesNotContain("Request access to Tiny BERT", "Use Tiny BERT");
        assertThat(window.document().history().isDirty()).isFalse();

        shortcut(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(window.document().readmeText()).isEqualTo(CARD);
        assertThat(area(robot, section("Model Details")).getText()).contains("Tiny BERT is a small model");
        assertThat(window.document().history().isDirty()).isTrue();
        shortcut(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertThat(window.document().readmeText()).isEqualTo(edited);
    }

    @Test
    void enterShiftEnterAndF3WalkTheMatchesSelectingTextAndFocusingMetadataFields(FxRobot robot) throws Exception {
        openCard(robot);
        shortcut(robot, KeyCode.CONTROL, KeyCode.F);
        assertThat(shown(robot.lookup("#replace-text").query())).isFalse();
        robot.write("tiny bert");
        assertThat(count(robot)).isEqualTo(Messages.get("find.count", "1", "4"));
        TextField find = robot.lookup("#find-text").queryAs(TextField.class);
        assertThat(find.isFocused()).as("typing stays in the find box").isTrue();
        assertThat(find.getText()).isEqualTo("tiny bert");

        robot.type(KeyCode.ENTER);
        Section details = section("Model Details");
        assertThat(count(robot)).isEqualTo(Messages.get("find.count", "2", "4"));
        assertThat(window.navigator().selected()).isEqualTo(NavEntry.of(details));
        assertThat(area(robot, details).getSelectedText()).isEqualTo("Tiny BERT");
        assertThat(find.isFocused()).isTrue();

        robot.type(KeyCode.ENTER);
        assertThat(count(robot)).isEqualTo(Messages.get("find.count", "3", "4"));
        assertThat(area(robot, details).getSelectedText()).isEqualTo("tiny bert");
        assertThat(area(robot, details).getSelection().getStart()).isEqualTo("\nTiny BERT is a small model; ".length());

        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        assertThat(count(robot)).isEqualTo(Messages.get("find.count", "2", "4"));

        robot.type(KeyCode.F3).type(KeyCode.F3);
        Section uses = section("Uses");
        assertThat(count(robot)).isEqualTo(Messages.get("find.count", "4", "4"));
        assertThat(window.navigator().selected()).isEqualTo(NavEntry.of(uses));
        assertThat(area(robot, uses).getSelectedText()).isEqualTo("Tiny BERT");

        robot.type(KeyCode.F3); // wraps round to the metadata value
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count(robot)).isEqualTo(Messages.get("find.count", "1", "4"));
        assertThat(window.navigator().selected()).isEqualTo(NavEntry.METADATA);
        TextField heading = robot.lookup("#metadata-extra_gated_heading").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.scene().getFocusOwner() == heading);
        assertThat(heading.getSelectedText()).isEqualTo("Tiny BERT");

        robot.clickOn(find).type(KeyCode.ESCAPE);
        assertThat(shown(find)).isFalse();
        assertThat(window.document().history().isDirty()).as("finding changes nothing").isFalse();
    }

    @Test
    void replaceChangesTheMatchShownAndMovesOnAMetadataValueStaysValidYaml(FxRobot robot) throws Exception {
        openCard(robot);
        shortcut(robot, KeyCode.CONTROL, KeyCode.H);
        robot.write("BERT");
        robot.clickOn("#find-match-case");
        assertThat(count(robot)).isEqualTo(Messages.get("find.count", "1", "3"));
        robot.clickOn("#replace-text").write("BERT: v2"); // a colon would make the plain YAML value a mapping
        robot.clickOn("#replace-one");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().readmeText()).isEqualTo(CARD);
        assertThat(count(robot)).isEqualTo(Messages.get("find.count", "2", "3"));

        robot.clickOn("#replace-text").eraseText("BERT: v2".length()).write("Bert");
        robot.type(KeyCode.ENTER); // Enter in the replace box replaces the match shown
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().readmeText()).contains("Tiny Bert is a small model").contains("Request access to Tiny BERT\n");
        assertThat(count(robot)).isEqualTo(Messages.get("find.count", "2", "2"));
        assertThat(area(robot, section("Uses")).getSelectedText()).isEqualTo("BERT");

        robot.clickOn("#find-previous");
        robot.clickOn("#replace-one");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().readmeText()).contains("extra_gated_heading: Request access to Tiny Bert\n");
        shortcut(robot, KeyCode.CONTROL, KeyCode.Z);
        shortcut(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(window.document().readmeText()).isEqualTo(CARD);
    }
}
