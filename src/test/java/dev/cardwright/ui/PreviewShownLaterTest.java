package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Section;
import dev.cardwright.testing.SharedCorpus;
import dev.cardwright.ui.common.NodeIds;
import dev.cardwright.ui.dialog.ScriptedDialogs;
import dev.cardwright.ui.navigator.NavEntry;
import dev.cardwright.ui.preview.WebViewPreview;
import dev.cardwright.ui.task.CurrentThreadTaskExecutor;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

/**
 * Issue 14: a hidden preview has no WebView (no WebKit memory, nothing rendered while typing);
 * showing it makes one that shows the card as it is then, edits made while it was hidden
 * included; hiding it again lets the WebView go.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewShownLaterTest {
    private static final String CARD = "saranscript_huggingface-models__models_EColi_sponsorblock-base-v1_README.md";

    @TempDir
    Path dir;

    private final Preferences prefsNode = Preferences.userRoot().node("dev/cardwright/test-preview-later-" + System.nanoTime());
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final AtomicInteger made = new AtomicInteger();
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        // the preference says hidden before the window exists, as after a restart with the preview off
        new dev.cardwright.ui.prefs.WorkspacePreferences(prefsNode).previewVisibleProperty().set(false);
        window = TestWindows.open(stage, prefsNode, new CurrentThreadTaskExecutor(), () -> {
            made.incrementAndGet();
            return new WebViewPreview(url -> { });
        }, dialogs);
        window.attachPreview();
    }

    @AfterEach
    void clean() throws BackingStoreException {
        prefsNode.removeNode();
    }

    private String previewText() {
        WebView web = (WebView) window.preview().orElseThrow().node();
        try {
            return String.valueOf(WaitForAsyncUtils.asyncFx(() -> web.getEngine().executeScript("document.body ? document.body.innerText : ''"))
                    .get(10, TimeUnit.SECONDS));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theWebViewExistsOnlyWhileThePreviewIsShown(FxRobot robot) throws Exception {
        Path readme = dir.resolve("README.md");
        Files.copy(SharedCorpus.card(CARD), readme);
        robot.interact(() -> window.open(readme));
        assertThat(robot.lookup("#preview-web-view").tryQuery()).isEmpty();
        assertThat(window.preview()).isEmpty();
        assertThat(made).hasValue(0);

        // typed while the preview is hidden
        Section description = window.document().getCard().allSections().filter(s -> s.getTitle().equals("Model description"))
                .findFirst().orElseThrow();
        robot.interact(() -> window.navigator().select(NavEntry.of(description)));
        robot.clickOn("#" + NodeIds.of("markdown", description.getId()));
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.write("Typed while hidden.");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(made).hasValue(0);

        robot.clickOn("#tool-toggle-preview");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(made).hasValue(1);
        assertThat(robot.lookup("#preview-web-view").tryQuery()).isPresent();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> previewText().contains("Typed while hidden."));
        assertThat(previewText()).contains("Model description");

        // and it follows typing while shown
        robot.clickOn("#" + NodeIds.of("markdown", description.getId()));
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.write(" And while shown.");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> previewText().contains("And while shown."));

        robot.clickOn("#tool-toggle-preview");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.preview()).isEmpty();
        assertThat(robot.lookup("#preview-web-view").tryQuery()).isEmpty();

        robot.clickOn("#tool-toggle-preview");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(made).as("a new WebView each time it is shown").hasValue(2);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> previewText().contains("Typed while hidden. And while shown."));

        Path saved = dir.resolve("sponsorblock.card.yaml");
        dialogs.saveTarget = saved;
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(saved, StandardCharsets.UTF_8)).contains("Typed while hidden. And while shown.");
    }
}
