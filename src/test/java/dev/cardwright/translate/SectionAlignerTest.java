package dev.cardwright.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.Translation;
import dev.cardwright.card.TranslationStatus;

class SectionAlignerTest {
    private static final String EN = """
            # Demo-7B

            A demo model.

            ## Model Details

            Developed by the demo team.

            ## Uses

            ### Direct Use

            Chat.

            ### Out-of-Scope Use

            Medical advice.

            ## How to Get Started

            ```python
            model = AutoModel.from_pretrained("demo/demo-7b")
            ```

            ## Citation

            ```bibtex
            @misc{demo, title={Demo}}
            ```
            """;

    @Test
    void pairsTranslatedHeadingsByGlossaryAndCodeAnchors() {
        String zh = """
                # Demo-7B

                一个演示模型。

                ## 模型详情

                由演示团队开发。

                ## 用途

                ### 直接使用

                聊天。

                ## 快速上手

                ```python
                model = AutoModel.from_pretrained("demo/demo-7b")
                ```

                ## 致谢

                感谢所有人。

                ## 引用

                ```bibtex
                @misc{demo, title={Demo}}
                ```
                """;
        SectionAligner.Alignment al = new SectionAligner().align(Readmes.parse(EN), "en", Readmes.parse(zh), "zh-CN");
        assertThat(al.pairs()).extracting(p -> p.source().getTitle() + " = " + p.target().getTitle()).containsExactly(
                "Demo-7B = Demo-7B", "Model Details = 模型详情", "Uses = 用途", "Direct Use = 直接使用",
                "How to Get Started = 快速上手", "Citation = 引用");
        assertThat(al.unpairedSource()).extracting(Section::getTitle).containsExactly("Out-of-Scope Use");
        assertThat(al.unpairedTarget()).extracting(Section::getTitle).containsExactly("致谢");
        assertThat(al.pairs().get(4).evidence()).contains("anchors:1.00");
    }

    @Test
    void keepsOrderAndToleratesLevelShifts() {
        String zh = """
                # Demo-7B
                # 模型详情
                ## 引用
                ```bibtex
                @misc{demo, title={Demo}}
                ```
                ## 用途
                """;
        SectionAligner.Alignment al = new SectionAligner().align(Readmes.parse(EN), "en", Readmes.parse(zh), "zh");
        // 用途 comes after 引用 here: a monotonic alignment pairs one of the two crossing sections, never both
        assertThat(al.pairs()).extracting(p -> p.source().getTitle() + " = " + p.target().getTitle())
                .contains("Model Details = 模型详情", "Citation = 引用").doesNotContain("Uses = 用途");
        assertThat(al.unpairedTarget()).extracting(Section::getTitle).containsExactly("用途");
    }

    @Test
    void schemaAliasesPairHeadingsTheGlossaryDoesNotKnow() {
        Card en = Readmes.parse("## Model Details\n\ntext\n\n## Glossary of Odd Words\n\nx\n");
        Card zh = Readmes.parse("## 模型详情\n\n文本\n\n## 奇怪词汇\n\n甲\n\n## 附录\n\n乙\n");
        assertThat(new SectionAligner().align(en, "en", zh, "zh").pairs()).hasSize(1);
        Map<String, String> aliases = Map.of("Glossary of Odd Words", "glossary", "奇怪词汇", "glossary");
        SectionAligner withSchema = new SectionAligner(Glossary.builtIn(), t -> Optional.ofNullable(aliases.get(t)));
        SectionAligner.Alignment al = withSchema.align(en, "en", zh, "zh");
        assertThat(al.pairs()).extracting(SectionAligner.Pair::evidence).element(1).asString().contains("schema:glossary");
        assertThat(al.unpairedTarget()).extracting(Section::getTitle).containsExactly("附录");
    }

    @Test
    void pairsAnUnreadableHeadingWhosePlaceIsCertain() {
        Card en = Readmes.parse("## Introduction\n\na\n\n## Projects\n\nb\n\n## License\n\nc\n");
        Card zh = Readmes.parse("## 介绍\n\n甲\n\n## 友情链接\n\n乙\n\n## 协议\n\n丙\n");
        SectionAligner.Alignment al = new SectionAligner().align(en, "en", zh, "zh");
        assertThat(al.pairs()).extracting(SectionAligner.Pair::evidence).element(1).isEqualTo("position");
        assertThat(al.unpairedSource()).isEmpty();
        assertThat(al.unpairedTarget()).isEmpty();
    }

    @Test
    void importMarksEverythingForReviewAndDropsNothing() {
        Card en = Readmes.parse(EN);
        String zh = "# Demo-7B\n\n一个演示模型。\n\n## 模型详情\n\n由演示团队开发。\n\n### 额外说明\n\n多出来的一节。\n\n## 引用\n\n```bibtex\n@misc{demo, title={Demo}}\n```\n";
        TranslationImporter.Result r = new TranslationImporter().importInto(en, "en", Readmes.parse(zh), "zh-CN");
        Translation t = en.findTranslation("zh-CN").orElseThrow();
        assertThat(t).isSameAs(r.translation());
        TranslatedSection details = t.getSections().get("model-details");
        assertThat(details.getHeading()).isEqualTo("## 模型详情\n");
        assertThat(details.getText()).isEqualTo("\n由演示团队开发。\n\n### 额外说明\n\n多出来的一节。\n\n");
        assertThat(details.getSourceText()).isEqualTo("## Model Details\n\nDeveloped by the demo team.\n\n");
        assertThat(details.getSourceFingerprint()).isEqualTo(Fingerprint.of(details.getSourceText()));
        assertThat(t.getSections().values()).extracting(TranslatedSection::getStatus).containsOnly(TranslationStatus.NEEDS_REVIEW);
        assertThat(r.report()).containsExactly(
                "zh-CN: 3 sections paired, 4 source sections without translation, 1 translated sections without source",
                "zh-CN: untranslated: ## Uses", "zh-CN: untranslated: ### Direct Use",
                "zh-CN: untranslated: ### Out-of-Scope Use", "zh-CN: untranslated: ## How to Get Started",
                "zh-CN: not paired: ### 额外说明 (kept in 'model-details')");
    }
}
