package dev.cardwright.ui.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cardwright.card.Card;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.translate.Glossary;
import dev.cardwright.ui.translate.TranslationViewModel.Filter;
import dev.cardwright.ui.translate.TranslationViewModel.Row;

/** The translation view's logic without the toolkit: what the editor's text becomes, export for the preview, navigation. */
class TranslationViewModelTest {
    private static final String README = """
            ---
            license: mit
            tags:
            - demo
            ---
            # Demo

            ## Model Details

            A small model for field notes.

            ## Uses

            Summaries of notes.
            """;

    private final Card card = read(README);
    private final TranslationViewModel model = new TranslationViewModel(card, null, Glossary.builtIn(), "zh-CN");

    private static Card read(String text) {
        try {
            return ReadmeReader.read(text.getBytes(StandardCharsets.UTF_8), "README.md");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Row row(String key) {
        return model.row(key).orElseThrow();
    }

    @Test
    void theEditorsTextGetsBackTheLineBreaksTheCardKeeps() {
        Row details = row("model-details");
        model.editFromEditor(details, "## 模型详情", "一个用于野外笔记的小模型。");
        assertThat(details.heading()).isEqualTo("## 模型详情\n");
        assertThat(details.text()).isEqualTo("一个用于野外笔记的小模型。\n");
        assertThat(details.status()).isNotEqualTo(TranslationStatus.UNTRANSLATED);
        assertThat(TranslationViewModel.editorText(details.text())).isEqualTo("一个用于野外笔记的小模型。");
        assertThat(TranslationViewModel.editorText("")).isEmpty();
    }

    @Test
    void anUntouchedEmptyEditorLeavesTheSectionUntranslated() {
        Row uses = row("uses");
        long before = model.revisionProperty().get();
        model.editFromEditor(uses, "", "");
        model.editFromEditor(uses, "  ", "\n");
        assertThat(uses.status()).isEqualTo(TranslationStatus.UNTRANSLATED);
        assertThat(model.revisionProperty().get()).isEqualTo(before);
    }

    @Test
    void theTranslatedCardReadsAsTheTranslatedReadmeWithTheSourcesTags() {
        assertThat(model.translatedCard()).isEmpty();
        model.editFromEditor(row("model-details"), "## 模型详情", "一个小模型。");
        Card translated = model.translatedCard().orElseThrow();
        assertThat(translated.getFrontMatter().getYaml()).contains("- demo");
        assertThat(translated.allSections().map(s -> s.getText()).toList()).anyMatch(t -> t.contains("一个小模型。"));
    }

    @Test
    void goingToTheNextSectionToDoOpensAFilterThatHidesIt() {
        model.editFromEditor(row("model-details"), "## 模型详情", "一个小模型。");
        model.filterProperty().set(Filter.NEEDS_REVIEW);
        assertThat(model.rows()).doesNotContain(row("uses"));
        Row next = model.nextToDoShown(row("model-details")).orElseThrow();
        assertThat(next.key()).isEqualTo("uses");
        assertThat(model.filterProperty().get()).isEqualTo(Filter.ALL);
        assertThat(model.rows()).contains(next);
    }

    @Test
    void termsRenderInTheTargetLanguageOnceEach() {
        List<Glossary.Match> matches = Glossary.builtIn().find("The model card lists model card fields.", "en");
        List<Glossary.Match> distinct = TranslationViewModel.distinctTerms(matches);
        assertThat(distinct).extracting(Glossary.Match::term).doesNotHaveDuplicates();
        assertThat(distinct).extracting(Glossary.Match::term).containsExactlyElementsOf(
                matches.stream().map(Glossary.Match::term).distinct().toList());
        assertThat(distinct).hasSizeLessThan(matches.size());
        Glossary.Term t = distinct.get(0).term();
        assertThat(model.rendering(t)).isEqualTo(t.zh());
        model.languageProperty().set("fr");
        assertThat(model.rendering(t)).isEqualTo(t.en());
    }
}
