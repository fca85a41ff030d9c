package dev.cardwright.repo;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language of a translated README, told by its name under the naming schemes that
 * {@code export} writes and that Hub repositories use: {@code README_zh.md}, {@code README_zh-CN.md},
 * {@code README.zh.md}, {@code README_CN.md} (by region), {@code README_EN.md}.
 */
final class TranslationFileName {
    private static final Pattern NAME = Pattern.compile("(?i)README[_.-]([a-z]{2,3})(?:[-_]([a-z]{2}|[a-z]{4}))?\\.md");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    /** Names that are a region, not a language ({@code README_CN.md}): the language most used there (CLDR likely subtags). */
    private static final Map<String, String> REGION_LANGUAGE = Map.ofEntries(
            Map.entry("cn", "zh"), Map.entry("tw", "zh-TW"), Map.entry("hk", "zh-HK"), Map.entry("jp", "ja"),
            Map.entry("kr", "ko"), Map.entry("us", "en"), Map.entry("gb", "en"), Map.entry("br", "pt-BR"),
            Map.entry("vn", "vi"), Map.entry("ua", "uk"), Map.entry("ir", "fa"), Map.entry("eg", "ar"));
    /** Three-letter names taken for languages; others ({@code README_old.md}, {@code README_new.md}) are not translations. */
    private static final Set<String> THREE_LETTER = Set.of("yue", "fil", "wuu");

    private TranslationFileName() {
    }

    /** The BCP 47 tag the file name stands for, or empty when it is not a translated README's name. */
    static Optional<String> language(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        String first = m.group(1).toLowerCase(Locale.ROOT);
        String second = m.group(2);
        boolean upper = m.group(1).equals(m.group(1).toUpperCase(Locale.ROOT));
        // README_TW.md is Taiwan (an upper-case name is a region where it can be one), README_tw.md Twi
        if (second == null && REGION_LANGUAGE.containsKey(first) && (upper || !LANGUAGES.contains(first))) {
            return Optional.of(REGION_LANGUAGE.get(first));
        }
        if (!LANGUAGES.contains(first) && !THREE_LETTER.contains(first)) {
            return Optional.empty();
        }
        if (second == null) {
            return Optional.of(first);
        }
        // zh-CN, zh_CN, zh-Hans: region upper case, script title case, as BCP 47 writes them
        String sub = second.length() == 2 ? second.toUpperCase(Locale.ROOT)
                : Character.toUpperCase(second.charAt(0)) + second.substring(1).toLowerCase(Locale.ROOT);
        return Optional.of(first + "-" + sub);
    }
}
