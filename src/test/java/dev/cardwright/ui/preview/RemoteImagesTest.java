package dev.cardwright.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import com.sun.net.httpserver.HttpServer;

import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * issue 12: the "load remote images" preference. On (the default) the preview fetches a card's
 * image from the network; off, it fetches nothing, not even an image a later edit adds. A local
 * HTTP server counts the requests.
 */
@ExtendWith(ApplicationExtension.class)
class RemoteImagesTest {
    /** A 1x1 transparent GIF. */
    private static final byte[] GIF = java.util.Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private HttpServer server;
    private WebViewPreview preview;

    @Start
    void start(Stage stage) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.computeIfAbsent(exchange.getRequestURI().getPath(), k -> new AtomicInteger()).incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "image/gif");
            exchange.sendResponseHeaders(200, GIF.length);
            exchange.getResponseBody().write(GIF);
            exchange.close();
        });
        server.start();
        preview = new WebViewPreview(url -> { });
        stage.setScene(new Scene(new StackPane(preview.node()), 800, 600));
        stage.show();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(20, TimeUnit.SECONDS);
    }

    private int count(String path) {
        AtomicInteger n = requests.get(path);
        return n == null ? 0 : n.get();
    }

    private Card card(String path) throws Exception {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + path;
        return ReadmeReader.read(("# Logo\n\n![logo](" + url + ")\n\nwith an image\n").getBytes(StandardCharsets.UTF_8), "README.md");
    }

    private void show(Card card) throws Exception {
        fx(() -> {
            preview.show(card);
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(preview::isLoaded));
    }

    @Test
    void remoteImagesLoadByDefaultAndNotWhenTurnedOff(FxRobot robot) throws Exception {
        show(card("/on.gif"));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> count("/on.gif") > 0);

        fx(() -> {
            preview.setRemoteImages(false);
            return null;
        });
        show(card("/off.gif"));
        String body = (String) fx(() -> preview.engine().executeScript("document.body.innerText"));
        assertThat(body).contains("with an image");
        assertThat((Integer) fx(() -> preview.engine().executeScript("document.images.length"))).isGreaterThan(0);
        // an image added after the page loaded (as a patch does) is blocked as well
        fx(() -> preview.engine().executeScript("var i = document.createElement('img'); i.src = 'http://127.0.0.1:"
                + server.getAddress().getPort() + "/patched.gif'; document.body.appendChild(i); 1"));
        Thread.sleep(2000); // time for a request that must not come
        assertThat(count("/off.gif")).isZero();
        assertThat(count("/patched.gif")).isZero();

        fx(() -> {
            preview.setRemoteImages(true);
            return null;
        });
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> count("/off.gif") > 0);
    }
}
