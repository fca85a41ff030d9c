package dev.cardwright.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Card;
import dev.cardwright.card.FrontMatter;
import dev.cardwright.card.Section;
import dev.cardwright.ui.task.FxTaskExecutor;

@ExtendWith(ApplicationExtension.class)
class WebViewPreviewTest {
    /** Render tasks wait here until the test runs them, so the order of results is the test's to choose. */
    static final class ManualExecutor implements Executor {
        private final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public synchronized void execute(Runnable task) {
            tasks.add(task);
        }

        synchronized Runnable next() {
            return tasks.poll();
        }

        void runNext() {
            next().run();
        }

        void runAll() {
            for (Runnable task = next(); task != null; task = next()) {
                task.run();
            }
        }

        synchronized int pending() {
            return tasks.size();
        }
    }

    private final ManualExecutor executor = new ManualExecutor();
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private WebViewPreview preview;
    private Card card;

    @Start
    void start(Stage stage) {
        preview = new WebViewPreview(new FxTaskExecutor(executor), opened::add);
        stage.setScene(new Scene(new StackPane(preview.node()), 800, 600));
        stage.show();
    }

    private static Card card() {
        Card card = new Card();
        FrontMatter fm = new FrontMatter();
        fm.setYaml("license: apache-2.0\n");
        card.setFrontMatter(fm);
        card.setPreamble("Intro. See [the Hub](https://huggingface.co) or [uses](#uses).\n\n");
        String filler = "Lorem ipsum dolor sit amet.\n\n".repeat(60);
        card.getSections().add(new Section("model-details", 1, "# Model Details\n", "Model Details", "Details.\n\n" + filler));
        card.getSections().add(new Section("uses", 2, "## Uses\n", "Uses", "Use it well.\n\n" + filler));
        card.getSections().add(new Section("training", 2, "## Training\n", "Training", "Trained.\n\n" + filler));
        return card;
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private Object js(String script) throws Exception {
        return fx(() -> preview.engine().executeScript(script));
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(condition));
    }

    private void showCard() throws Exception {
        card = card();
        fx(() -> {
            preview.show(card);
            return null;
        });
        executor.runAll();
        waitUntil(preview::isLoaded);
    }

    private String partText(String id) throws Exception {
        return (String) js("window.cardwright.partText('" + id + "')");
    }

    @Test
    void patchReplacesTheEditedSectionAndLeavesTheOthersUntouched() throws Exception {
        showCard();
        js("window.keptSection = document.querySelector('section[data-section-id=\"uses\"]');"
                + "window.keptSection.cwMark = 'kept';"
                + "window.keptHeading = window.keptSection.querySelector('h2');");
        fx(() -> {
            card.findSection("model-details").orElseThrow().setText("Changed **now**.\n");
            preview.patch("model-details");
            return null;
        });
        executor.runAll();
        waitUntil(() -> partText("model-details").contains("Changed now."));
        assertThat(partText("model-details")).doesNotContain("Lorem");
        assertThat(js("document.querySelector('section[data-section-id=\"model-details\"] strong').textContent")).isEqualTo("now");
        assertThat(js("document.querySelector('section[data-section-id=\"uses\"]') === window.keptSection")).isEqualTo(true);
        assertThat(js("window.keptSection.cwMark")).isEqualTo("kept");
        assertThat(js("window.keptSection.querySelector('h2') === window.keptHeading"))
                .as("the untouched section's inner nodes are the same nodes").isEqualTo(true);
    }

    @Test
    void aStaleResultIsDropped() throws Exception {
        showCard();
        fx(() -> {
            Section details = card.findSection("model-details").orElseThrow();
            details.setText("first edit\n");
            preview.patch("model-details");
            executor.runNext(); // rendered; its result is now queued for the FX thread …
            details.setText("second edit\n");
            preview.patch("model-details"); // … but a newer patch was asked for before it arrives
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(partText("model-details")).as("the older result was dropped").doesNotContain("first edit").contains("Lorem");
        assertThat(executor.pending()).isEqualTo(1);
        executor.runAll();
        waitUntil(() -> partText("model-details").contains("second edit"));
        assertThat(partText("model-details")).doesNotContain("first edit");
    }

    @Test
    void aRequestSupersededBeforeItsResultArrivesIsNeverShown() throws Exception {
        showCard();
        fx(() -> {
            Section uses = card.findSection("uses").orElseThrow();
            uses.setText("one\n");
            preview.patch("uses");
            uses.setText("two\n");
            preview.patch("uses");
            return null;
        });
        // one render of a part at a time: "two" starts once the result of "one" is back (and dropped)
        waitUntil(() -> {
            executor.runAll();
            return partText("uses").contains("two");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(partText("uses")).doesNotContain("one");
    }

    @Test
    void externalLinksGoToTheOpenerAndNeverNavigateThePreview() throws Exception {
        showCard();
        String location = fx(() -> preview.engine().getLocation());
        js("document.querySelector('a[href=\"https://huggingface.co\"]').click()");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !opened.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly("https://huggingface.co/");
        assertThat(fx(() -> preview.engine().getLocation())).isEqualTo(location);
        assertThat(js("document.querySelectorAll('section[data-section-id]').length")).isEqualTo(4);
    }

    @Test
    void aNavigationThatIsNotAClickBringsTheCardBack() throws Exception {
        showCard();
        String location = fx(() -> preview.engine().getLocation());
        fx(() -> {
            preview.engine().load("https://example.invalid/elsewhere");
            return null;
        });
        executor.runAll(); // nothing queued yet: the guard asks for the page on the FX thread first
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            executor.runAll();
            return fx(() -> preview.isLoaded() && !preview.engine().getLocation().contains("example.invalid"));
        });
        assertThat(js("document.querySelectorAll('section[data-section-id]').length")).isEqualTo(4);
        assertThat(fx(() -> preview.engine().getLocation())).startsWith("file:").isNotEqualTo(location);
        assertThat(opened).isEmpty();
    }

    @Test
    void inPageAnchorsScrollInsideThePage() throws Exception {
        showCard();
        assertThat(((Number) js("window.pageYOffset")).doubleValue()).isZero();
        js("document.querySelector('a[href=\"#uses\"]').click()");
        waitUntil(() -> ((Number) preview.engine().executeScript("window.pageYOffset")).doubleValue() > 0);
        assertThat(js("Math.abs(document.getElementById('uses').getBoundingClientRect().top) < 2")).isEqualTo(true);
        assertThat(opened).isEmpty();
    }

    @Test
    void scrollToShowsTheSectionAndScrollingReportsTheSectionAtTheTop() throws Exception {
        showCard();
        List<String> reported = new CopyOnWriteArrayList<>();
        fx(() -> {
            preview.setOnSectionScrolled(reported::add);
            preview.scrollTo("training");
            return null;
        });
        assertThat(js("window.cardwright.topPart()")).isEqualTo("training");
        js("window.scrollTo(0, document.querySelector('section[data-section-id=\"uses\"]').getBoundingClientRect().top + window.pageYOffset + 10)");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> reported.contains("uses"));
        assertThat(reported).as("a scroll the editor asked for is not reported back").doesNotContain("training");
    }

    @Test
    void metadataIsPatchedInTheHeader() throws Exception {
        showCard();
        assertThat(js("document.getElementById('cw-metadata').textContent")).asString().contains("apache-2.0");
        fx(() -> {
            card.getFrontMatter().setYaml("license: mit\nlanguage: [en, zh]\n");
            preview.patchMetadata();
            return null;
        });
        executor.runAll();
        waitUntil(() -> String.valueOf(preview.engine().executeScript("document.getElementById('cw-metadata').textContent")).contains("mit"));
        assertThat(js("document.querySelectorAll('#cw-metadata .cw-language .cw-tag').length")).isEqualTo(2);
    }

    @Test
    void relativeImagesLoadFromTheCardsFolder(@TempDir Path folder) throws Exception {
        BufferedImage pixel = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        Files.createDirectories(folder.resolve("assets"));
        ImageIO.write(pixel, "png", folder.resolve("assets/plot.png").toFile());
        card = card();
        card.setPreamble("![plot](assets/plot.png)\n");
        fx(() -> {
            preview.setBaseDirectory(folder);
            preview.show(card);
            return null;
        });
        executor.runAll();
        waitUntil(preview::isLoaded);
        waitUntil(() -> Integer.valueOf(3).equals(preview.engine().executeScript("document.querySelector('img').naturalWidth")));
    }

    @Test
    void theDarkVariantIsSwitchedInPlace() throws Exception {
        showCard();
        assertThat(js("document.documentElement.getAttribute('data-theme')")).isEqualTo("light");
        String light = (String) js("getComputedStyle(document.documentElement).backgroundColor");
        fx(() -> {
            preview.setTheme(dev.cardwright.render.PreviewPage.Theme.DARK);
            return null;
        });
        assertThat(js("document.documentElement.getAttribute('data-theme')")).isEqualTo("dark");
        assertThat(light).isEqualTo("rgb(255, 255, 255)");
        assertThat(js("getComputedStyle(document.documentElement).backgroundColor")).isEqualTo("rgb(11, 15, 25)");
    }

    @Test
    void aNewSectionReloadsThePage() throws Exception {
        showCard();
        fx(() -> {
            card.getSections().add(new Section("evaluation", 2, "## Evaluation\n", "Evaluation", "Scores.\n"));
            preview.patch("evaluation");
            return null;
        });
        executor.runAll(); // renders the part, finds no place for it, asks for the whole page
        WaitForAsyncUtils.waitForFxEvents();
        executor.runAll();
        waitUntil(() -> preview.isLoaded()
                && "Evaluation Scores.".equals(String.valueOf(preview.engine().executeScript("window.cardwright.partText('evaluation')")).strip().replaceAll("\\s+", " ")));
    }
}
