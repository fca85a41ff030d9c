package dev.cardwright.ui.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.template.SchemaSectionFinder;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.yaml.CardMetadata;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/** The citation pane as a person uses it: type BibTeX, see it checked and formatted, fill the card. */
@ExtendWith(ApplicationExtension.class)
class CitationPaneTest {
    private Card card;

    @Start
    void start(Stage stage) throws Exception {
        card = ReadmeReader.read("---\nlicense: mit\n---\n# M\n\n## Citation\n\n**BibTeX:**\n\n[More Information Needed]\n\n**APA:**\n\n[More Information Needed]\n"
                .getBytes(StandardCharsets.UTF_8), "README.md");
        stage.setScene(new Scene((javafx.scene.Parent) new CitationPane(card).node(), 700, 500));
        stage.show();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void typedBibtexIsCheckedFormattedAndWritten(FxRobot robot) throws Exception {
        assertThat(label(robot, "#cite-check")).isEqualTo(Messages.get("cite.empty"));
        robot.clickOn("#cite-bibtex").write("@misc{a, author={Li, Hua}, title={T}, year={2019}, eprint={1910.09700}, archivePrefix={arXiv}");
        WaitForAsyncUtils.waitForFxEvents();
        // not closed yet: the check says so and Apply waits
        assertThat(label(robot, "#cite-check")).startsWith(Messages.get("cite.invalid", "")).contains("not closed");
        assertThat(robot.lookup("#cite-apply").queryAs(Button.class).isDisabled()).isTrue();

        robot.type(KeyCode.END).write("}");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#cite-check")).isEqualTo(Messages.get("cite.ok", "@misc{a}"));
        assertThat(label(robot, "#cite-apa")).isEqualTo("Li, H. (2019). *T* (arXiv:1910.09700). arXiv. https://doi.org/10.48550/arXiv.1910.09700");

        robot.clickOn("#cite-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#cite-status")).isEqualTo(Messages.get("cite.appliedTag", "arxiv:1910.09700"));
        assertThat(SchemaSectionFinder.findOrAdd(card, "citation").getText())
                .contains("**BibTeX:**\n\n```bibtex\n@misc{a, author={Li, Hua}, title={T}, year={2019}, eprint={1910.09700}, archivePrefix={arXiv}}\n```\n")
                .contains("**APA:**\n\nLi, H. (2019). *T* (arXiv:1910.09700).")
                .doesNotContain("[More Information Needed]");
        assertThat(CardMetadata.read(card).get("tags")).isEqualTo(List.of("arxiv:1910.09700"));
    }
}
