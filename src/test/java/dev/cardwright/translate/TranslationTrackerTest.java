package dev.cardwright.translate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.Translation;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.translate.WordDiff.Kind;
import dev.cardwright.translate.WordDiff.Piece;

class TranslationTrackerTest {
    private Card card;
    private Section bias;
    private Section direct;
    private TranslationTracker tracker;

    @BeforeEach
    void card() {
        card = new Card();
        card.setPreamble("# Demo model\n\nA small model.\n\n");
        bias = new Section("bias-risks-limitations", 2, "## Bias, Risks, and Limitations\n", "Bias, Risks, and Limitations",
                "The model may reproduce biases of its training data.\n\n");
        Section uses = new Section("uses", 2, "## Uses\n", "Uses", "\n");
        direct = new Section("uses.direct-use", 3, "### Direct Use\n", "Direct Use", "Chat and summarization.\n");
        uses.getChildren().add(direct);
        card.getSections().addAll(bias, uses);
        tracker = new TranslationTracker(card);
    }

    @Test
    void recordingATranslationStampsTheCurrentSource() {
        TranslatedSection ts = tracker.record("zh-CN", bias.getId(), "## 偏差、风险与局限性\n", "该模型可能重现其训练数据中的偏差。\n\n");
        assertThat(ts.getStatus()).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(ts.getSourceText()).isEqualTo(Fingerprint.sourceText(bias));
        assertThat(ts.getSourceFingerprint()).isEqualTo(Fingerprint.of(Fingerprint.sourceText(bias)));
        assertThat(card.findTranslation("zh-CN")).isPresent();
    }

    @Test
    void editingTheSourceSendsEveryLanguageToReviewWithTheDiff() {
        tracker.record("zh-CN", bias.getId(), "## 偏差\n", "旧译文\n");
        tracker.record("ja", bias.getId(), "## バイアス\n", "古い訳\n");
        tracker.record("zh-CN", direct.getId(), "### 直接使用\n", "聊天和摘要。\n");

        bias.setText("The model may reproduce social biases of its training data.\n\n");

        assertThat(status("zh-CN", bias.getId())).isEqualTo(TranslationStatus.NEEDS_REVIEW);
        assertThat(status("ja", bias.getId())).isEqualTo(TranslationStatus.NEEDS_REVIEW);
        assertThat(status("zh-CN", direct.getId())).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(tracker.sourceChanges("zh-CN", bias.getId())).hasValueSatisfying(d -> {
            assertThat(d).contains(new Piece(Kind.INSERTED, "social "));
            assertThat(d.stream().filter(p -> p.kind() != Kind.EQUAL)).hasSize(1);
        });
        // the translation still remembers the source it was made from
        TranslatedSection ts = card.findTranslation("zh-CN").orElseThrow().getSections().get(bias.getId());
        assertThat(ts.getSourceText()).contains("may reproduce biases");
        assertThat(tracker.sourceChanges("zh-CN", direct.getId())).isEmpty();
    }

    @Test
    void editingTheTranslationDoesNotClearTheReviewButConfirmDoes() {
        tracker.record("zh-CN", direct.getId(), "### 直接使用\n", "聊天。\n");
        direct.setText("Chat, summarization and translation.\n");
        tracker.record("zh-CN", direct.getId(), "### 直接使用\n", "聊天、摘要和翻译。\n");
        assertThat(status("zh-CN", direct.getId())).isEqualTo(TranslationStatus.NEEDS_REVIEW);

        tracker.confirm("zh-CN", direct.getId());

        assertThat(status("zh-CN", direct.getId())).isEqualTo(TranslationStatus.TRANSLATED);
        TranslatedSection ts = card.findTranslation("zh-CN").orElseThrow().getSections().get(direct.getId());
        assertThat(ts.getSourceText()).isEqualTo("### Direct Use\nChat, summarization and translation.\n");
        assertThat(tracker.sourceChanges("zh-CN", direct.getId())).isEmpty();
    }

    @Test
    void undoingTheSourceEditRestoresApproval() {
        tracker.record("zh-CN", direct.getId(), "### 直接使用\n", "聊天和摘要。\n");
        tracker.approve("zh-CN", direct.getId());
        String before = direct.getText();
        direct.setText("Something else.\n");
        assertThat(status("zh-CN", direct.getId())).isEqualTo(TranslationStatus.NEEDS_REVIEW);
        direct.setText(before);
        assertThat(status("zh-CN", direct.getId())).isEqualTo(TranslationStatus.APPROVED);
    }

    @Test
    void headingAndLineEndingChanges() {
        tracker.record("zh-CN", direct.getId(), "### 直接使用\n", "聊天和摘要。\n");
        direct.setText("Chat and summarization.\r\n\r\n");
        assertThat(status("zh-CN", direct.getId())).isEqualTo(TranslationStatus.TRANSLATED);
        direct.setHeading("### Direct use\n");
        assertThat(status("zh-CN", direct.getId())).isEqualTo(TranslationStatus.NEEDS_REVIEW);
    }

    @Test
    void followsSectionsAddedAfterwardsAndThePreamble() {
        Section added = new Section("training", 2, "## Training\n", "Training", "On 1B tokens.\n");
        card.getSections().add(added);
        Section child = new Section("training.data", 3, "### Data\n", "Data", "Web text.\n");
        added.getChildren().add(child);
        tracker.record("zh-CN", child.getId(), "### 数据\n", "网页文本。\n");
        tracker.record("zh-CN", Translation.PREAMBLE_ID, "", "# 演示模型\n\n一个小模型。\n");
        child.setText("Web text and books.\n");
        card.setPreamble("# Demo model\n\nA tiny model.\n");
        assertThat(status("zh-CN", child.getId())).isEqualTo(TranslationStatus.NEEDS_REVIEW);
        assertThat(status("zh-CN", Translation.PREAMBLE_ID)).isEqualTo(TranslationStatus.NEEDS_REVIEW);

        card.getSections().remove(added);
        tracker.confirm("zh-CN", Translation.PREAMBLE_ID);
        added.getChildren().get(0).setText("Removed sections are no longer followed.\n");
        assertThat(status("zh-CN", child.getId())).isEqualTo(TranslationStatus.NEEDS_REVIEW);
    }

    @Test
    void refreshFindsSourcesEditedWhileClosed() {
        tracker.record("zh-CN", bias.getId(), "## 偏差\n", "译文\n");
        tracker.dispose();
        bias.setText("Edited in another editor.\n");
        assertThat(status("zh-CN", bias.getId())).isEqualTo(TranslationStatus.TRANSLATED);
        new TranslationTracker(card);
        assertThat(status("zh-CN", bias.getId())).isEqualTo(TranslationStatus.NEEDS_REVIEW);
    }

    @Test
    void aTranslationWithoutFingerprintIsTakenToBeOfTheCurrentSource() {
        tracker.dispose();
        Translation t = new Translation("zh");
        TranslatedSection ts = t.section(bias.getId());
        ts.setText("手写的译文\n");
        ts.setStatus(TranslationStatus.TRANSLATED);
        card.getTranslations().add(t);
        tracker = new TranslationTracker(card);
        assertThat(ts.getStatus()).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(ts.getSourceFingerprint()).isEqualTo(Fingerprint.of(Fingerprint.sourceText(bias)));
        bias.setText("Changed.\n");
        assertThat(ts.getStatus()).isEqualTo(TranslationStatus.NEEDS_REVIEW);
    }

    @Test
    void progressCountsSectionsAndCharacters() {
        tracker.record("zh-CN", bias.getId(), "## 偏差、风险与局限性\n", "该模型可能重现其训练数据中的偏差。\n");
        tracker.record("zh-CN", direct.getId(), "### 直接使用\n", "聊天和摘要。\n");
        direct.setText("Chat.\n");
        Progress p = Progress.of(card, card.findTranslation("zh-CN").orElseThrow());
        assertThat(p.total()).isEqualTo(4); // preamble, bias, uses, direct use
        assertThat(p.count(TranslationStatus.TRANSLATED)).isEqualTo(1);
        assertThat(p.count(TranslationStatus.NEEDS_REVIEW)).isEqualTo(1);
        assertThat(p.count(TranslationStatus.UNTRANSLATED)).isEqualTo(2);
        assertThat(p.sourceCharacters()).isEqualTo(TextMeasure.characters(card.getPreamble())
                + TextMeasure.characters(Fingerprint.sourceText(bias)) + TextMeasure.characters("## Uses\n")
                + TextMeasure.characters("### Direct Use\nChat.\n"));
        assertThat(p.doneCharacters()).isEqualTo(TextMeasure.characters(Fingerprint.sourceText(bias)));
        assertThat(p.translatedCharacters()).isEqualTo(
                TextMeasure.characters("##偏差、风险与局限性该模型可能重现其训练数据中的偏差。###直接使用聊天和摘要。"));
        assertThat(p.sectionShare()).isEqualTo(0.25);
        assertThat(Progress.of(card, null).count(TranslationStatus.UNTRANSLATED)).isEqualTo(4);
    }

    private TranslationStatus status(String lang, String id) {
        return Progress.statusOf(card.findTranslation(lang).orElse(null), id);
    }

    @Test
    void unapproveReturnsAnApprovedSectionToTranslatedOnly() {
        tracker.record("zh", bias.getId(), "## 偏差\n", "译文\n");
        tracker.approve("zh", bias.getId());
        tracker.unapprove("zh", bias.getId());
        assertThat(card.findTranslation("zh").orElseThrow().getSections().get(bias.getId()).getStatus())
                .isEqualTo(TranslationStatus.TRANSLATED);
        bias.setText("Changed.\n");
        tracker.unapprove("zh", bias.getId());
        assertThat(card.findTranslation("zh").orElseThrow().getSections().get(bias.getId()).getStatus())
                .isEqualTo(TranslationStatus.NEEDS_REVIEW);
    }

    @Test
    void anImportedSectionAwaitsItsFirstReviewWithoutADiff() {
        Card translated = new Card();
        translated.getSections().add(new Section("x", 2, "## 偏差、风险与局限性\n", "偏差、风险与局限性", "该模型可能重现偏差。\n\n"));
        new TranslationImporter().importInto(card, "en", translated, "zh");
        assertThat(tracker.sourceChanges("zh", bias.getId())).isEmpty();
        assertThat(tracker.awaitingFirstReview("zh", bias.getId())).isTrue();

        bias.setText("The model may reproduce social biases.\n\n");
        assertThat(tracker.awaitingFirstReview("zh", bias.getId())).isFalse();
        assertThat(tracker.sourceChanges("zh", bias.getId()).orElseThrow())
                .anyMatch(p -> p.kind() == Kind.INSERTED && p.text().contains("social"));
    }
}
