package dev.cardwright.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Issue 11, defect 4: every rule's message exists in Simplified Chinese with the same placeholders,
 * the editor's locale picks it, and the command line (English) is unchanged.
 *
 * <p>A rule added later needs its line in {@code diagnostics_zh_CN.properties}: this test names the
 * codes that lack one.
 */
class DiagnosticBundleTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private static Set<String> placeholders(String template) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d}").matcher(template);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void everyRuleHasAChineseMessageWithTheSamePlaceholders() {
        List<String> missing = new ArrayList<>();
        for (Rule r : Rule.values()) {
            String zh = DiagnosticText.template(r.code(), ZH);
            if (zh == null) {
                missing.add(r.code());
                continue;
            }
            assertThat(placeholders(zh)).as(r.code()).isEqualTo(placeholders(r.template()));
            boolean words = r.template().replaceAll("\\{\\d}", "").chars().anyMatch(Character::isLetter);
            assertThat(!words || zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                    .as(r.code() + " is written in Chinese").isTrue();
        }
        assertThat(missing).as("rules without a line in dev/cardwright/validate/diagnostics_zh_CN.properties").isEmpty();
    }

    @Test
    void aValidatedCardSpeaksChineseInTheChineseUiAndEnglishOtherwise() {
        String readme = "---\nlicense: Apache 2.0\npipeline_tag: text-generator\nmodel-index:\n- name: m\n  results:\n  - task: {type: x}\n    dataset: {name: d, type: d}\n    metrics:\n    - {type: acc, value: 1, verified: 3}\n---\n# M\n\n[More Information Needed]\n";
        CardLoader.Loaded loaded = CardLoader.read(readme.getBytes(java.nio.charset.StandardCharsets.UTF_8), "README.md", null);
        List<Diagnostic> diagnostics = new CardValidator().validate(loaded.text(), loaded.cardType()).diagnostics();
        Diagnostic license = diagnostics.stream().filter(d -> d.code().equals("CW101")).findFirst().orElseThrow();
        assertThat(license.message(Locale.ENGLISH)).isEqualTo(license.message()).startsWith("\"license\" must be one of");
        assertThat(license.message(ZH)).startsWith("“license” 必须是 [").contains("“Apache 2.0” 不是").contains("（是否想写 “apache-2.0”？）");
        Diagnostic verified = diagnostics.stream().filter(d -> d.code().equals("CW202")).findFirst().orElseThrow();
        assertThat(verified.message(ZH)).endsWith("必须是布尔值");
        assertThat(diagnostics).allSatisfy(d -> assertThat(d.message(ZH)).as(d.code())
                .matches(m -> m.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)));
    }

    @Test
    void aDiagnosticMadeTheOldWayStaysEnglishAndEqual() {
        Diagnostic old = new Diagnostic("CW301", Severity.WARNING, "placeholder \"x\" left in the card", 3, 1, null, null);
        Diagnostic keyed = Rule.PLACEHOLDER_LEFT.at(3, 1, null, null, "x");
        assertThat(old.message(ZH)).isEqualTo(old.message());
        assertThat(keyed.message(ZH)).isEqualTo("卡片中遗留了占位符 “x”");
        assertThat(keyed).isEqualTo(old);
    }

    @Test
    void translationFindingsSpeakTheUiLanguage() {
        var glossary = dev.cardwright.translate.Glossary.builtIn()
                .check("## Out-of-Scope Use\n", "en", "## 不适用场景\n", "zh").get(0);
        assertThat(glossary.message()).isEqualTo("'Out-of-Scope Use' should be rendered as '超出范围的使用' (or 范围外使用, 超范围使用, 非预期用途)");
        assertThat(glossary.message(ZH)).isEqualTo("“Out-of-Scope Use” 应译为 “超出范围的使用”（也可译为 范围外使用、超范围使用、非预期用途）");
        var dnt = dev.cardwright.translate.DoNotTranslate.compare("See https://example.com/a.", "见。");
        assertThat(dnt.get(0).message()).isEqualTo("URL 'https://example.com/a' of the source is missing or changed");
        assertThat(dnt.get(0).message(ZH)).isEqualTo("原文中的URL “https://example.com/a” 在译文中缺失或被改动");
        var code = dev.cardwright.translate.DoNotTranslate.compare("```\nrun(1)\n```\n", "```\nrun(2)\n```\n");
        assertThat(code.get(0).message(ZH)).isEqualTo("第 1 个代码块与原文不同：第 2 行 “run(1)” 变成了 “run(2)”");
    }

    /** Issue 11, item 5: CW110 and CW111 pass an English detail as {1}; each has its Chinese phrase. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "co2_eq_emissions: [1, 2]",
            "co2_eq_emissions: {source: x}",
            "co2_eq_emissions: {emissions: many}",
            "co2_eq_emissions: {emissions: 3, source: 4}",
            "extra_gated_fields: [a]",
            "extra_gated_fields: {Name: txt}",
            "extra_gated_fields: {Name: {type: radio}}",
            "extra_gated_fields: {Name: {type: select}}"})
    void co2AndGatedFieldDetailsSpeakChinese(String yaml) {
        String readme = "---\n" + yaml + "\n---\n# M\n";
        CardLoader.Loaded loaded = CardLoader.read(readme.getBytes(java.nio.charset.StandardCharsets.UTF_8), "README.md", null);
        List<Diagnostic> found = new CardValidator().validate(loaded.text(), loaded.cardType()).diagnostics().stream()
                .filter(d -> d.code().equals("CW110") || d.code().equals("CW111")).toList();
        assertThat(found).isNotEmpty();
        for (Diagnostic d : found) {
            String zh = d.message(ZH);
            assertThat(zh).as(d.message()).containsPattern("\\p{IsHan}")
                    .doesNotContainPattern("\\b(must|be|an?|object|array|number|string|required|needs|with|or)\\b");
            assertThat(d.message(Locale.ENGLISH)).isEqualTo(d.message()); // the English text, a contract, is unchanged
        }
    }
}
