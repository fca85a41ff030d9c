package dev.cardwright.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.cardwright.card.Card;
import dev.cardwright.export.HtmlExport;
import dev.cardwright.markdown.ReadmeReader;

/** issue 12: an element left open must not take the rest of the section with it when it is removed. */
class UnclosedElementsTest {
    @ParameterizedTest
    @ValueSource(strings = {"<style>", "<script>", "<textarea>", "<title>", "<noscript>", "<iframe>", "<select>",
        "<math><style>", "<math>", "<svg>", "<xmp>", "<plaintext>", "<noembed>", "<form>", "<template>", "<STYLE type=text/css>",
        "<object data=x>"})
    void theTextAfterAnUnclosedElementIsKept(String open) throws Exception {
        String readme = "# Card\n\nBefore " + open + " body { color: red }\n\nThe text after it.\n\n## Next\n\nNext section.\n";
        Card card = ReadmeReader.read(readme.getBytes(java.nio.charset.StandardCharsets.UTF_8), "README.md");
        String html = HtmlExport.toHtml(card);
        assertThat(html).contains("The text after it.").contains("Next section.").contains("Before");
        String lower = html.toLowerCase(java.util.Locale.ROOT);
        lower = lower.substring(lower.indexOf("<body")); // the page's own head has a <style> and a <title>
        String tag = open.substring(1).split("[ >]")[0].toLowerCase(java.util.Locale.ROOT);
        assertThat(lower).doesNotContain("<" + tag + ">").doesNotContain("<" + tag + " ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"style", "script", "textarea", "iframe"})
    void aClosedElementIsStillRemovedWithItsContent(String tag) {
        String html = new HtmlSanitizer().sanitize("<p>a</p><" + tag + ">secret()</" + tag + "><p>b</p><" + tag + ">open");
        assertThat(html).contains("a").contains("b").contains("open").doesNotContain("secret");
    }
}
