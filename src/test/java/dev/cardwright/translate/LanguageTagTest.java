package dev.cardwright.translate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 11, defect 8: translation language tags are checked against BCP 47 and ISO 639. */
class LanguageTagTest {
    @ParameterizedTest
    @ValueSource(strings = {"zh", "zh-CN", "zh-Hans", "zh-Hant-TW", "ja", "en-GB", "yue", "es-419", "fil", "tw", "uk"})
    void acceptsTags(String tag) {
        LanguageTag.Check c = LanguageTag.check(tag);
        assertThat(c.ok()).as(c.problem()).isTrue();
        assertThat(c.tag()).isEqualTo(tag);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "cn, zh", "zh_CN, zh-CN", "chinese, zh", "Chinese, zh", "中文, zh", "jp, ja", "japanese, ja",
            "en_us, en-US", "ZH-cn, zh-CN", "hk, zh-HK", "简体中文, zh-Hans", "ua, uk",
    })
    void refusesWithASuggestion(String typed, String suggestion) {
        LanguageTag.Check c = LanguageTag.check(typed);
        assertThat(c.ok()).isFalse();
        assertThat(c.suggestion()).isEqualTo(suggestion);
        assertThat(c.message()).contains("'" + typed + "'").endsWith("did you mean '" + suggestion + "'?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "multilingual", "code", "xq", "zh-XX", "12"})
    void refusesWithoutGuessing(String typed) {
        assertThat(LanguageTag.check(typed).ok()).isFalse();
    }
}
