package dev.cardwright.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.cardwright.translate.ChineseTypography.Finding;
import dev.cardwright.translate.ChineseTypography.Spacing;

class ChineseTypographyTest {
    private static List<String> codes(String text, Spacing spacing) {
        return ChineseTypography.check(text, spacing).stream().map(f -> f.rule().code() + "@" + f.offset()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "模型很小,速度很快。|4|，",
            "注意:请先安装。|2|：",
            "模型(小型)可用。|2|（",
            "真的吗?|3|？",
            "太好了!|3|！",
            "数据;代码|2|；",
            "使用GPT,效果好|5|，"})
    void halfWidthPunctuationTouchingChineseIsReportedWithItsFullWidthForm(String text, int offset, String full) {
        Finding f = ChineseTypography.check(text, Spacing.CONSISTENT).stream()
                .filter(x -> x.rule().code().equals("CW420")).findFirst().orElseThrow();
        assertThat(f.offset()).isEqualTo(offset);
        assertThat(f.fix()).isEqualTo(full);
        assertThat(f.arguments()).containsExactly(String.valueOf(text.charAt(offset)), full);
    }

    @Test
    void punctuationOfCodeUrlsLinksImagesAndEnglishIsLeftAlone() {
        String text = "见 https://example.com/a?b=1,2 与 `f(x, y)`。参见[文档](docs/a_(b).md)，![图](a.png)。"
                + "English, (here): fine! 比例 1:1。<a href=\"x\">链接</a>\n```\n打印(1,2)\n```\n";
        assertThat(codes(text, Spacing.CONSISTENT)).noneMatch(c -> c.startsWith("CW420"));
    }

    @Test
    void aChosenConventionReportsEveryPlaceAgainstIt() {
        String text = "使用 GPT 训练，共3个模型";
        // 3 lacks a space on both sides: one finding, at its first side
        assertThat(codes(text, Spacing.SPACE)).containsExactly("CW421@11");
        assertThat(codes(text, Spacing.NOSPACE)).containsExactly("CW422@2");
        assertThat(codes("用 GPT 和 BERT", Spacing.NOSPACE)).containsExactly("CW422@1", "CW422@7");
    }

    @Test
    void withoutAConventionOnlyTheMinorityOfAMixedSectionIsReported() {
        assertThat(codes("用 GPT 和 BERT 训练，再用T5", Spacing.CONSISTENT)).containsExactly("CW423@18");
        List<Finding> f = ChineseTypography.check("用 GPT 和 BERT 训练，再用T5", Spacing.CONSISTENT);
        assertThat(f.get(0).arguments()).containsExactly("T5", 4L, 5);
        assertThat(codes("用GPT和BERT训练，再用 T5", Spacing.CONSISTENT)).containsExactly("CW424@14");
        assertThat(codes("用 GPT 训练", Spacing.CONSISTENT)).isEmpty();
        assertThat(codes("用GPT训练", Spacing.CONSISTENT)).isEmpty();
    }

    @Test
    void codeUrlsAndIdsDoNotCountAsLatinText() {
        assertThat(codes("运行`pip install x`即可，模型 THUDM/chatglm-6b 见https://x.org。用 GPT 训练", Spacing.SPACE)).isEmpty();
    }

    @Test
    void onlyChineseTranslationsAreChecked() {
        assertThat(ChineseTypography.isChinese("zh")).isTrue();
        assertThat(ChineseTypography.isChinese("zh-Hant-TW")).isTrue();
        assertThat(ChineseTypography.isChinese("zh_CN")).isTrue();
        assertThat(ChineseTypography.isChinese("ja")).isFalse();
    }
}
