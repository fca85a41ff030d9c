package dev.cardwright.repo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TranslationFileNameTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "README_zh.md, zh", "README_CN.md, zh", "README_cn.md, zh", "README.zh.md, zh", "README_zh-CN.md, zh-CN",
        "README_zh_CN.md, zh-CN", "README-zh-Hans.md, zh-Hans", "README_EN.md, en", "README_en.md, en",
        "README_JP.md, ja", "README_ja.md, ja", "README_TW.md, zh-TW", "README_ko.md, ko", "README_de.md, de",
        "README.yue.md, yue"})
    void readsTheLanguageFromTheNamingSchemes(String name, String language) {
        assertThat(TranslationFileName.language(name)).contains(language);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"README.md", "README_old.md", "README_new.md", "readme-dev.md", "README_zh.txt", "docs_zh.md", "README_xx.md"})
    void otherNamesAreNotTranslations(String name) {
        assertThat(TranslationFileName.language(name)).isEmpty();
    }
}
