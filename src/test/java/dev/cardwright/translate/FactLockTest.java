package dev.cardwright.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.cardwright.validate.Rule;

/** Issue 11, fact lock: changed numbers, units, tables and ids are caught; the same fact written another way is not. */
class FactLockTest {
    private static List<String> findings(String source, String translation) {
        List<String> out = new java.util.ArrayList<>();
        FactLock.compare(source, translation).forEach(f -> out.add(f.rule().code()));
        DoNotTranslate.compare(source, translation).forEach(i -> out.add(i.rule().code()));
        return out;
    }

    @ParameterizedTest(name = "{0} ⇏ {1}")
    @CsvSource(delimiter = '|', value = {
            "Trained on 3.5 trillion tokens.|在 3.4 万亿个词元上训练。|CW411",
            "Trained on 3.5 trillion tokens.|在 3万4千亿 个词元上训练。|CW411",
            "Trained on 3.5 trillion tokens.|在 3.5 亿个词元上训练。|CW411",
            "A 750B model.|一个 75B 的模型。|CW411",
            "A 750B model.|一个 750M 的模型。|CW411",
            "Accuracy rose by 26%.|准确率提高了 62%。|CW411",
            "Accuracy rose by 26%.|准确率提高了 26。|CW411",
            "The learning rate is 1.25e-4.|学习率为 1.25e-5。|CW411",
            "The learning rate is 1.25e-4.|学习率为 0.0125。|CW411",
            "It needs 80GB of memory.|需要 80MB 显存。|CW411",
            "It needs 80GB of memory.|需要 8GB 显存。|CW411",
            "It needs 80GB of memory.|需要大量显存。|CW410",
            "Batch size 1,024 over 8 GPUs.|批大小 1,042，使用 8 块 GPU。|CW411",
            "Released in 2023 with 6.2B parameters.|2024 年发布，参数量 6.2B。|CW411",
            "Load THUDM/chatglm-6b first.|先加载 THUDM/chatglm2-6b。|CW404",
            "Data: allenai/c4.|数据：allenai/c5。|CW404",
            "Licensed under apache-2.0.|采用 mit 许可。|CW404",
            "See https://example.com/paper.|见 https://example.com/papers。|CW404",
            "Run `pip install kestrel`.|运行 `pip install kestrel-notes`。|CW404",
    })
    void catchesAChangedFact(String source, String translation, String code) {
        assertThat(findings(source, translation)).contains(code);
    }

    @ParameterizedTest(name = "{0} ⇔ {1}")
    @CsvSource(delimiter = '|', value = {
            "Trained on 3.5 trillion tokens.|在 3.5 万亿个词元上训练。",
            "Trained on 3.5 trillion tokens.|在 3万5千亿 个词元上训练。",
            "Trained on 3.5 trillion tokens.|在3.5T个词元上训练。",
            "Trained on 350 billion tokens.|在 3500 亿个词元上训练。",
            "A 750B model.|一个 750B 的模型。",
            "A 750B model.|一个 7500 亿参数的模型。",
            "Accuracy rose by 26%.|准确率提高了 26％。",
            "Accuracy rose by 26%.|准确率提高了百分之26。",
            "The learning rate is 1.25e-4.|学习率为 1.25E-4。",
            "The learning rate is 1.25e-4.|学习率为 0.000125。",
            "It needs 80GB of memory.|需要 80 GB 显存。",
            "It needs 80GB of memory.|需要80GB显存。",
            "Batch size 1,024 over 8 GPUs.|使用 8 块 GPU，批大小 1024。",
            "Two models, 10 thousand steps.|两个模型，1万步。",
            "It has 2 layers.|它有两层。",
            "Trained for 3 epochs.|训练了 3 个轮次。",
            "Carbon emitted: 1.8 kg CO2 eq.|碳排放量：1.8 千克二氧化碳当量。",
            "Power: 0.3 kW.|功率：0.3千瓦。",
    })
    void acceptsTheSameFactWrittenAnotherWay(String source, String translation) {
        assertThat(findings(source, translation)).isEmpty();
    }

    @Test
    void aChineseSourceSpellingNumbersNeedsNoDigitsInEnglish() {
        assertThat(FactLock.compare("我们发布了两个模型，训练了 3 轮。", "We release two models, trained for 3 epochs.")).isEmpty();
    }

    @Test
    void readsChineseNumerals() {
        assertThat(FactLock.parse("三万五千亿")).isEqualByComparingTo(new BigDecimal("3.5e12"));
        assertThat(FactLock.parse("3万5千亿")).isEqualByComparingTo(new BigDecimal("3.5e12"));
        assertThat(FactLock.parse("二十六")).isEqualByComparingTo("26");
        assertThat(FactLock.parse("一千零二十四")).isEqualByComparingTo("1024");
        assertThat(FactLock.parse("两千")).isEqualByComparingTo("2000");
        assertThat(FactLock.parse("十万")).isEqualByComparingTo("100000");
        assertThat(FactLock.parse("1.5亿")).isEqualByComparingTo("150000000");
        assertThat(FactLock.parse("模型")).isNull();
    }

    @Test
    void comparesTableShapesAndSaysWhatTheSourceHas() {
        String source = "| model | score |\n|---|---|\n| a | 1.5 |\n| b | 2.5 |\n";
        String dropped = "| 模型 | 分数 |\n|---|---|\n| a | 1.5 |\n";
        List<FactLock.Finding> f = FactLock.compare(source, dropped);
        assertThat(f).extracting(FactLock.Finding::rule).contains(Rule.FACT_TABLE_SHAPE, Rule.FACT_NUMBER_MISSING);
        assertThat(f.stream().filter(x -> x.rule() == Rule.FACT_TABLE_SHAPE).findFirst().orElseThrow().message())
                .isEqualTo("table 1 has 2 rows and 2 columns in the source, 1 rows and 2 columns in the translation");
        assertThat(f.stream().filter(x -> x.rule() == Rule.FACT_NUMBER_MISSING).findFirst().orElseThrow().message())
                .isEqualTo("the source says 2.5; the translation does not have that number");
        assertThat(FactLock.compare(source, "| 模型 | 分数 |\n|:--|--:|\n| a | 1.5 |\n| b | 2.5 |\n")).isEmpty();
        assertThat(FactLock.compare(source, "模型 a 得 1.5 分，b 得 2.5 分。")).extracting(FactLock.Finding::rule)
                .containsExactly(Rule.FACT_TABLES);
    }

    @Test
    void numbersInCodeAndUrlsAreLeftToTheDoNotTranslateCheck() {
        assertThat(FactLock.numbers("```\nlr = 3e-4\n```\nSee https://x.org/v2/7b and THUDM/chatglm-6b.")).isEmpty();
    }

    @Test
    void aChangedNumberIsReportedWithWhatTheSourceSaysInChinese() {
        FactLock.Finding f = FactLock.compare("Trained on 3.5 trillion tokens.", "在 3.4 万亿个词元上训练。").get(0);
        assertThat(f.message()).isEqualTo("the source says 3.5 trillion; the translation says 3.4 万亿");
        assertThat(f.message(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("原文为 3.5 trillion；译文为 3.4 万亿");
        assertThat(f.translationStart()).isEqualTo(2);
    }
}
