package dev.cardwright.translate;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.cardwright.validate.Vocabulary;

/**
 * Checks the language tag of a translation (BCP 47, RFC 5646) before anything is written under
 * it: a well-formed tag whose language is an ISO 639 code (the list the project ships in
 * {@code vocab/languages.tsv}), with a known region. What people type instead — a country
 * ({@code cn}), a locale name with an underscore ({@code zh_CN}), a language's name
 * ({@code chinese}, {@code 中文}) — is refused with the tag they most likely meant.
 */
public final class LanguageTag {
    /** The tag in its canonical form, or why it is refused (with a suggestion when there is one). */
    public record Check(String tag, String problem, String suggestion) {
        public boolean ok() {
            return problem == null;
        }

        /** One line for people: the problem and the suggestion. */
        public String message() {
            return problem + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?");
        }
    }

    /**
     * Country codes people write for a language, and the tag they mean (CLDR's likely language of
     * the country). Only countries whose code is not itself a language code are listed: "de" is
     * German, not Germany.
     */
    private static final Map<String, String> COUNTRIES = Map.ofEntries(
            Map.entry("cn", "zh"), Map.entry("hk", "zh-HK"), Map.entry("mo", "zh-MO"), Map.entry("jp", "ja"),
            Map.entry("us", "en"), Map.entry("gb", "en-GB"), Map.entry("dk", "da"), Map.entry("gr", "el"),
            Map.entry("cz", "cs"), Map.entry("ua", "uk"), Map.entry("vn", "vi"), Map.entry("il", "he"),
            Map.entry("ir", "fa"), Map.entry("mx", "es-MX"), Map.entry("at", "de-AT"), Map.entry("rs", "sr"),
            Map.entry("by", "be"), Map.entry("kz", "kk"), Map.entry("pk", "ur"), Map.entry("ph", "fil"));
    /** Names of Chinese variants a Chinese writer types, which the ISO list names only as "中文". */
    private static final Map<String, String> CHINESE_NAMES = Map.of(
            "中文", "zh", "汉语", "zh", "简体中文", "zh-Hans", "繁體中文", "zh-Hant", "繁体中文", "zh-Hant",
            "simplified chinese", "zh-Hans", "traditional chinese", "zh-Hant");
    /** Hub values that are language metadata but no language a file is written in. */
    private static final Set<String> NOT_LANGUAGES = Set.of("multilingual", "code", "und", "mul", "zxx");

    private LanguageTag() {
    }

    public static Check check(String input) {
        String raw = input == null ? "" : input.strip();
        if (raw.isEmpty()) {
            return refuse(raw, "a language tag is required (such as zh, zh-CN or ja)", null);
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        if (NOT_LANGUAGES.contains(lower)) {
            return refuse(raw, "'" + raw + "' names no single language a translation is written in", null);
        }
        if (raw.indexOf('_') >= 0) {
            String dashed = raw.replace('_', '-');
            Check fixed = check(dashed);
            return refuse(raw, "'" + raw + "' is a locale name, not a BCP 47 tag (subtags are joined by '-')",
                    fixed.ok() ? fixed.tag() : fixed.suggestion());
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(raw).build();
        } catch (IllformedLocaleException e) {
            return refuse(raw, "'" + raw + "' is not a BCP 47 language tag", byName(lower).orElse(null));
        }
        String language = locale.getLanguage();
        if (language.isEmpty() || Vocabulary.hub().language(language).isEmpty()) {
            String suggestion = COUNTRIES.get(language);
            if (suggestion == null) {
                suggestion = byName(lower).orElse(null);
            }
            return refuse(raw, "'" + raw + "' is not an ISO 639 language code"
                    + (COUNTRIES.containsKey(language) ? " (it is a country code)" : ""), suggestion);
        }
        String region = locale.getCountry();
        if (!region.isEmpty() && !region.chars().allMatch(Character::isDigit)
                && !Set.of(Locale.getISOCountries()).contains(region)) {
            return refuse(raw, "'" + region + "' is not an ISO 3166 region", null);
        }
        String canonical = locale.toLanguageTag();
        if (!canonical.equals(raw)) {
            // the same tag written another way (ZH-cn): refused with its canonical form, so that one language
            // never ends up under two spellings in a card source
            return refuse(raw, "'" + raw + "' is written '" + canonical + "'", canonical);
        }
        return new Check(canonical, null, null);
    }

    private static Check refuse(String tag, String problem, String suggestion) {
        return new Check(tag, problem, suggestion);
    }

    /** A language by its English or Chinese name ("chinese", "Japanese", "中文"). */
    private static Optional<String> byName(String lower) {
        String named = CHINESE_NAMES.get(lower);
        if (named != null) {
            return Optional.of(named);
        }
        for (Vocabulary.Language l : Vocabulary.hub().languages()) {
            if (l.nameEn().equalsIgnoreCase(lower) || !l.nameZh().isEmpty() && l.nameZh().equals(lower)) {
                return Optional.of(l.code());
            }
        }
        return Optional.empty();
    }
}
