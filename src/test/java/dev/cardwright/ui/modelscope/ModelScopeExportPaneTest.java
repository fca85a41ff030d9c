package dev.cardwright.ui.modelscope;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Card;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.Translation;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.ui.common.Messages;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

/** The ModelScope preview as a person uses it: read the twin, read the notes, click Save, find the file. */
@ExtendWith(ApplicationExtension.class)
class ModelScopeExportPaneTest {
    @TempDir
    Path dir;

    private Card card;

    @Start
    void start(Stage stage) throws Exception {
        card = ReadmeReader.read("""
                ---
                license: apache-2.0
                pipeline_tag: text-to-image
                library_name: diffusers
                ---
                # Painter

                ## Model Details

                Paints pictures from text.

                ## Uses

                Illustrations.
                """.getBytes(StandardCharsets.UTF_8), "README.md");
        Translation zh = new Translation("zh");
        TranslatedSection details = zh.section(card.allSections().filter(s -> s.getTitle().equals("Model Details")).findFirst().orElseThrow().getId());
        details.setHeading("## 模型详情\n");
        details.setText("\n根据文字绘制图片。\n\n");
        details.setStatus(TranslationStatus.TRANSLATED);
        card.getTranslations().add(zh);
        ModelScopeExportPane pane = new ModelScopeExportPane(card, "README.md", () -> Optional.of(dir.resolve("ms").resolve("README.md")));
        stage.setScene(new Scene((javafx.scene.Parent) pane.node(), 800, 600));
        stage.show();
    }

    @Test
    void showsTheTwinAndItsNotesAndSavesIt(FxRobot robot) throws Exception {
        TextArea readme = robot.lookup("#modelscope-readme").queryAs(TextArea.class);
        assertThat(readme.getText()).startsWith("---\ntasks:\n- text-to-image-synthesis\nframeworks:\n- pytorch\nlicense: Apache License 2.0\n")
                .contains("## 模型详情\n\n根据文字绘制图片。")
                .contains("## Uses\n\nIllustrations.") // not translated: the source text, and a note says so
                .doesNotContain("Paints pictures from text.");
        ListView<?> notes = robot.lookup("#modelscope-notes").queryAs(ListView.class);
        assertThat(notes.getItems()).map(String::valueOf)
                .anyMatch(n -> n.startsWith("body: ") && n.contains("have no zh translation"));

        robot.clickOn("#modelscope-save");
        WaitForAsyncUtils.waitForFxEvents();
        Path written = dir.resolve("ms").resolve("README.md");
        assertThat(Files.readString(written)).isEqualTo(readme.getText());
        assertThat(robot.lookup("#modelscope-status").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("modelscope.saved", written));
    }
}
