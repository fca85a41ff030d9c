package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.help.Shortcut;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

/**
 * Help (issue 10, What to build 5) in the real window: the shortcuts list made from the actions
 * and searched, the getting-started page, the first-run welcome, and the UI language switched
 * without a restart.
 */
@ExtendWith(ApplicationExtension.class)
class HelpTest {
    private final Locale before = Messages.locale();

    @RegisterExtension
    final MainWindowExtension editor = new MainWindowExtension("help");

    @AfterEach
    void clean() {
        Messages.setLocale(before);
    }

    private void menu(FxRobot robot, String... ids) {
        for (String id : ids) {
            robot.clickOn("#" + id);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static void pickLanguage(FxRobot robot, String tag) {
        TestWindows.pickLanguage(robot, tag);
    }

    @Test
    @SuppressWarnings("unchecked")
    void ctrlSlashListsEveryActionsKeysAndTheSearchNarrowsIt(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SLASH).release(KeyCode.SLASH, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Shortcut> table = robot.lookup("#shortcuts-table").queryAs(TableView.class);
        assertThat(table.getItems()).contains(new Shortcut("Save", "Ctrl+S"), new Shortcut("Export README.md…", "Ctrl+E"),
                new Shortcut("Keyboard Shortcuts", "Ctrl+/"));
        robot.clickOn("#shortcuts-search").write("export");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(Shortcut::action).containsExactly("Export README.md…", "Export XLIFF…");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("ctrl+shift+z");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(Shortcut::action).containsExactly("Redo");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void gettingStartedIsAPageOfSteps(FxRobot robot) {
        menu(robot, "menu-help", "menu-getting-started");
        assertThat(robot.lookup("#getting-started-step-1").queryAs(Label.class).getText()).startsWith("1.  File ▸ New Model Card (Ctrl+N)");
        assertThat(robot.lookup("#getting-started-step-7").queryAs(Label.class).getText()).contains("View ▸ Language");
    }

    @Test
    void theFirstRunWelcomesOnceAndNewStartsANewCard(FxRobot robot) {
        robot.interact(editor.window()::welcomeIfFirstRun); // what the application does when it starts without a file
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#welcome-sample").tryQuery()).isPresent();
        robot.clickOn("#welcome-new");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#welcome").tryQuery()).as("the welcome is gone").isEmpty();
        assertThat(robot.lookup("#new-repo-id").tryQuery()).as("File ▸ New asks for the repository").isPresent();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.prefs().getBoolean("welcomeShown", false)).isTrue();

        robot.interact(editor.window()::welcomeIfFirstRun); // the next start
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#welcome").tryQuery()).isEmpty();
    }

    @Test
    void viewLanguageSwitchesTheMenusAndPanesAtOnceAndKeepsTheDocument(FxRobot robot) {
        var card = editor.window().document().getCard();
        pickLanguage(robot, "zh-CN");
        WaitForAsyncUtils.waitForFxEvents();
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(bar.getMenus()).extracting(m -> m.getText()).startsWith("文件(_F)", "编辑(_E)", "视图(_V)");
        assertThat(editor.prefs().get("language", "")).isEqualTo("zh-CN");
        assertThat(editor.window().document().getCard()).isSameAs(card);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText).contains("元数据");
        assertThat(editor.stage().getTitle()).doesNotContain("not saved yet").contains("尚未保存");

        pickLanguage(robot, "en");
        WaitForAsyncUtils.waitForFxEvents();
        bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(bar.getMenus()).extracting(m -> m.getText()).startsWith("_File", "_Edit", "_View");
        // the shortcuts still work after the menus were made again
        robot.press(KeyCode.CONTROL, KeyCode.SLASH).release(KeyCode.SLASH, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#shortcuts-table").tryQuery()).isPresent();
    }
}
