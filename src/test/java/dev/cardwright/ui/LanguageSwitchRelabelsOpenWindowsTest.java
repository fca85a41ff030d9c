package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.document.HubCardStore;
import dev.cardwright.yaml.CardSourceFile;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * View ▸ Language relabels what is already open, not only the menus and the pane: the find bar
 * (with its query and count), the bar about a change on disk, and tool windows opened before.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchRelabelsOpenWindowsTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final MainWindowExtension editor = new MainWindowExtension("relabel");

    private final Locale before = Messages.locale();

    @AfterEach
    void restoreLanguage() {
        Messages.setLocale(before);
    }

    private static void keys(FxRobot robot, KeyCode... combo) {
        TestWindows.keys(robot, combo);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Labeled.class).getText();
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup("#" + id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static Optional<Stage> window(String title) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle())).map(w -> (Stage) w).findFirst();
    }

    @Test
    void theFindBarAndTheChangeOnDiskBarSpeakChineseAtOnceAndKeepTheirState(FxRobot robot) throws Exception {
        Path card = dir.resolve("kestrel.card.yaml");
        CardSourceFile.write(new HubCardStore().sample(), card);
        robot.interact(() -> editor.window().open(card));
        keys(robot, KeyCode.CONTROL, KeyCode.F);
        keys(robot, KeyCode.CONTROL, KeyCode.H); // from the find box: the replace row opens, no letter is deleted
        robot.write("model");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "find-label")).isEqualTo("Find");
        assertThat(shown(robot, "replace-text")).isTrue();
        String englishCount = text(robot, "find-count");
        assertThat(englishCount).startsWith("1 of ");
        String total = englishCount.substring("1 of ".length()).replaceAll("\\D.*", "");

        var other = CardSourceFile.read(card);
        other.getSections().get(0).setText("Changed by a colleague.\n");
        Files.writeString(card, CardSourceFile.toYaml(other), StandardCharsets.UTF_8);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> shown(robot, "external-bar"));
        assertThat(text(robot, "external-reload")).isEqualTo("Reload");

        TestWindows.pickLanguage(robot, "zh-CN");

        assertThat(text(robot, "find-label")).isEqualTo("查找");
        assertThat(text(robot, "replace-label")).isEqualTo("替换");
        assertThat(text(robot, "find-match-case")).isEqualTo("区分大小写");
        assertThat(text(robot, "replace-all")).isEqualTo(Messages.get("find.replaceAll")).isNotEqualTo("Replace All");
        assertThat(text(robot, "find-count")).isEqualTo(Messages.get("find.count", "1", total)).isNotEqualTo(englishCount);
        assertThat(robot.lookup("#find-text").queryAs(TextField.class).getText()).isEqualTo("model");
        assertThat(robot.lookup("#find-text").queryAs(TextField.class).getPromptText()).isEqualTo("元数据和各章节中的文字");
        assertThat(shown(robot, "find-bar")).as("the bar stays open").isTrue();

        assertThat(text(robot, "external-reload")).isEqualTo("重新载入");
        assertThat(text(robot, "external-keep")).isEqualTo("保留我的版本");
        assertThat(text(robot, "external-message")).isEqualTo("kestrel.card.yaml 已被其他程序在磁盘上修改。");
        assertThat(shown(robot, "external-bar")).isTrue();
    }

    @Test
    void toolWindowsOpenedBeforeTakeTheNewLanguage(FxRobot robot) {
        robot.clickOn("#menu-help");
        robot.clickOn("#menu-getting-started");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> editor.stage().requestFocus());
        keys(robot, KeyCode.CONTROL, KeyCode.T);
        String name = editor.window().document().displayName();
        assertThat(window("Getting Started")).isPresent();
        assertThat(window("Translations — " + name)).isPresent();
        assertThat(robot.lookup("#getting-started-step-1").queryAs(Labeled.class).getText()).startsWith("1.  File ▸ New Model Card");

        robot.interact(() -> editor.stage().requestFocus());
        TestWindows.pickLanguage(robot, "zh-CN");

        assertThat(window("入门指南")).as("the getting-started window, still open, in Chinese").isPresent();
        assertThat(window("Getting Started")).isEmpty();
        assertThat(robot.lookup("#getting-started-step-1").queryAs(Labeled.class).getText()).startsWith("1.  文件 ▸ 新建模型卡片");
        assertThat(window("翻译 — " + name)).as("the translation window, still open, in Chinese").isPresent();
        assertThat(window("Translations — " + name)).isEmpty();
    }
}
