package dev.cardwright.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cardwright.card.Card;
import dev.cardwright.translate.ChineseSourceCard;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.dialog.DialogService;
import dev.cardwright.ui.dialog.ScriptedDialogs;

class DocumentViewModelTest {
    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final DocumentViewModel doc = new DocumentViewModel(new HubCardStore(), dialogs);

    private Path readme(String text) throws IOException {
        Path p = dir.resolve("README.md");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void openingAReadmeImportsItAsAnUntitledCardSource() throws IOException {
        Path readme = readme("---\nlicense: mit\n---\n# Title\n\nText\n");
        assertThat(doc.open(readme)).isTrue();
        assertThat(doc.fileProperty().get()).isNull();
        assertThat(doc.importedFrom()).contains(readme);
        assertThat(doc.displayName()).as("no file of that name exists yet").isEqualTo(dir.getFileName() + " (not saved yet)");
        assertThat(doc.suggestedSource()).isEqualTo(dir.toAbsolutePath().resolve(dir.getFileName() + ".card.yaml"));
        assertThat(doc.titleProperty().get()).doesNotStartWith("•");
        assertThat(doc.readmeText()).isEqualTo("---\nlicense: mit\n---\n# Title\n\nText\n");
    }

    @Test
    void saveAsWritesACardSourceThatReopensToTheSameCardAndClearsDirty() throws IOException {
        doc.open(readme("# Title\n\nText\n"));
        doc.getCard().getSections().get(0).setText("\nChanged\n");
        assertThat(doc.history().isDirty()).isTrue();
        assertThat(doc.titleProperty().get()).startsWith("• ");
        Path target = dir.resolve("x.card.yaml");
        dialogs.saveTarget = target;
        assertThat(doc.save()).isTrue();
        assertThat(doc.history().isDirty()).isFalse();
        assertThat(doc.fileProperty().get()).isEqualTo(target);
        Card again = new HubCardStore().load(target);
        assertThat(again.write()).isEqualTo("# Title\n\nChanged\n");
    }

    @Test
    void openingAnotherFileAsksAboutUnsavedChangesAndCancelKeepsTheDocument() throws IOException {
        doc.open(readme("# A\n\nx\n"));
        Card first = doc.getCard();
        first.getSections().get(0).setText("y\n");
        dialogs.unsaved = DialogService.UnsavedChoice.CANCEL;
        Path other = dir.resolve("other.md");
        Files.writeString(other, "# B\n");
        assertThat(doc.open(other)).isFalse();
        assertThat(dialogs.asked).isEqualTo(1);
        assertThat(doc.getCard()).isSameAs(first);
        dialogs.unsaved = DialogService.UnsavedChoice.DISCARD;
        assertThat(doc.open(other)).isTrue();
        assertThat(doc.history().isDirty()).isFalse();
    }

    @Test
    void aCardNoLongerOpenIsNoLongerRecorded() throws IOException {
        doc.open(readme("# A\n\nx\n"));
        Card first = doc.getCard();
        Path other = dir.resolve("other.md");
        Files.writeString(other, "# B\n");
        assertThat(doc.open(other)).isTrue();
        first.getSections().get(0).setText("changed after it was closed\n");
        assertThat(doc.history().isDirty()).isFalse();
        assertThat(doc.history().canUndoProperty().get()).isFalse();
        doc.getCard().getSections().get(0).setText("typed\n");
        assertThat(doc.history().isDirty()).isTrue();
    }

    @Test
    void unreadableFileShowsALocatedErrorAndKeepsTheDocument() throws IOException {
        doc.open(readme("# A\n"));
        Path bad = dir.resolve("bad.card.yaml");
        Files.writeString(bad, "cardwright: [unclosed\n");
        assertThat(doc.open(bad)).isFalse();
        assertThat(dialogs.lastError).startsWith(bad.toString() + ":");
        assertThat(doc.getCard().getSections().get(0).getTitle()).isEqualTo("A");
    }

    @Test
    void revertReadsTheFileAgainAfterConfirming() throws IOException {
        doc.open(readme("# A\n\nx\n"));
        doc.getCard().getSections().get(0).setText("changed\n");
        dialogs.confirmAnswer = true;
        assertThat(doc.revert()).isTrue();
        assertThat(doc.readmeText()).isEqualTo("# A\n\nx\n");
        assertThat(doc.history().isDirty()).isFalse();
    }

    @Test
    void exportWritesTheReadmeBytes() throws IOException {
        Path source = readme("\uFEFF# A\r\n\r\nx\r\n");
        doc.open(source);
        Path out = dir.resolve("out").resolve("README.md");
        Files.createDirectories(out.getParent());
        dialogs.saveTarget = out;
        assertThat(doc.exportReadme()).isTrue();
        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(source));
    }

    @Test
    void importingATranslationPairsSectionsIsOneUndoStepAndExportWritesItBesideTheReadme() throws IOException {
        doc.open(readme("---\nlicense: mit\n---\n# Demo\n\n## Model Details\n\nBy us.\n\n## Uses\n\nChat.\n"));
        Path zh = Files.writeString(dir.resolve("README_zh-CN.md"), "# Demo\n\n## 模型详情\n\n由我们开发。\n\n## 用途\n\n聊天。\n");
        dialogs.openTarget = zh;
        dialogs.texts.add("zh-CN");
        assertThat(doc.importTranslation()).isTrue();

        Card card = doc.getCard();
        assertThat(card.findTranslation("zh-CN")).isPresent();
        assertThat(card.findTranslation("zh-CN").orElseThrow().getSections().values())
                .extracting(ts -> ts.getStatus().id()).containsOnly("needs_review");
        assertThat(doc.history().isDirty()).isTrue();

        Path out = Files.createDirectory(dir.resolve("out"));
        dialogs.saveTarget = out.resolve("README.md");
        assertThat(doc.exportReadme()).isTrue();
        assertThat(Files.readString(out.resolve("README.md"))).startsWith("---\nlicense: mit\n---\n# Demo");
        assertThat(Files.readString(out.resolve("README_zh-CN.md"))).contains("## 模型详情", "由我们开发。").doesNotContain("license");

        doc.undo();
        assertThat(card.getTranslations()).isEmpty();
    }

    @Test
    void aChineseCardImportsItsEnglishReadmeWithChineseAsTheSource() throws IOException {
        doc.open(readme(ChineseSourceCard.README));
        Path en = Files.writeString(Files.createDirectory(dir.resolve("en")).resolve("README.md"),
                ChineseSourceCard.ENGLISH);
        dialogs.openTarget = en;
        dialogs.texts.add("en");
        assertThat(doc.importTranslation()).as(dialogs.lastError).isTrue();

        assertThat(dialogs.lastInitial).as("a README without a language in its name is proposed as English here").isEqualTo("en");
        Card card = doc.getCard();
        String deployment = card.allSections().filter(s -> s.getTitle().equals("部署")).findFirst().orElseThrow().getId();
        // paired through the glossary, which reads the Chinese heading only when the card's language is known
        assertThat(card.findTranslation("en").orElseThrow().getSections().get(deployment).getHeading()).isEqualTo("## Deployment\n");
    }

    @Test
    void aTranslationIntoTheCardsOwnLanguageIsRefusedWithoutChangingTheCard() throws IOException {
        doc.open(readme(ChineseSourceCard.README));
        Path zh = Files.writeString(dir.resolve("README_zh-CN.md"), "# Demo\n\n## 模型详情\n\n由我们开发。\n");
        dialogs.openTarget = zh;
        dialogs.texts.add("zh-CN");
        assertThat(doc.importTranslation()).isFalse();

        assertThat(dialogs.lastError).startsWith(zh + ": ").contains("zh-CN", "zh");
        assertThat(dialogs.lastError).isEqualTo(zh + ": " + Messages.get("translationImport.sameLanguage", "zh-CN", "zh"));
        assertThat(doc.getCard().getTranslations()).isEmpty();
        assertThat(doc.history().isDirty()).isFalse();
    }

    @Test
    void theLanguageIsGuessedFromTheFileName() {
        assertThat(DocumentViewModel.guessLanguage(Path.of("README_zh-CN.md"))).isEqualTo("zh-CN");
        assertThat(DocumentViewModel.guessLanguage(Path.of("README_CN.md"))).isEqualTo("zh-CN");
        assertThat(DocumentViewModel.guessLanguage(Path.of("README.ja.md"))).isEqualTo("ja");
        assertThat(DocumentViewModel.guessLanguage(Path.of("notes.md"))).isEqualTo("zh");
    }
}
