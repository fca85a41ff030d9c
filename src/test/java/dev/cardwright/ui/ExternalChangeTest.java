package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Section;
import dev.cardwright.ui.common.NodeIds;
import dev.cardwright.ui.document.HubCardStore;
import dev.cardwright.ui.navigator.NavEntry;
import dev.cardwright.yaml.CardSourceFile;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/**
 * issue 12, external changes: another program changes the open file; the editor shows a bar with
 * Reload / Keep mine / Compare, and a save over the changed file asks before it writes.
 */
@ExtendWith(ApplicationExtension.class)
class ExternalChangeTest {
    private static final String SECTION = "model-details.description";

    @TempDir
    Path dir;

    private Path card;

    @RegisterExtension
    final MainWindowExtension editor = new MainWindowExtension("external");

    private void openCard(FxRobot robot) throws Exception {
        card = dir.resolve("kestrel.card.yaml");
        CardSourceFile.write(new HubCardStore().sample(), card);
        robot.interact(() -> editor.window().open(card));
        showSection(robot);
    }

    private Section showSection(FxRobot robot) {
        Section s = editor.window().document().getCard().findSection(SECTION).orElseThrow();
        robot.interact(() -> editor.window().navigator().select(NavEntry.of(s)));
        return s;
    }

    /** What another program does: rewrites the file in place with the description changed. */
    private void changeOnDisk(String newDescription) throws Exception {
        var other = CardSourceFile.read(card);
        other.findSection(SECTION).orElseThrow().setText(newDescription);
        Files.writeString(card, CardSourceFile.toYaml(other), StandardCharsets.UTF_8);
    }

    private boolean barShown(FxRobot robot) {
        return robot.lookup("#external-bar").tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void aChangeOnDiskShowsTheBarAndReloadShowsTheNewText(FxRobot robot) throws Exception {
        openCard(robot);
        assertThat(barShown(robot)).isFalse();
        changeOnDisk("Changed by a colleague.\n");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> barShown(robot));
        assertThat(robot.lookup("#external-message").queryAs(Label.class).getText()).contains("kestrel.card.yaml");

        robot.clickOn("#external-compare");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<String> diff = robot.lookup("#external-diff").queryAs(ListView.class);
        assertThat(diff.getItems()).anyMatch(l -> l.startsWith("-") && l.contains("Changed by a colleague."));
        robot.interact(() -> ((Stage) diff.getScene().getWindow()).close());

        robot.clickOn("#external-reload");
        WaitForAsyncUtils.waitForFxEvents();
        Section reloaded = showSection(robot);
        assertThat(editor.window().sectionPane(reloaded).orElseThrow().markdown().area().getText()).isEqualTo("Changed by a colleague.\n");
        assertThat(editor.window().document().history().isDirty()).isFalse();
        assertThat(barShown(robot)).isFalse();
    }

    @Test
    void savingOverAChangeOnDiskAsksAndKeepMineWritesOurs(FxRobot robot) throws Exception {
        openCard(robot);
        Section s = showSection(robot);
        robot.clickOn("#" + NodeIds.of("markdown", s.getId()));
        robot.press(KeyCode.CONTROL, KeyCode.HOME).release(KeyCode.HOME, KeyCode.CONTROL);
        robot.write("Mine. ");
        WaitForAsyncUtils.waitForFxEvents();
        changeOnDisk("Theirs.\n");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> barShown(robot));

        // Cancel first: nothing is written, their change stays
        robot.clickOn("#" + NodeIds.of("markdown", s.getId()));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#conflict-cancel").tryQuery().isPresent());
        robot.clickOn("#conflict-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(CardSourceFile.read(card).findSection(SECTION).orElseThrow().getText()).isEqualTo("Theirs.\n");
        assertThat(editor.window().document().history().isDirty()).isTrue();

        robot.clickOn("#" + NodeIds.of("markdown", s.getId()));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#conflict-keep").tryQuery().isPresent());
        robot.clickOn("#conflict-keep");
        WaitForAsyncUtils.waitForFxEvents();
        String saved = CardSourceFile.read(card).findSection(SECTION).orElseThrow().getText();
        assertThat(saved).contains("Mine. ").doesNotContain("Theirs.");
        assertThat(editor.window().document().history().isDirty()).isFalse();
        // our own write is not someone else's change
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(barShown(robot)).isFalse();
    }

    @Test
    void keepMineHidesTheBarAndTheNextSaveDoesNotAsk(FxRobot robot) throws Exception {
        openCard(robot);
        changeOnDisk("Theirs.\n");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> barShown(robot));
        robot.clickOn("#external-keep");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(barShown(robot)).isFalse();
        assertThat(editor.window().document().history().isDirty()).as("the file no longer holds the editor's version").isTrue();
        Section s = showSection(robot);
        robot.clickOn("#" + NodeIds.of("markdown", s.getId()));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#conflict-keep").tryQuery()).isEmpty();
        assertThat(CardSourceFile.read(card).findSection(SECTION).orElseThrow().getText()).isNotEqualTo("Theirs.\n");
    }
}
