package dev.cardwright.ui.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.cardwright.card.Card;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.translate.Glossary;
import dev.cardwright.ui.undo.UndoHistory;

/** Approve and unapprove through the view model: each one undo step, untranslated sections untouched. */
class TranslationViewModelApprovalTest {
    @Test
    void approveAndUnapproveAreUndoableSteps() throws Exception {
        Card card = ReadmeReader.read("# Demo\n\n## Uses\n\nChat.\n\n## Bias\n\nSome.\n".getBytes(StandardCharsets.UTF_8), "README.md");
        UndoHistory history = new UndoHistory();
        TranslationViewModel vm = new TranslationViewModel(card, history, Glossary.builtIn(), "zh");
        TranslationViewModel.Row uses = vm.row("uses").orElseThrow();
        TranslationViewModel.Row bias = vm.row("bias").orElseThrow();
        vm.edit(uses, "## 用途\n", "\n聊天。\n");

        vm.approve(uses);
        vm.approve(bias); // nothing to approve
        assertThat(uses.status()).isEqualTo(TranslationStatus.APPROVED);
        assertThat(bias.status()).isEqualTo(TranslationStatus.UNTRANSLATED);

        vm.unapprove(uses);
        assertThat(uses.status()).isEqualTo(TranslationStatus.TRANSLATED);
        history.undo();
        assertThat(uses.status()).isEqualTo(TranslationStatus.APPROVED);
        history.undo();
        assertThat(uses.status()).isEqualTo(TranslationStatus.TRANSLATED);
    }
}
