package dev.cardwright.translate;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.cardwright.card.Card;
import dev.cardwright.card.FrontMatter;
import dev.cardwright.yaml.Metadata;
import dev.cardwright.yaml.MetadataEditException;

/**
 * The language a card is written in: what its {@code language:} metadata says (the first entry of
 * a list; the Hub lists the card's languages there, and a bilingual card such as ChatGLM's names
 * the one its README is written in first), else English. Translations are imported against it.
 */
public final class SourceLanguage {
    /** Assumed when the card does not say, or says something that is not a language tag. */
    public static final String FALLBACK = "en";

    private SourceLanguage() {
    }

    /** The card's own language as a BCP 47 tag ({@code zh}, {@code en}, {@code zh-CN}). */
    public static String of(Card card) {
        FrontMatter fm = card.getFrontMatter();
        if (fm == null) {
            return FALLBACK;
        }
        Map<String, Object> metadata;
        try {
            metadata = Metadata.parse(fm.getYaml());
        } catch (MetadataEditException e) {
            return FALLBACK; // the metadata is reported where it is edited or validated, not here
        }
        Object value = metadata.get("language");
        if (value instanceof List<?> list) {
            value = list.isEmpty() ? null : list.get(0);
        }
        if (!(value instanceof String s) || s.isBlank()) {
            return FALLBACK;
        }
        Locale locale = Locale.forLanguageTag(s.strip().replace('_', '-'));
        // "multilingual" and other values that are not language tags give no language here
        return locale.getLanguage().isEmpty() ? FALLBACK : locale.toLanguageTag();
    }

    /**
     * Whether a translation into {@code translation} would be into the card's own language: the same
     * tag, or the same language where one tag adds only a region ({@code zh} and {@code zh-CN},
     * {@code en} and {@code en-GB}). A different script is a different written language
     * ({@code zh} and {@code zh-Hant}), and so are two different regions ({@code zh-CN} and
     * {@code zh-TW}).
     */
    public static boolean same(String source, String translation) {
        Locale a = Locale.forLanguageTag(source.strip().replace('_', '-'));
        Locale b = Locale.forLanguageTag(translation.strip().replace('_', '-'));
        if (a.getLanguage().isEmpty() || !a.getLanguage().equals(b.getLanguage())) {
            return false;
        }
        if (!a.getScript().equals(b.getScript())) {
            return false;
        }
        return a.getCountry().isEmpty() || b.getCountry().isEmpty() || a.getCountry().equals(b.getCountry());
    }

    /** The one-line refusal for importing a translation into the card's own language. */
    public static String refusal(String source, String translation) {
        return "the translation's language '" + translation + "' is the card's own language ('" + source
                + "', from its language: metadata); give the language the file is written in";
    }
}
