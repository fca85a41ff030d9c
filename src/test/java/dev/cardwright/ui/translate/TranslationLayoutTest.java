package dev.cardwright.ui.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.translate.Glossary;
import dev.cardwright.translate.TranslationTracker;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.Theme;
import dev.cardwright.ui.preview.Preview;
import dev.cardwright.ui.task.FxTaskExecutor;
import dev.cardwright.ui.undo.UndoHistory;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;

/**
 * Issue 11, defect 9 (rest), in the Chinese UI: the editor's chips wrap instead of clipping in a
 * narrow window, the previews sit beside the editor without squeezing it and follow the section.
 */
@ExtendWith(ApplicationExtension.class)
class TranslationLayoutTest {
    /** What the window would be; narrowed in place of the stage, which the next test classes share. */
    private Region shown;
    private final List<FakePreview> previews = new ArrayList<>();

    /** A preview that remembers what it was asked to do. */
    static final class FakePreview implements Preview {
        final Region node = new Region();
        final List<String> scrolledTo = new ArrayList<>();
        Card shown;

        @Override public Node node() { return node; }
        @Override public void show(Card card) { shown = card; }
        @Override public void patch(String sectionId) { }
        @Override public void patchMetadata() { }
        @Override public void scrollTo(String sectionId) { scrolledTo.add(sectionId); }
        @Override public void setOnSectionScrolled(java.util.function.Consumer<String> listener) { }
    }

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        Card card = ReadmeReader.read("""
                # Demo

                ## Uses

                Chat.

                ## Training Data

                Notes.
                """.getBytes(StandardCharsets.UTF_8), "README.md");
        TranslationTracker tracker = new TranslationTracker(card);
        tracker.record("zh", "uses", "## 用途\n", "聊天。\n");
        tracker.record("zh", "training-data", "## 训练数据\n", "笔记。\n");
        tracker.dispose();
        TranslationView view = new TranslationView(new TranslationViewModel(card, new UndoHistory(), Glossary.builtIn(), "zh"),
                () -> {
                    FakePreview p = new FakePreview();
                    previews.add(p);
                    return p;
                }, new FxTaskExecutor());
        shown = (Region) view.node();
        javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane(shown);
        holder.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        Scene scene = new Scene(holder, 1200, 700);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ROOT);
    }

    private static boolean fullyShown(Label label) {
        Text shown = (Text) label.lookup(".text");
        return shown != null && shown.getText().equals(label.getText());
    }

    private static Bounds inScene(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    @Test
    void aNarrowWindowWrapsTheChipRowInsteadOfClippingIt(FxRobot robot) {
        robot.clickOn("#translate-row-uses");
        robot.interact(() -> shown.setMaxWidth(640));
        WaitForAsyncUtils.waitForFxEvents();
        Label chip = robot.lookup("#translate-status").queryAs(Label.class);
        Button approve = robot.lookup("#translate-approve").queryAs(Button.class);
        Node editor = robot.lookup("#translate-editor").query();
        assertThat(chip.getText()).isEqualTo("已翻译");
        assertThat(fullyShown(chip)).isTrue();
        assertThat(chip.getWidth()).isGreaterThanOrEqualTo(chip.prefWidth(-1) - 0.5);
        assertThat(approve.getWidth()).isGreaterThanOrEqualTo(approve.prefWidth(-1) - 0.5);
        assertThat(inScene(approve).getMaxX()).isLessThanOrEqualTo(inScene(editor).getMaxX() + 0.5);
        assertThat(((Region) editor).getWidth()).isGreaterThanOrEqualTo(TranslationView.EDITOR_MIN_WIDTH - 0.5);
    }

    @Test
    void sideBySidePreviewsLeaveTheEditorItsWidthAndFollowTheSection(FxRobot robot) throws Exception {
        robot.clickOn("#translate-preview").clickOn(Messages.get("translate.preview.sideBySide"));
        // the previews wait for typing to pause: wait for them, however slow the machine
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> previews.size() >= 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(previews).hasSize(2);
        Region editor = robot.lookup("#translate-editor").queryAs(Region.class);
        assertThat(editor.getWidth()).isGreaterThanOrEqualTo(TranslationView.EDITOR_MIN_WIDTH - 0.5);
        assertThat(robot.lookup("#translate-preview-source").queryAs(Region.class).getWidth())
                .isGreaterThanOrEqualTo(TranslationView.PREVIEW_MIN_WIDTH - 0.5);
        assertThat(robot.lookup("#translate-preview-translation").queryAs(Region.class).getWidth())
                .isGreaterThanOrEqualTo(TranslationView.PREVIEW_MIN_WIDTH - 0.5);

        robot.clickOn("#translate-row-training-data");
        FakePreview source = previews.get(1);
        FakePreview translation = previews.get(0);
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> !source.scrolledTo.isEmpty() && "training-data".equals(source.scrolledTo.get(source.scrolledTo.size() - 1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(source.scrolledTo).last().isEqualTo("training-data");
        // the translated page names its sections by the translated headings
        String expected = translation.shown.allSections().filter(s -> s.getTitle().equals("训练数据")).findFirst().orElseThrow().getId();
        assertThat(translation.scrolledTo).last().isEqualTo(expected);

        robot.interact(() -> shown.setMaxWidth(900)); // narrower: the previews give way first, down to their minimum
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.getWidth()).isGreaterThanOrEqualTo(TranslationView.EDITOR_MIN_WIDTH - 0.5);

        robot.clickOn("#translate-preview").clickOn(Messages.get("translate.preview.off"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#translate-previews").tryQuery()).isEmpty();
    }
}
