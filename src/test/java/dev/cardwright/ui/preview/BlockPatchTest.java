package dev.cardwright.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.render.MarkdownRenderer;
import dev.cardwright.ui.task.FxTaskExecutor;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import netscape.javascript.JSObject;

/**
 * Issue 14: a patch swaps only the top-level blocks of the section that changed, and the section
 * then holds exactly what a full render of its new text would.
 */
@ExtendWith(ApplicationExtension.class)
class BlockPatchTest {
    private static final String ID = "long";
    private static final String[] BLOCKS = {
        "A paragraph with *emphasis* and a [link](https://example.org).",
        "- one\n- two\n- three",
        "1. first\n2. second",
        "| a | b |\n| --- | --- |\n| 1 | 2 |",
        "```python\nprint('hi')\n```",
        "> quoted text",
        "<details><summary>More</summary>\n\nHidden.\n\n</details>",
        "### A sub-heading",
        "Plain words follow here.",
    };

    private WebViewPreview preview;
    private final AtomicInteger patches = new AtomicInteger();

    @Start
    void start(Stage stage) {
        // rendering runs at once; results arrive through the FX queue as in the editor
        preview = new WebViewPreview(new FxTaskExecutor(Runnable::run), url -> { });
        preview.setOnPatched(id -> patches.incrementAndGet());
        stage.setScene(new Scene(new StackPane(preview.node()), 800, 600));
        stage.show();
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(20, TimeUnit.SECONDS);
    }

    private Object js(String script) throws Exception {
        return fx(() -> preview.engine().executeScript(script));
    }

    private Card show(String text) throws Exception {
        Card card = new Card();
        card.getSections().add(new Section(ID, 2, "## Long\n", "Long", text));
        fx(() -> {
            preview.show(card);
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(preview::isLoaded));
        js("window.cwPart = function () { return document.querySelector('section[data-section-id=\"" + ID + "\"]'); };"
                + "window.cwSameAs = function (html) { var d = document.createElement('div'); d.innerHTML = html;"
                + " return cwPart().innerHTML === d.innerHTML; };");
        return card;
    }

    private void edit(Card card, String text) throws Exception {
        int before = patches.get();
        fx(() -> {
            card.findSection(ID).orElseThrow().setText(text);
            preview.patch(ID);
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> patches.get() > before);
    }

    private boolean holdsRenderOf(String text) throws Exception {
        String html = new MarkdownRenderer().render("## Long\n" + text);
        return fx(() -> Boolean.TRUE.equals(((JSObject) preview.engine().executeScript("window")).call("cwSameAs", html)));
    }

    @Test
    void anEditedParagraphIsTheOnlyBlockReplaced() throws Exception {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            paragraphs.add("Paragraph " + i + " of the long section.");
        }
        Card card = show(String.join("\n\n", paragraphs) + "\n");
        // child 0 is the heading; paragraph i is child i + 1
        js("window.cwFirst = cwPart().children[1]; window.cwEdited = cwPart().children[26]; window.cwLast = cwPart().children[50];");
        paragraphs.set(25, "Paragraph 25 of the long section, typed into.");
        String text = String.join("\n\n", paragraphs) + "\n";
        edit(card, text);
        assertThat(js("cwPart().children[26].textContent")).isEqualTo("Paragraph 25 of the long section, typed into.");
        assertThat(js("cwPart().children[1] === cwFirst && cwPart().children[50] === cwLast")).as("untouched blocks kept").isEqualTo(true);
        assertThat(js("cwPart().children[26] === cwEdited")).isEqualTo(false);
        assertThat(js("cwPart().children.length")).isEqualTo(51);
        assertThat(holdsRenderOf(text)).isTrue();
    }

    /** Random edits of a mixed section (blocks typed into, added, removed, split): always the full render's DOM. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void afterAnyEditTheSectionEqualsAFullRender(long seed) throws Exception {
        Random random = new Random(seed);
        List<String> blocks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            blocks.add(BLOCKS[random.nextInt(BLOCKS.length)]);
        }
        Card card = show(String.join("\n\n", blocks) + "\n");
        for (int step = 0; step < 12; step++) {
            int at = random.nextInt(blocks.size());
            switch (random.nextInt(5)) {
                case 0 -> blocks.set(at, blocks.get(at) + " typed" + step);
                case 1 -> blocks.add(at, BLOCKS[random.nextInt(BLOCKS.length)]);
                case 2 -> {
                    if (blocks.size() > 1) {
                        blocks.remove(at);
                    }
                }
                case 3 -> blocks.set(at, blocks.get(at).replaceFirst(" ", "\n\n")); // a paragraph split in two
                default -> blocks.set(at, blocks.get(at).substring(0, Math.max(1, blocks.get(at).length() / 2)));
            }
            String text = String.join("\n\n", blocks) + "\n";
            edit(card, text);
            assertThat(holdsRenderOf(text)).as("seed %d step %d", seed, step).isTrue();
        }
    }
}
