package dev.cardwright.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.cardwright.testing.Shared;

/** The harmless HTML of real cards (shared/corpus) must look the same after sanitizing. */
class CorpusHtmlSurvivalTest {
    private static final String CARDS = "corpus/cards";
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\s*---\\s*\\n.*?\\n---\\s*\\n", Pattern.DOTALL);
    private static final Pattern HTML_TAG = Pattern.compile("<(img|p|div|a|td|details|picture|sup)\\b");
    /** What a reader sees of a card's own HTML: images, layout, links, tables, folds. */
    private static final List<String> KEPT = List.of("img[src]", "img[width]", "img[alt]", "p[align]", "div[align]",
            "h1[align]", "td[align]", "th[align]", "td[colspan]", "td[rowspan]", "th[colspan]", "a[href]", "a[name]",
            "details", "summary", "table", "br", "sup", "sub", "center", "picture", "source[srcset]", "kbd", "hr", "pre", "code");

    static Stream<Path> cardsWithHtml() throws IOException {
        try (Stream<Path> files = Files.list(Shared.assumeDirectory(CARDS))) {
            return files.sorted().filter(CorpusHtmlSurvivalTest::hasHtml).toList().stream();
        }
    }

    private static boolean hasHtml(Path file) {
        return HTML_TAG.matcher(body(file)).find();
    }

    private static String body(Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return FRONT_MATTER.matcher(text).replaceFirst("");
        } catch (IOException e) {
            return "";
        }
    }

    @ParameterizedTest
    @MethodSource("cardsWithHtml")
    void harmlessHtmlSurvives(Path file) {
        MarkdownRenderer renderer = new MarkdownRenderer();
        String markdown = body(file);
        Element unsafe = Jsoup.parseBodyFragment(renderer.renderUnsafe(markdown)).body();
        Element safe = Jsoup.parseBodyFragment(renderer.render(markdown)).body();
        for (String selector : KEPT) {
            assertThat(safe.select(selector).size()).as("%s in %s", selector, file.getFileName())
                    .isEqualTo(unsafe.select(selector).size());
        }
        List<String> unsafeImages = unsafe.select("img").eachAttr("src");
        assertThat(safe.select("img").eachAttr("src")).as("image sources of %s", file.getFileName()).isEqualTo(unsafeImages);
        assertThat(safe.text()).as("text of %s", file.getFileName()).isEqualTo(textWithoutDropped(unsafe));
        HtmlSanitizerTest.assertClean(safe.html());
    }

    /** The text a reader sees, less what the sanitizer drops with its content by design (frames, forms, scripts). */
    private static String textWithoutDropped(Element unsafe) {
        Element copy = unsafe.clone();
        copy.select("iframe, script, style, form, input, button, select, textarea, noscript, object, embed, template, svg, math").remove();
        return copy.text();
    }
}
