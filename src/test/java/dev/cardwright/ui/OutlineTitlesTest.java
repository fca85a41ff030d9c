package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.ui.common.NodeIds;
import dev.cardwright.ui.navigator.NavEntry;
import dev.cardwright.ui.navigator.NavigatorView;
import dev.cardwright.ui.section.SectionGuide;
import dev.cardwright.ui.section.SectionPane;
import dev.cardwright.ui.section.SectionStructure;
import dev.cardwright.ui.section.SectionViewModel;
import dev.cardwright.ui.task.CurrentThreadTaskExecutor;
import dev.cardwright.ui.undo.CardEditRecorder;
import dev.cardwright.ui.undo.UndoHistory;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/**
 * Defect 9: "Model Sources [optional]" showed as "Model Sources optional"; F2 on an outline entry
 * did nothing. The marker is a badge; F2 edits the title in place and the heading is rewritten.
 */
@ExtendWith(ApplicationExtension.class)
class OutlineTitlesTest {
    private static final String README = "---\nlicense: mit\n---\n# Kestrel\n\n## Model Details\n\n"
            + "### Model Sources [optional]\n\n- **Repository:** x\n\n## Uses\n\nUse it.\n";

    private final HBox root = new HBox();
    private final UndoHistory history = new UndoHistory();
    private Card card;
    private NavigatorView navigator;

    @Start
    void start(Stage stage) throws Exception {
        card = ReadmeReader.read(README.getBytes(StandardCharsets.UTF_8), "README.md");
        CardEditRecorder.attach(card, history);
        navigator = new NavigatorView();
        navigator.setCard(card);
        SectionStructure structure = new SectionStructure(card, history);
        navigator.setRenamer(structure::rename);
        root.getChildren().add(navigator);
        stage.setScene(new Scene(root, 900, 600));
        stage.show();
    }

    private Section section(String title) {
        return card.allSections().filter(s -> s.getTitle().startsWith(title)).findFirst().orElseThrow();
    }

    private TreeCell<?> cellOf(FxRobot robot, Section s) {
        return robot.lookup(".tree-cell").match((Node n) -> n instanceof TreeCell<?> c && c.getItem() instanceof NavEntry e
                && e.section() == s).queryAs(TreeCell.class);
    }

    @Test
    void anOptionalHeadingShowsItsTitleAndABadgeInTheOutlineAndThePane(FxRobot robot) {
        Section sources = section("Model Sources");
        assertThat(sources.getTitle()).as("what the Markdown reader makes of it").isEqualTo("Model Sources optional");
        TreeCell<?> cell = cellOf(robot, sources);
        assertThat(robot.from(cell).lookup(".label").queryAll().stream().map(n -> ((Label) n).getText()).toList())
                .containsExactly("Model Sources", "optional");
        assertThat(robot.from(cell).lookup(".optional-badge").tryQuery()).isPresent();

        robot.interact(() -> root.getChildren().add(new SectionPane(
                new SectionViewModel(sources, SectionGuide.none(), Locale.ENGLISH), new CurrentThreadTaskExecutor())));
        Label title = robot.lookup("#" + NodeIds.of("title", sources.getId())).queryAs(Label.class);
        assertThat(title.getText()).isEqualTo("Model Sources");
        assertThat(robot.from(title.getParent()).lookup(".optional-badge").queryAs(Label.class).getText()).isEqualTo("optional");
    }

    @Test
    void f2OnAnOutlineEntryRenamesItEnterKeepsEscapeDoesNot(FxRobot robot) {
        Section uses = section("Uses");
        robot.clickOn(cellOf(robot, uses));
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Intended Uses").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card.write()).contains("\n## Intended Uses\n\nUse it.\n").doesNotContain("## Uses");
        assertThat(cellOf(robot, uses).getText()).isEqualTo("Intended Uses");

        robot.type(KeyCode.F2).write("Nothing").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(uses.getTitle()).isEqualTo("Intended Uses");

        // an optional section keeps its marker
        Section sources = section("Model Sources");
        robot.clickOn(cellOf(robot, sources)).type(KeyCode.F2);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Sources").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card.write()).contains("\n### Sources [optional]\n");
        robot.interact(history::undo);
        assertThat(card.write()).contains("\n### Model Sources [optional]\n");
    }
}
