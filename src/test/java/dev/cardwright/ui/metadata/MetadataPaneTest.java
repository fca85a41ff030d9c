package dev.cardwright.ui.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;

import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import dev.cardwright.card.Card;
import dev.cardwright.card.FrontMatter;
import dev.cardwright.ui.task.QueuedTaskExecutor;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The YAML area is coloured in the background and restyled only where the text or its colours
 * changed; whatever the edits and however many checks were dropped as stale, it ends up coloured
 * exactly as the whole text highlights.
 */
@ExtendWith(ApplicationExtension.class)
class MetadataPaneTest {
    private static final String[] SNIPPETS = {"key: ", "# note", "\"quoted: #\"", "- ", "\n", "x", "'s'", ":", " ", "\n  - item\n"};

    private final StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 800, 600));
        stage.show();
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16})
    void afterRandomEditsTheAreaIsColouredAsTheWholeTextHighlights(long seed, FxRobot robot) {
        Random random = new Random(seed);
        Card card = new Card();
        FrontMatter fm = new FrontMatter();
        fm.setYaml("license: mit  # a comment\nlanguage:\n- en\n- zh\ntags: [\"a\", 'b']\nbase_model: x/y\n");
        card.setFrontMatter(fm);
        QueuedTaskExecutor background = new QueuedTaskExecutor();
        MetadataPane[] pane = new MetadataPane[1];
        robot.interact(() -> {
            pane[0] = new MetadataPane(card, Vocabularies.NONE, background);
            root.getChildren().setAll(pane[0]);
            background.runAll();
        });
        CodeArea area = pane[0].yamlArea();
        for (int i = 0; i < 60; i++) {
            robot.interact(() -> {
                int length = area.getLength();
                if (random.nextInt(3) == 0 && length > 0) {
                    int from = random.nextInt(length);
                    area.deleteText(from, Math.min(length, from + 1 + random.nextInt(6)));
                } else if (random.nextInt(8) == 0) {
                    pane[0].model().licenseProperty().set("lic-" + random.nextInt(100)); // a form edit rewrites the area
                } else {
                    area.insertText(random.nextInt(length + 1), SNIPPETS[random.nextInt(SNIPPETS.length)]);
                }
                for (int r = random.nextInt(4); r > 0; r--) {
                    background.runNext();
                }
            });
        }
        robot.interact(background::runAll);
        String text = area.getText();
        List<Collection<String>> shown = perCharacter(area.getStyleSpans(0, text.length()));
        List<Collection<String>> expected = perCharacter(YamlHighlighter.spans(text));
        int first = 0;
        // a line break has no style of its own in the area (it reports its line's last one)
        while (first < Math.min(shown.size(), expected.size())
                && (shown.get(first).equals(expected.get(first)) || text.charAt(first) == '\n')) {
            first++;
        }
        assertThat(first).as("first wrongly coloured character in %s", text.substring(0, Math.min(text.length(), first + 20)))
                .isEqualTo(expected.size());
        assertThat(shown).hasSameSizeAs(expected);
    }

    @Test
    void textRetypedBetweenTwoColouringsIsColouredAgain(FxRobot robot) {
        Card card = new Card();
        FrontMatter fm = new FrontMatter();
        fm.setYaml("license: mit\n");
        card.setFrontMatter(fm);
        QueuedTaskExecutor background = new QueuedTaskExecutor();
        MetadataPane[] pane = new MetadataPane[1];
        robot.interact(() -> {
            pane[0] = new MetadataPane(card, Vocabularies.NONE, background);
            root.getChildren().setAll(pane[0]);
            background.runAll();
        });
        CodeArea area = pane[0].yamlArea();
        // the same text as coloured last, but its first word typed anew: it carries no colour yet
        robot.interact(() -> {
            area.deleteText(0, 3);
            area.insertText(0, "lic");
            background.runAll();
        });
        assertThat(area.getText()).isEqualTo("license: mit\n");
        assertThat(perCharacter(area.getStyleSpans(0, 7))).containsOnly(List.of("yaml-key"));
    }

    private static List<Collection<String>> perCharacter(StyleSpans<Collection<String>> spans) {
        List<Collection<String>> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> span : spans) {
            for (int i = 0; i < span.getLength(); i++) {
                out.add(List.copyOf(span.getStyle()));
            }
        }
        return out;
    }
}
