package dev.cardwright.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.translate.TranslationTracker;

/** Issue 11, defect 7: blank lines around text typed in the editor, and one BibTeX block in the bilingual README. */
class ExportFormattingTest {
    private static Card card(String readme) throws Exception {
        return ReadmeReader.read(readme.getBytes(StandardCharsets.UTF_8), "README.md");
    }

    @Test
    void typedTextGetsBlankLinesBeforeTheNextHeading() throws Exception {
        Card card = card("# Demo\n\n## Uses\n\nChat.\n\n## Bias\n\nSome.\n");
        TranslationTracker tracker = new TranslationTracker(card);
        // what the translation view stores for "聊天。" typed into the box
        tracker.record("zh", "uses", "## 用途\n", "聊天。\n");
        tracker.record("zh", "bias", "## 偏见\n", "有一些。\n");
        String out = new TranslationExport(card, "en").translatedReadme(card.findTranslation("zh").orElseThrow());
        assertThat(out).isEqualTo("# Demo\n\n## 用途\n\n聊天。\n\n## 偏见\n\n有一些。\n\n");
    }

    @Test
    void bilingualReadmeWritesAFenceAfterAParagraphLineOnce() throws Exception {
        Card card = card("# Demo\n\n## Citation\n\nPlease cite:\n```bibtex\n@misc{demo, title={Demo}}\n```\n");
        TranslationTracker tracker = new TranslationTracker(card);
        tracker.record("zh", "citation", "## 引用\n", "\n请引用：\n```bibtex\n@misc{demo, title={Demo}}\n```\n");
        String out = new TranslationExport(card, "en").bilingualReadme(card.findTranslation("zh").orElseThrow());
        assertThat(out.split("@misc\\{demo", -1)).as(out).hasSize(2);
        assertThat(out).contains("请引用：").contains("Please cite:");
    }
}
