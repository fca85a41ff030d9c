package dev.cardwright.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Card;
import dev.cardwright.export.ExportedHtmlInChromiumTest;
import dev.cardwright.markdown.ReadmeReader;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * issue 12, a proven-safe preview: a card made of known XSS vectors (the list the exported page is
 * checked with in Chromium) is loaded into the real preview WebView; no payload runs (each would
 * set a canary: an attribute on the body, the title, a window variable) and the page is not
 * navigated away. A control page shows the canary does fire in this WebView when not sanitized.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewXssCanaryTest {
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private WebViewPreview preview;

    @Start
    void start(Stage stage) {
        preview = new WebViewPreview(opened::add);
        stage.setScene(new Scene(new StackPane(preview.node()), 900, 700));
        stage.show();
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(20, TimeUnit.SECONDS);
    }

    private Object js(String script) throws Exception {
        return fx(() -> preview.engine().executeScript(script));
    }

    @Test
    void aCardOfKnownVectorsRunsNothingAndStaysOnItsPage() throws Exception {
        StringBuilder md = new StringBuilder("# Vectors\n\n");
        for (String v : ExportedHtmlInChromiumTest.vectors()) {
            md.append(v).append("\n\n");
            // the same trick aimed at a plain variable, the canary the issue names
            md.append(v.replace("document.body.setAttribute('data-pwned','1');document.title='PWNED'", "window.cwCanary=1")).append("\n\n");
        }
        md.append("## End\n\ncw-end-marker\n");
        Card card = ReadmeReader.read(md.toString().getBytes(StandardCharsets.UTF_8), "README.md");
        fx(() -> {
            preview.show(card);
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(preview::isLoaded));
        String location = (String) js("location.href");
        // give timers, autofocus, media errors and meta refresh their time to fire
        Thread.sleep(2500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(js("typeof window.cwCanary")).isEqualTo("undefined");
        assertThat(js("document.body.getAttribute('data-pwned')")).isNull();
        assertThat(js("document.title")).isNotEqualTo("PWNED");
        assertThat(js("location.href")).isEqualTo(location);
        assertThat((String) js("document.body.innerText")).contains("cw-end-marker");
        assertThat(opened).as("nothing opened a link by itself").isEmpty();
    }

    @Test
    void theCanaryFiresInThisWebViewWhenThePageIsNotSanitized() throws Exception {
        fx(() -> {
            preview.engine().loadContent("<html><body><img src=x onerror=\"window.cwCanary=1\">control</body></html>");
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "1".equals(String.valueOf(fx(() -> preview.engine().executeScript(
                "String(window.cwCanary)")))));
    }
}
