package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Section;
import dev.cardwright.ui.common.NodeIds;
import dev.cardwright.ui.dialog.ScriptedDialogs;
import dev.cardwright.ui.preview.WebViewPreview;
import dev.cardwright.ui.task.CurrentThreadTaskExecutor;

/**
 * issue 12, in the editor: a card of 100,000 image lines opens and previews (flexmark's heading
 * parser made it quadratic), Markdown nested past the limit that is typed into a section shows
 * flattened in the preview, is saved as typed and opens again from the card source, and a README
 * nested past it is refused on open with its line.
 */
@ExtendWith(ApplicationExtension.class)
class HostileMarkdownWindowTest {
    @TempDir
    Path dir;

    private final Preferences prefsNode = Preferences.userRoot().node("dev/cardwright/test-hostile-" + System.nanoTime());
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindows.open(stage, prefsNode, new CurrentThreadTaskExecutor(), () -> new WebViewPreview(link -> { }), dialogs);
        window.attachPreview();
    }

    @AfterEach
    void clean() throws BackingStoreException {
        prefsNode.removeNode();
    }

    private String previewScript(String script) {
        WebView web = (WebView) window.preview().orElseThrow().node();
        try {
            return String.valueOf(WaitForAsyncUtils.asyncFx(() -> web.getEngine().executeScript(script)).get(10, TimeUnit.SECONDS));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aHundredThousandImageLinesOpenAndPreview(FxRobot robot) throws Exception {
        Path readme = Files.writeString(dir.resolve("README.md"), "# Gallery\n\n" + "![a](b.png)\n".repeat(100_000) + "\n# After\n\nthe end\n");
        robot.interact(() -> window.open(readme));
        assertThat(window.document().getCard().getSections()).extracting(Section::getTitle).containsExactly("Gallery", "After");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> previewScript("document.body ? document.body.innerText : ''").contains("the end"));
        assertThat(previewScript("document.images.length")).isEqualTo("100000");
    }

    @Test
    void textNestedPastTheLimitPreviewsFlattenedAndIsSavedAsTyped(FxRobot robot) throws Exception {
        Path readme = Files.writeString(dir.resolve("README.md"), "# Quotes\n\nplain\n");
        robot.interact(() -> window.open(readme));
        Section quotes = window.document().getCard().getSections().get(0);
        robot.clickOn("#" + NodeIds.of("markdown", quotes.getId()));
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        String deep = ">".repeat(120) + " deep";
        robot.write("\n" + deep);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quotes.getText()).contains(deep);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> previewScript("document.body ? document.body.innerText : ''").contains(deep));
        assertThat(previewScript("document.querySelectorAll('pre.too-deep').length")).isEqualTo("1");

        Path saved = dir.resolve("quotes.card.yaml");
        dialogs.saveTarget = saved;
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(saved));
        assertThat(Files.readString(saved)).contains(deep);
        // the editor's own file opens again, with the typed text in it
        robot.interact(() -> window.open(readme));
        robot.interact(() -> window.open(saved));
        assertThat(window.document().getCard().getSections().get(0).getText()).contains("plain\n\n" + deep);
    }

    @Test
    void aFileNestedPastTheLimitIsRefusedOnOpenWithItsLine(FxRobot robot) throws Exception {
        Path readme = Files.writeString(dir.resolve("README.md"), "# T\n\n" + ">".repeat(5000) + " deep\n");
        robot.interact(() -> window.open(readme));
        assertThat(dialogs.lastError).contains("README.md:3:102").contains("nest more than 100 deep");
    }
}
