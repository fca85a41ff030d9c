package dev.cardwright.ui.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Card;
import dev.cardwright.cli.CardwrightCommand;
import dev.cardwright.translate.Glossary;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.undo.UndoHistory;
import dev.cardwright.yaml.CardSourceFile;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;

/**
 * A README and its translation in a git repository, the source edited in two commits after the
 * translation: imported on the command line, the card opens with the translation view saying how
 * many commits moved the source, above the diff of the source since the translation.
 */
@ExtendWith(ApplicationExtension.class)
class SourceHistoryViewTest {
    private static Path repo;
    private Card card;

    @Start
    void start(Stage stage) throws Exception {
        repo = Files.createTempDirectory("cw-history-view");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            String en = "# Demo\n\n## Uses\n\nChat.\n";
            commit(git, 1, "README.md", en, "README_zh.md", "# 演示\n\n## 用途\n\n聊天。\n");
            commit(git, 2, "README.md", en.replace("Chat.", "Chat and code."));
            commit(git, 3, "README.md", en.replace("Chat.", "Chat, code and maths."));
        }
        Path source = repo.resolve("demo.card.yaml");
        StringWriter err = new StringWriter();
        int code = CardwrightCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "import",
                repo.resolve("README.md").toString(), "--translation", "zh=" + repo.resolve("README_zh.md"), "-o", source.toString());
        assertThat(code).as(err.toString()).isZero();
        card = CardSourceFile.read(source);
        TranslationView view = new TranslationView(new TranslationViewModel(card, new UndoHistory(), Glossary.builtIn(), "zh"),
                null, new dev.cardwright.ui.task.FxTaskExecutor());
        Scene scene = new Scene(view.node(), 1000, 700);
        stage.setScene(scene);
        stage.show();
    }

    private static void commit(Git git, int hour, String... pathAndText) throws Exception {
        for (int i = 0; i < pathAndText.length; i += 2) {
            Files.writeString(repo.resolve(pathAndText[i]), pathAndText[i + 1]);
            git.add().addFilepattern(pathAndText[i]).call();
        }
        PersonIdent who = new PersonIdent("T", "t@example.com", Instant.parse("2024-05-01T00:00:00Z").plusSeconds(hour * 3600L), ZoneOffset.UTC);
        git.commit().setMessage("commit " + hour).setAuthor(who).setCommitter(who).call();
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (repo != null) {
            try (var files = Files.walk(repo)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void saysHowManyCommitsChangedTheSourceAboveItsDiff(FxRobot robot) {
        robot.clickOn("#translate-row-uses");
        WaitForAsyncUtils.waitForFxEvents();
        Label label = robot.lookup("#translate-diff-label").queryAs(Label.class);
        assertThat(label.getText()).isEqualTo(Messages.get("translate.sourceChangedCommits", 2));
        assertThat(label.getText()).contains("2");
        TextFlow diff = robot.lookup("#translate-diff").queryAs(TextFlow.class);
        assertThat(diff.isVisible()).isTrue();
        String shown = diff.getChildren().stream().map(n -> ((Text) n).getText()).reduce("", String::concat);
        assertThat(shown).contains("code", "maths");
    }
}
