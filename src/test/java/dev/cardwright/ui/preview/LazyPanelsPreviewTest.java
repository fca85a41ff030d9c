package dev.cardwright.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;

/**
 * A card with hundreds of scores: the preview shows the first hundred rows and six charts, the
 * rest appear as the reader scrolls down to them, and typing still reaches the page.
 */
@ExtendWith(ApplicationExtension.class)
class LazyPanelsPreviewTest {
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private WebViewPreview preview;

    @Start
    void start(Stage stage) {
        preview = new WebViewPreview(opened::add);
        stage.setScene(new Scene(new StackPane(preview.node()), 800, 600));
        stage.show();
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private Object js(String script) throws Exception {
        return fx(() -> preview.engine().executeScript(script));
    }

    private int liveRows() throws Exception {
        return ((Number) js("document.querySelectorAll('#cw-evals tbody > tr').length")).intValue();
    }

    @Test
    void rowsAndChartsBelowTheViewAppearAsTheReaderScrollsDown(FxRobot robot) throws Exception {
        StringBuilder yaml = new StringBuilder("license: mit\nmodel-index:\n- name: big\n  results:\n");
        for (int d = 0; d < 35; d++) {
            yaml.append("  - task: {type: text-classification}\n    dataset: {type: org/set").append(d).append(", name: Set ").append(d)
                    .append("}\n    metrics:\n");
            for (int m = 0; m < 10; m++) {
                yaml.append("    - {type: metric").append(m).append(", value: ").append(d * 10 + m).append("}\n");
            }
        }
        Card card = ReadmeReader.read(("---\n" + yaml + "---\n# Big\n\nThe end of the card.\n").getBytes(StandardCharsets.UTF_8), "README.md");
        fx(() -> {
            preview.show(card);
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(preview::isLoaded));

        // the first hundred rows and six charts, and what lies near the view (how much that is depends on the layout)
        assertThat(liveRows()).isBetween(100, 300);
        assertThat(((Number) js("document.querySelectorAll('figure.cw-chart').length")).intValue()).isBetween(6, 30);
        // what the reader sees of the card's text is there, below the held-back rows' place
        assertThat((String) js("window.cardwright.partText('big')")).contains("The end of the card.");

        // typing into the card while rows are held back reaches the page
        List<String> patched = new CopyOnWriteArrayList<>();
        fx(() -> {
            preview.setOnPatched(patched::add);
            card.findSection("big").orElseThrow().setText("\nThe end of the card, edited.\n");
            preview.patch("big");
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> patched.contains("big"));
        assertThat((String) js("window.cardwright.partText('big')")).contains("edited");

        // the reader reads down the page with the keyboard, a page at a time
        robot.clickOn(preview.node());
        for (int i = 0; i < 300 && liveRows() < 350; i++) {
            robot.type(KeyCode.PAGE_DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(liveRows()).isEqualTo(350);
        assertThat((String) js("document.querySelector('#cw-evals tbody > tr:last-child td.cw-eval-value').textContent")).isEqualTo("349");
        assertThat(((Number) js("document.querySelectorAll('figure.cw-chart').length")).intValue()).isEqualTo(35);
        assertThat(((Number) js("document.querySelectorAll('template.cw-later').length")).intValue()).isZero();
        assertThat(opened).isEmpty();
    }
}
