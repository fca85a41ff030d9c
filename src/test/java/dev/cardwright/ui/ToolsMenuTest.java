package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.preview.WebViewPreview;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Tools ▸ Carbon Estimate, Citation and ModelScope Twin from the real main editor.window(), down to the files written. */
@ExtendWith(ApplicationExtension.class)
class ToolsMenuTest {
    private static final String README = """
            ---
            license: apache-2.0
            pipeline_tag: text-generation
            library_name: transformers
            ---
            # Demo

            ## Environmental Impact

            - **Hardware Type:** [More Information Needed]

            ## Citation

            **BibTeX:**

            [More Information Needed]

            **APA:**

            [More Information Needed]
            """;

    @TempDir
    Path dir;

    @RegisterExtension
    final MainWindowExtension editor = new MainWindowExtension("tools").withPreview(() -> new WebViewPreview(l -> { }));

    private void menu(FxRobot robot, String item) {
        robot.clickOn(Messages.get("menu.tools")).clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void choose(FxRobot robot, String comboId, String entry) {
        robot.clickOn(comboId);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> c) -> entry.equals(c.getText())).queryAs(ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void closeTopWindow(FxRobot robot) {
        robot.interact(() -> {
            Window top = robot.listTargetWindows().get(0);
            ((Stage) top).close();
        });
    }

    @Test
    void carbonCitationAndModelScopeTwinFromTheToolsMenu(FxRobot robot) throws Exception {
        Path readme = Files.writeString(dir.resolve("README.md"), README);
        robot.interact(() -> editor.window().open(readme));

        menu(robot, Messages.get("action.carbon"));
        choose(robot, "#carbon-hardware", "A100 SXM4 80 GB");
        robot.clickOn("#carbon-devices").push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A).write("8");
        robot.clickOn("#carbon-hours").write("100");
        choose(robot, "#carbon-provider", "Google Cloud Platform");
        choose(robot, "#carbon-region", "asia-east1 (Changhua County, Taiwan)");
        robot.clickOn("#carbon-apply");
        closeTopWindow(robot);

        menu(robot, Messages.get("action.citation"));
        robot.clickOn("#cite-bibtex").write("@misc{d, author={Li, Hua}, title={Demo}, year={2024}, eprint={2401.00001}, archivePrefix={arXiv}}");
        robot.clickOn("#cite-apply");
        closeTopWindow(robot);

        String text = editor.window().document().readmeText();
        assertThat(text).contains("- **Hardware Type:** 8 x A100 SXM4 80 GB (400 W each)\n")
                .contains("- **Carbon Emitted:** 178.24 kg CO2eq")
                .contains("co2_eq_emissions:\n  emissions: 178240\n")
                .contains("```bibtex\n@misc{d, author={Li, Hua}")
                .contains("Li, H. (2024). *Demo* (arXiv:2401.00001). arXiv.")
                .contains("tags:\n- arxiv:2401.00001\n");
        assertThat(editor.window().document().history().isDirty()).isTrue();

        Path twin = dir.resolve("modelscope").resolve("README.md");
        editor.dialogs().saveTarget = twin;
        menu(robot, Messages.get("action.modelscope"));
        robot.clickOn("#modelscope-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(twin, StandardCharsets.UTF_8))
                .startsWith("---\ntasks:\n- text-generation\nframeworks:\n- pytorch\nlicense: Apache License 2.0\ntags:\n- arxiv:2401.00001\n")
                .contains("co2_eq_emissions:\n  emissions: 178240\n")
                .contains("- **Carbon Emitted:** 178.24 kg CO2eq");
        closeTopWindow(robot);
    }
}
