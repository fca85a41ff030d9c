package dev.cardwright.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;

/**
 * The exported HTML page opened in a real browser: headless Chromium loads the file and dumps the
 * DOM it built, and the charts must be in it as the page meant them. Skipped, with a message,
 * where no Chromium is installed (.ci/run installs the Debian package {@code chromium}).
 */
class HtmlChartsInBrowserTest {
    private static final String CARD = """
            ---
            license: mit
            model-index:
            - name: demo
              results:
              - task:
                  type: text-classification
                dataset:
                  type: clue
                  name: CLUE
                  split: test
                metrics:
                - type: accuracy
                  value: 0.91
                - type: f1
                  value: 0.875
              - task:
                  type: text-classification
                dataset:
                  type: ceval
                  name: C-Eval
                metrics:
                - type: accuracy
                  value: 52.3
            ---
            # Demo

            Results below.
            """;

    static Optional<Path> chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                    .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    @Test
    void theBrowsersDomHoldsOneChartPerDatasetWithItsBars(@TempDir Path dir) throws Exception {
        Optional<Path> browser = chromium();
        assumeTrue(browser.isPresent(), "no chromium on PATH (Debian package 'chromium'); the browser check is skipped");
        Card card = ReadmeReader.read(CARD.getBytes(StandardCharsets.UTF_8), "README.md");
        Path page = HtmlExport.export(card, dir);
        Document dom = Jsoup.parse(dumpDom(browser.get(), page, dir));

        List<Element> charts = dom.select("header#cw-metadata div.cw-charts > figure.cw-chart");
        assertThat(charts).extracting(e -> e.attr("data-chart")).containsExactly("CLUE (test)", "C-Eval");
        Element clue = charts.get(0);
        // the HTML parser put the chart into the SVG namespace: it is drawn, not shown as text
        Element svg = clue.selectFirst("svg");
        assertThat(svg).isNotNull();
        assertThat(svg.selectFirst("title").text()).isEqualTo("CLUE (test)");
        assertThat(clue.select("g.cw-bar")).extracting(e -> e.attr("data-label") + "=" + e.attr("data-value"))
                .containsExactly("accuracy=0.91", "f1=0.875");
        assertThat(clue.select("g.cw-bar text")).extracting(Element::text).containsExactly("accuracy", "0.91", "f1", "0.875");
        List<Element> rects = clue.select("rect");
        assertThat(Double.parseDouble(rects.get(0).attr("width"))).isGreaterThan(Double.parseDouble(rects.get(1).attr("width")));
        assertThat(charts.get(1).select("g.cw-bar")).extracting(e -> e.attr("data-value")).containsExactly("52.3");
        // and the card's body is still there after the charts
        assertThat(dom.select("section[data-section-id] p").text()).contains("Results below.");
    }

    private static String dumpDom(Path browser, Path page, Path dir) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "chromium-profile");
        ProcessBuilder pb = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--dump-dom", page.toUri().toString());
        pb.redirectError(dir.resolve("chromium.log").toFile());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s");
        }
        assertThat(p.exitValue()).as("chromium exit code; log: " + Files.readString(dir.resolve("chromium.log"))).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
