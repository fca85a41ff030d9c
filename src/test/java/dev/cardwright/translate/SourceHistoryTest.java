package dev.cardwright.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cardwright.card.Card;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.cli.CardwrightCommand;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.repo.RepositoryReader;
import dev.cardwright.yaml.CardSourceFile;

/** History-aware staleness on repositories the test builds with JGit (fixed dates, no git binary). */
class SourceHistoryTest {
    @TempDir
    Path dir;
    private Git git;
    private long clock = 1_700_000_000L;

    static final String V1 = "# Demo\n\nA demo.\n\n## Uses\n\nChat.\n\n## Bias\n\nSome.\n";
    static final String ZH = "# 演示\n\n一个演示。\n\n## 用途\n\n聊天。\n\n## 偏见\n\n一些。\n";

    @BeforeEach
    void init() throws Exception {
        git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
    }

    private void commit(String message, String... pathAndText) throws Exception {
        for (int i = 0; i < pathAndText.length; i += 2) {
            Files.writeString(dir.resolve(pathAndText[i]), pathAndText[i + 1]);
            git.add().addFilepattern(pathAndText[i]).call();
        }
        PersonIdent who = new PersonIdent("Translator", "t@example.com", Instant.ofEpochSecond(clock += 3600), ZoneOffset.UTC);
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
    }

    private Card importPair() throws Exception {
        Card card = ReadmeReader.read(dir.resolve("README.md"));
        TranslationImporter.importFiles(card, "en", Map.of("zh", dir.resolve("README_zh.md")));
        SourceHistory.mark(card, card.findTranslation("zh").orElseThrow(), dir.resolve("README.md"), dir.resolve("README_zh.md"));
        return card;
    }

    private static TranslatedSection zh(Card card, String id) {
        return card.findTranslation("zh").orElseThrow().getSections().get(id);
    }

    @Test
    void marksSectionsWhoseSourceChangedInLaterCommitsWithTheSourceOfThatTime() throws Exception {
        commit("card and translation", "README.md", V1, "README_zh.md", ZH);
        commit("uses: more", "README.md", V1.replace("Chat.", "Chat and code."));
        commit("uses and bias", "README.md", V1.replace("Chat.", "Chat, code and maths.").replace("Some.", "Some, see below."));
        commit("unrelated", "LICENSE", "MIT\n");
        commit("typo elsewhere only", "README.md", V1.replace("Chat.", "Chat, code and maths.").replace("Some.", "Some, see below.")
                .replace("A demo.", "A demo!"));

        Card card = importPair();
        TranslationTracker tracker = new TranslationTracker(card);

        assertThat(zh(card, "uses").getSourceCommits()).isEqualTo(2);
        assertThat(zh(card, "uses").getSourceText()).isEqualTo("## Uses\n\nChat.\n\n");
        assertThat(zh(card, "uses").getStatus()).isEqualTo(TranslationStatus.NEEDS_REVIEW);
        assertThat(tracker.sourceChanges("zh", "uses").orElseThrow())
                .anyMatch(p -> p.kind() == WordDiff.Kind.INSERTED && p.text().contains("maths"));
        assertThat(zh(card, "bias").getSourceCommits()).isEqualTo(1);
        assertThat(zh(card, "demo").getSourceCommits()).isEqualTo(1);
        assertThat(tracker.awaitingFirstReview("zh", "demo")).isFalse();
    }

    @Test
    void aTranslationCommittedAfterTheSourceChangeIsNotStale() throws Exception {
        commit("card and translation", "README.md", V1, "README_zh.md", ZH);
        commit("uses: more", "README.md", V1.replace("Chat.", "Chat and code."));
        commit("translation follows", "README_zh.md", ZH.replace("聊天。", "聊天和代码。"));

        Card card = importPair();
        TranslationTracker tracker = new TranslationTracker(card);
        for (String id : List.of("demo", "uses", "bias")) {
            assertThat(zh(card, id).getSourceCommits()).as(id).isZero();
            assertThat(tracker.awaitingFirstReview("zh", id)).as(id).isTrue();
        }
    }

    @Test
    void aTranslationWithUncommittedChangesIsNotJudgedByHistory() throws Exception {
        commit("card and translation", "README.md", V1, "README_zh.md", ZH);
        commit("uses: more", "README.md", V1.replace("Chat.", "Chat and code."));
        Files.writeString(dir.resolve("README_zh.md"), ZH.replace("聊天。", "聊天和代码。"));

        Card card = ReadmeReader.read(dir.resolve("README.md"));
        TranslationImporter.importFiles(card, "en", Map.of("zh", dir.resolve("README_zh.md")));
        List<String> report = SourceHistory.mark(card, card.findTranslation("zh").orElseThrow(),
                dir.resolve("README.md"), dir.resolve("README_zh.md"));
        assertThat(report).singleElement().asString().contains("not committed");
        assertThat(zh(card, "uses").getSourceCommits()).isZero();
    }

    @Test
    void outsideARepositoryNothingIsSaid(@TempDir Path plain) throws Exception {
        Files.writeString(plain.resolve("README.md"), V1);
        Files.writeString(plain.resolve("README_zh.md"), ZH);
        Card card = ReadmeReader.read(plain.resolve("README.md"));
        TranslationImporter.importFiles(card, "en", Map.of("zh", plain.resolve("README_zh.md")));
        assertThat(SourceHistory.mark(card, card.findTranslation("zh").orElseThrow(),
                plain.resolve("README.md"), plain.resolve("README_zh.md"))).isEmpty();
    }

    @Test
    void theImportCommandReportsItAndTheCardSourceKeepsTheCount() throws Exception {
        commit("card and translation", "README.md", V1, "README_zh.md", ZH);
        commit("uses: more", "README.md", V1.replace("Chat.", "Chat and code."));
        commit("uses: again", "README.md", V1.replace("Chat.", "Chat and more code."));
        commit("uses: and again", "README.md", V1.replace("Chat.", "Chat, code, maths."));
        Path out = dir.resolve("out").resolve("demo.card.yaml");
        Files.createDirectories(out.getParent());
        StringWriter err = new StringWriter();
        int code = CardwrightCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "import", dir.resolve("README.md").toString(), "--translation", "zh=" + dir.resolve("README_zh.md"), "-o", out.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("zh: 'Uses': source changed 3 commits after the translation");
        assertThat(Files.readString(out)).contains("source_commits: 3");
        TranslatedSection uses = zh(CardSourceFile.read(out), "uses");
        assertThat(uses.getSourceCommits()).isEqualTo(3);
        assertThat(uses.getSourceText()).isEqualTo("## Uses\n\nChat.\n\n");
    }

    @Test
    void theFolderImportReadsHistoryToo() throws Exception {
        commit("card and translation", "README.md", V1, "README_zh.md", ZH);
        commit("bias", "README.md", V1.replace("Some.", "Some, see below."));
        RepositoryReader.Imported imported = RepositoryReader.readFolder(dir);
        assertThat(zh(imported.card(), "bias").getSourceCommits()).isEqualTo(1);
        assertThat(imported.report()).anyMatch(l -> l.contains("'Bias': source changed 1 commit after the translation"));
    }
}
