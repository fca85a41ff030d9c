package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Section;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.NodeIds;
import dev.cardwright.ui.navigator.NavEntry;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * Find and Replace (issue 10, editor basics) as a person uses it: Ctrl+F / Ctrl+H, typing, Enter,
 * Shift+Enter, F3, match case, Replace, Replace All, Ctrl+S and Ctrl+Z; checked on screen (count,
 * selection, focus) and in the saved file.
 */
@ExtendWith(ApplicationExtension.class)
class FindReplaceTest {
    /** "tiny bert" five times (once in a metadata value, once in a heading), "Tiny BERT" four times. */
    static final String CARD = "---\nlicense: mit\nextra_gated_heading: Request access to Tiny BERT\n---\n\n"
            + "# Model Card for Tiny BERT\n\n## Model Details\n\nTiny BERT is a small model; tiny bert in lower case.\n\n"
            + "## Uses\n\nUse Tiny BERT for tests.\n";

    @TempDir
    Path dir;

    private Path readme;

    @RegisterExtension
    final MainWindowExtension editor = new MainWindowExtension("find");

    private void openCard(FxRobot robot) throws Exception {
        readme = dir.resolve("README.md");
        Files.writeString(readme, CARD, StandardCharsets.UTF_8);
        editor.dialogs().openTarget = readme;
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
        return editor.window().document().getCard().allSections().filter(s -> s.getTitle().equals(title)).findFirst().orElseThrow();
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
        assertThat(count(robot)).isEqualTo(Messages.get("find.count", "1", "5"));
        robot.clickOn("#find-match-case");
        assertThat(count(robot)).isEqualTo(Messages.get("find.count", "1", "4"));
        robot.clickOn("#replace-text").write("Wee BERT");
        robot.clickOn("#replace-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count(robot)).isEqualTo(Messages.get("find.replaced", "4"));

        String edited = editor.window().document().readmeText();
        assertThat(edited).isEqualTo(CARD.replace("Tiny BERT", "Wee BERT"));
        // the section pane shows the model's text
        robot.interact(() -> editor.window().select(section("Model Details")));
        assertThat(area(robot, section("Model Details")).getText()).contains("Wee BERT is a small model; tiny bert in lower case.");

        Path saved = dir.resolve("tiny.card.yaml");
        editor.dialogs().saveTarget = saved;
        shortcut(robot, KeyCode.CONTROL, KeyCode.S);
        String file = Files.readString(saved, StandardCharsets.UTF_8);
        assertThat(file).contains("Request access to Wee BERT", "Wee BERT is a small model; tiny bert in lower case.", "Use Wee BERT for tests.")
                .doesNotContain("Request access to Tiny BERT", "Use Tiny BERT");
        assertThat(editor.window().document().history().isDirty()).isFalse();

        shortcut(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(editor.window().document().readmeText()).isEqualTo(CARD);
        assertThat(area(robot, section("Model Details")).getText()).contains("Tiny BERT is a small model");
        assertThat(editor.window().document().history().isDirty()).isTrue();
        shortcut(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertThat(editor.window().document().readmeText()).isEqualTo(edited);
    }

    @Test
    void enterShiftEnterAndF3WalkTheMatchesSelectingTextAndFocusingMetadataFields(FxRobot robot) throws Exception {
        openCard(robot);
        shortcut(robot, KeyCode.CONTROL, KeyCode.F);
        assertThat(shown(robot.lookup("#replace-text").query())).isFalse();
        robot.write("tiny bert");
        assertThat(count(robot)).isEqualTo(Messages.get("find.count", "1", "5"));
        TextField find = robot.lookup("#find-text").queryAs(TextField.class);
        assertThat(find.isFocused()).as("typing stays in the find box").isTrue();
        assertThat(find.getText()).isEqualTo("tiny bert");

        robot.type(KeyCode.ENTER);
        assertThat(count(robot)).isEqualTo(Messages.get("find.count", "2", "5"));
        Section title = section("Model Card for Tiny BERT");
        assertThat(editor.window().navigator().selected()).as("the heading's section").isEqualTo(NavEntry.of(title));

        robot.type(KeyCode.ENTER);
        Section details = section("Model Details");
        assertThat(count(robot)).isEqualTo(Messages.get("find.count", "3", "5"));
        assertThat(editor.window().navigator().selected()).isEqualTo(NavEntry.of(details));
        assertThat(area(robot, details).getSelectedText()).isEqualTo("Tiny BERT");
        assertThat(find.isFocused()).isTrue();

        robot.type(KeyCode.ENTER);
        assertThat(count(robot)).isEqualTo(Messages.get("find.count", "4", "5"));
        assertThat(area(robot, details).getSelectedText()).isEqualTo("tiny bert");
        assertThat(area(robot, details).getSelection().getStart()).isEqualTo("\nTiny BERT is a small model; ".length());

        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        assertThat(count(robot)).isEqualTo(Messages.get("find.count", "3", "5"));

        robot.type(KeyCode.F3).type(KeyCode.F3);
        Section uses = section("Uses");
        assertThat(count(robot)).isEqualTo(Messages.get("find.count", "5", "5"));
        assertThat(editor.window().navigator().selected()).isEqualTo(NavEntry.of(uses));
        assertThat(area(robot, uses).getSelectedText()).isEqualTo("Tiny BERT");

        robot.type(KeyCode.F3); // wraps round to the metadata value
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count(robot)).isEqualTo(Messages.get("find.count", "1", "5"));
        assertThat(editor.window().navigator().selected()).isEqualTo(NavEntry.METADATA);
        TextField heading = robot.lookup("#metadata-extra_gated_heading").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> editor.window().scene().getFocusOwner() == heading);
        assertThat(heading.getSelectedText()).isEqualTo("Tiny BERT");

        robot.clickOn(find).type(KeyCode.ESCAPE);
        assertThat(shown(find)).isFalse();
        assertThat(editor.window().document().history().isDirty()).as("finding changes nothing").isFalse();
    }

    @Test
    void replaceChangesTheMatchShownAndMovesOnAMetadataValueStaysValidYaml(FxRobot robot) throws Exception {
        openCard(robot);
        shortcut(robot, KeyCode.CONTROL, KeyCode.H);
        robot.write("BERT");
        robot.clickOn("#find-match-case");
        assertThat(count(robot)).isEqualTo(Messages.get("find.count", "1", "4"));
        robot.clickOn("#replace-text").write("BERT: v2"); // a colon would make the plain YAML value a mapping
        robot.clickOn("#replace-one");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.window().document().readmeText()).isEqualTo(CARD);
        assertThat(count(robot)).isEqualTo(Messages.get("find.count", "2", "4"));

        robot.clickOn("#replace-text").eraseText("BERT: v2".length()).write("Bert");
        robot.type(KeyCode.ENTER); // Enter in the replace box replaces the match shown: the heading's
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.window().document().readmeText()).contains("\n# Model Card for Tiny Bert\n").contains("Tiny BERT is a small model");
        assertThat(count(robot)).isEqualTo(Messages.get("find.count", "2", "3"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.window().document().readmeText()).contains("Tiny Bert is a small model").contains("Request access to Tiny BERT\n");
        assertThat(count(robot)).isEqualTo(Messages.get("find.count", "2", "2"));
        assertThat(area(robot, section("Uses")).getSelectedText()).isEqualTo("BERT");

        robot.clickOn("#find-previous");
        robot.clickOn("#replace-one");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.window().document().readmeText()).contains("extra_gated_heading: Request access to Tiny Bert\n");
        shortcut(robot, KeyCode.CONTROL, KeyCode.Z);
        shortcut(robot, KeyCode.CONTROL, KeyCode.Z);
        shortcut(robot, KeyCode.CONTROL, KeyCode.Z); // the heading's source and title went back in one step
        assertThat(editor.window().document().readmeText()).isEqualTo(CARD);
    }

    @Test
    void aWordOnlyAHeadingHasIsFoundShownAndReplacedInTheSavedFiles(FxRobot robot) throws Exception {
        openCard(robot);
        shortcut(robot, KeyCode.CONTROL, KeyCode.F);
        robot.write("Card");
        robot.type(KeyCode.ENTER);
        assertThat(count(robot)).isEqualTo(Messages.get("find.count", "1", "1"));
        Section heading = section("Model Card for Tiny BERT");
        assertThat(editor.window().navigator().selected()).isEqualTo(NavEntry.of(heading));
        Labeled title = robot.lookup("#" + NodeIds.of("title", heading.getId())).queryAs(Labeled.class);
        assertThat(title.getStyleClass()).as("the title is marked").contains(dev.cardwright.ui.main.MatchReveal.FOUND_TITLE);

        shortcut(robot, KeyCode.CONTROL, KeyCode.H);
        robot.clickOn("#replace-text").write("Sheet");
        robot.clickOn("#replace-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count(robot)).isEqualTo(Messages.get("find.replaced", "1"));
        assertThat(title.getText()).isEqualTo("Model Sheet for Tiny BERT");

        Path saved = dir.resolve("tiny.card.yaml");
        editor.dialogs().saveTarget = saved;
        shortcut(robot, KeyCode.CONTROL, KeyCode.S);
        assertThat(Files.readString(saved, StandardCharsets.UTF_8)).contains("# Model Sheet for Tiny BERT").doesNotContain("Model Card");
        Path out = Files.createDirectories(dir.resolve("out"));
        editor.dialogs().saveTarget = out.resolve("README.md");
        shortcut(robot, KeyCode.CONTROL, KeyCode.E);
        assertThat(Files.readString(out.resolve("README.md"), StandardCharsets.UTF_8))
                .isEqualTo(CARD.replace("# Model Card for", "# Model Sheet for"));

        shortcut(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(editor.window().document().readmeText()).as("Replace All is one step").isEqualTo(CARD);
        assertThat(title.getText()).isEqualTo("Model Card for Tiny BERT");
    }
}
