package dev.cardwright.export;

import java.util.Locale;
import java.util.Map;

/**
 * File names of translated READMEs. A naming pattern holds placeholders for parts of the
 * translation's BCP 47 tag: {@code {lang}} the tag as written ({@code zh}, {@code zh-CN}),
 * {@code {language}} its language subtag ({@code zh}), {@code {REGION}} its region, or when the tag
 * has none the region the language is most used in ({@code zh} → {@code CN}, {@code ja} →
 * {@code JP}; CLDR likely subtags), and {@code {LANG}} the tag in upper case. The presets are the
 * names Chinese model repositories use.
 */
public enum TranslationNaming {
    /** README_zh.md, README_zh-CN.md (the default). */
    UNDERSCORE("README_{lang}.md"),
    /** README_CN.md, README_JP.md: by region, as many Chinese repositories name it. */
    REGION("README_{REGION}.md"),
    /** README_zh-CN.md even for a bare {@code zh}. */
    LANGUAGE_REGION("README_{language}-{REGION}.md"),
    /** README.zh.md. */
    DOT("README.{lang}.md");

    // likely regions for the languages of model cards (CLDR supplemental likelySubtags)
    private static final Map<String, String> LIKELY_REGION = Map.ofEntries(
            Map.entry("zh", "CN"), Map.entry("ja", "JP"), Map.entry("ko", "KR"), Map.entry("en", "US"),
            Map.entry("fr", "FR"), Map.entry("de", "DE"), Map.entry("es", "ES"), Map.entry("pt", "BR"),
            Map.entry("ru", "RU"), Map.entry("it", "IT"), Map.entry("vi", "VN"), Map.entry("ar", "EG"),
            Map.entry("hi", "IN"), Map.entry("id", "ID"), Map.entry("th", "TH"), Map.entry("tr", "TR"),
            Map.entry("uk", "UA"), Map.entry("pl", "PL"), Map.entry("nl", "NL"), Map.entry("fa", "IR"));

    private final String pattern;

    TranslationNaming(String pattern) {
        this.pattern = pattern;
    }

    public String pattern() {
        return pattern;
    }

    /** The preset whose pattern this is, or null for a pattern of the user's own. */
    public static TranslationNaming ofPattern(String pattern) {
        for (TranslationNaming n : values()) {
            if (n.pattern.equals(pattern)) {
                return n;
            }
        }
        return null;
    }

    /** The file name for a language tag under a pattern. */
    public static String fileName(String pattern, String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        String language = locale.getLanguage().isEmpty() ? languageTag.toLowerCase(Locale.ROOT) : locale.getLanguage();
        String region = locale.getCountry();
        if (region.isEmpty()) {
            // Traditional Chinese script without a region is written in Taiwan
            region = "Hant".equalsIgnoreCase(locale.getScript()) ? "TW"
                    : LIKELY_REGION.getOrDefault(language, language.toUpperCase(Locale.ROOT));
        }
        String name = pattern.replace("{lang}", languageTag)
                .replace("{LANG}", languageTag.toUpperCase(Locale.ROOT))
                .replace("{language}", language)
                .replace("{REGION}", region);
        if (name.isBlank() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("translation naming '" + pattern + "' gives '" + name
                    + "' for " + languageTag + ", which is not a file name");
        }
        return name;
    }
}
