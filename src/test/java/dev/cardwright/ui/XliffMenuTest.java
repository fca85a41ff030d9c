package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.translate.TranslationTracker;
import dev.cardwright.yaml.CardSourceFile;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File ▸ Export XLIFF… and Import XLIFF… as a translator uses them with a CAT tool: export, the
 * target edited in the XLIFF file, import; the new translation is in the translation window and
 * in the saved card source, one Ctrl+Z takes it back, and a file that does not fit the card is
 * refused at its line and column with nothing changed.
 */
@ExtendWith(ApplicationExtension.class)
class XliffMenuTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final MainWindowExtension editor = new MainWindowExtension("xliff");

    private Path openCard(FxRobot robot) throws Exception {
        Card card = ReadmeReader.read("# Demo\n\nA demo.\n\n## Uses\n\nRisk mitigation.\n".getBytes(StandardCharsets.UTF_8), "README.md");
        new TranslationTracker(card).record("zh", "uses", "## 用途\n", "\n风险缓解。\n");
        Path file = dir.resolve("demo.card.yaml");
        CardSourceFile.write(card, file);
        editor.dialogs().openTarget = file;
        keys(robot, KeyCode.CONTROL, KeyCode.O);
        return file;
    }

    private static void keys(FxRobot robot, KeyCode... combo) {
        TestWindows.keys(robot, combo);
    }

    private static void fileMenu(FxRobot robot, String item) {
        robot.clickOn("#menu-file");
        robot.clickOn("#menu-" + item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String savedTranslation(Path file) throws Exception {
        return CardSourceFile.read(file).findTranslation("zh").orElseThrow().getSections().get("uses").getText();
    }

    @Test
    void exportEditTheTargetOnDiskImportAndTheWindowAndTheSavedFileHaveIt(FxRobot robot) throws Exception {
        Path card = openCard(robot);
        Path out = dir.resolve("cat");
        editor.dialogs().openTarget = out;
        fileMenu(robot, "export-xliff");
        Path xliff = out.resolve("demo.zh.xlf");
        assertThat(editor.dialogs().lastError).isNull();
        assertThat(editor.dialogs().lastInfo).contains(xliff.toString());
        String exported = Files.readString(xliff, StandardCharsets.UTF_8);
        assertThat(exported).contains("<target>\n风险缓解。\n</target>").contains("trgLang=\"zh\"");

        // what a CAT tool does: the target of the Uses unit translated again
        Files.writeString(xliff, exported.replace("<target>\n风险缓解。\n</target>", "<target>\n降低风险。\n</target>"), StandardCharsets.UTF_8);
        editor.dialogs().openTarget = xliff;
        fileMenu(robot, "import-xliff");
        assertThat(editor.dialogs().lastError).isNull();
        assertThat(editor.dialogs().lastInfo).startsWith("zh: 1 ");
        assertThat(editor.stage().getTitle()).startsWith("• ");

        robot.interact(editor.stage()::requestFocus);
        keys(robot, KeyCode.CONTROL, KeyCode.T);
        Stage translations = (Stage) Window.getWindows().stream().filter(w -> w != editor.stage() && w.isShowing()
                && w.getScene().lookup("#translation-view") != null).findFirst().orElseThrow();
        robot.clickOn("#translate-row-uses");
        Node text = robot.lookup("#translate-text").query();
        String shown = text instanceof TextInputControl t ? t.getText() : ((StyleClassedTextArea) text).getText();
        assertThat(shown).contains("降低风险。").doesNotContain("风险缓解");
        robot.interact(translations::close);

        robot.interact(editor.stage()::requestFocus);
        keys(robot, KeyCode.CONTROL, KeyCode.S);
        assertThat(savedTranslation(card)).isEqualTo("\n降低风险。\n");

        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(editor.window().document().getCard().findTranslation("zh").orElseThrow().getSections().get("uses").getText())
                .as("the import is one undo step").isEqualTo("\n风险缓解。\n");
    }

    @Test
    void aFileThatDoesNotFitTheCardIsRefusedAtItsLineAndColumnAndChangesNothing(FxRobot robot) throws Exception {
        openCard(robot);
        Path out = dir.resolve("cat");
        editor.dialogs().openTarget = out;
        fileMenu(robot, "export-xliff");
        Path xliff = out.resolve("demo.zh.xlf");
        String exported = Files.readString(xliff, StandardCharsets.UTF_8);
        assertThat(exported).contains("\"uses\"");
        Files.writeString(xliff, exported.replace("<target>\n风险缓解。\n</target>", "<target>\n降低风险。\n</target>")
                .replace("\"uses\"", "\"gone\""), StandardCharsets.UTF_8);

        editor.dialogs().openTarget = xliff;
        fileMenu(robot, "import-xliff");
        assertThat(editor.dialogs().lastError).containsPattern(java.util.regex.Pattern.quote(xliff.toString()) + ":\\d+:\\d+: ")
                .contains("gone");
        assertThat(editor.window().document().getCard().findTranslation("zh").orElseThrow().getSections().get("uses").getText())
                .isEqualTo("\n风险缓解。\n");
        assertThat(editor.window().document().history().isDirty()).isFalse();

        Files.writeString(xliff, "<xliff version=\"2.0\"", StandardCharsets.UTF_8); // not even XML
        editor.dialogs().lastError = null;
        fileMenu(robot, "import-xliff");
        assertThat(editor.dialogs().lastError).startsWith(xliff + ":1:");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theShortcutsListHasThemAndTheChineseMenuSaysThemInChinese(FxRobot robot) {
        java.util.Locale before = dev.cardwright.ui.common.Messages.locale();
        try {
            keys(robot, KeyCode.CONTROL, KeyCode.SLASH);
            var table = robot.lookup("#shortcuts-table").queryAs(javafx.scene.control.TableView.class);
            assertThat(((java.util.List<dev.cardwright.ui.help.Shortcut>) table.getItems()).stream().map(dev.cardwright.ui.help.Shortcut::action))
                    .contains("Export XLIFF…", "Import XLIFF…");
            robot.interact(editor.stage()::requestFocus);
            TestWindows.pickLanguage(robot, "zh-CN");
            javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
            assertThat(bar.getMenus().get(0).getItems()).filteredOn(i -> i.getId() != null && i.getId().endsWith("-xliff"))
                    .extracting(javafx.scene.control.MenuItem::getText).containsExactly("导出 XLIFF…", "导入 XLIFF…");
        } finally {
            dev.cardwright.ui.common.Messages.setLocale(before);
        }
    }
}
