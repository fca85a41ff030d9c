package dev.cardwright.translate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.cardwright.card.Card;
import dev.cardwright.card.FrontMatter;

class SourceLanguageTest {
    private static Card card(String yaml) {
        Card c = new Card();
        if (yaml != null) {
            FrontMatter fm = new FrontMatter();
            fm.setYaml(yaml);
            c.setFrontMatter(fm);
        }
        return c;
    }

    @Test
    void isTheFirstLanguageOfAListOrTheLanguageGiven() {
        assertThat(SourceLanguage.of(card("language:\n- zh\n- en\n"))).isEqualTo("zh");
        assertThat(SourceLanguage.of(card("language: ja\n"))).isEqualTo("ja");
        assertThat(SourceLanguage.of(card("language: zh_CN\n"))).isEqualTo("zh-CN");
        assertThat(SourceLanguage.of(card("language: [fr, en]\nlicense: mit\n"))).isEqualTo("fr");
    }

    @Test
    void isEnglishWhenTheCardDoesNotSayOrCannotBeRead() {
        assertThat(SourceLanguage.of(card(null))).isEqualTo("en");
        assertThat(SourceLanguage.of(card("license: mit\n"))).isEqualTo("en");
        assertThat(SourceLanguage.of(card("language: []\n"))).isEqualTo("en");
        assertThat(SourceLanguage.of(card("language: [zh\n"))).as("not YAML").isEqualTo("en");
        assertThat(SourceLanguage.of(card("- zh\n"))).as("not a mapping").isEqualTo("en");
        assertThat(SourceLanguage.of(card("language: multilingual\n"))).as("not a language tag").isEqualTo("en");
        assertThat(SourceLanguage.of(card("language: {zh: 1}\n"))).isEqualTo("en");
        assertThat(SourceLanguage.of(card("language: 12\n"))).isEqualTo("en");
    }

    @Test
    void aRegionDoesNotMakeAnotherLanguageButAScriptOrASecondRegionDoes() {
        assertThat(SourceLanguage.same("zh", "zh")).isTrue();
        assertThat(SourceLanguage.same("zh", "ZH-cn")).isTrue();
        assertThat(SourceLanguage.same("en-GB", "en")).isTrue();
        assertThat(SourceLanguage.same("zh", "zh_CN")).isTrue();
        assertThat(SourceLanguage.same("zh", "en")).isFalse();
        assertThat(SourceLanguage.same("zh", "zh-Hant")).isFalse();
        assertThat(SourceLanguage.same("zh-CN", "zh-TW")).isFalse();
        assertThat(SourceLanguage.same("en", "eng-x")).isFalse();
    }
}
