package dev.cardwright.translate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.cardwright.card.Card;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.Translation;
import dev.cardwright.card.TranslationStatus;

/**
 * How far one translation of a card is: sections by status, and characters.
 *
 * <p>The sections to translate are every section of the source tree, plus the preamble when it
 * has any text. Characters are counted with {@link TextMeasure#characters} (code points that are
 * not whitespace, so one Han character counts one and spaces count nothing), on the source side:
 * {@code sourceCharacters} is the size of the whole source, {@code doneCharacters} the part of it
 * whose translation is translated or approved. A bar that uses characters therefore moves by how
 * much text is done, not by how many headings. {@code translatedCharacters} is the size of the
 * translation text itself (translated, needs-review or approved sections).
 */
public record Progress(String language, int total, Map<TranslationStatus, Integer> counts,
                       long sourceCharacters, long doneCharacters, long translatedCharacters) {

    public Progress {
        counts = Map.copyOf(counts);
    }

    public int count(TranslationStatus status) {
        return counts.getOrDefault(status, 0);
    }

    /** Sections translated or approved. */
    public int done() {
        return count(TranslationStatus.TRANSLATED) + count(TranslationStatus.APPROVED);
    }

    /** Share of sections done, 0 to 1 (1 for a card with nothing to translate). */
    public double sectionShare() {
        return total == 0 ? 1.0 : (double) done() / total;
    }

    /** Share of source characters done, 0 to 1. */
    public double characterShare() {
        return sourceCharacters == 0 ? (total == 0 ? 1.0 : sectionShare()) : (double) doneCharacters / sourceCharacters;
    }

    /** The section keys a translation of this card covers, in source order. */
    public static List<String> sectionKeys(Card card) {
        List<String> keys = new ArrayList<>();
        if (!card.getPreamble().isBlank()) {
            keys.add(Translation.PREAMBLE_ID);
        }
        card.allSections().forEach(s -> keys.add(s.getId()));
        return keys;
    }

    /** The status of a section in a translation; untranslated when the translation has no entry. */
    public static TranslationStatus statusOf(Translation translation, String key) {
        TranslatedSection ts = translation == null ? null : translation.getSections().get(key);
        return ts == null ? TranslationStatus.UNTRANSLATED : ts.getStatus();
    }

    public static Progress of(Card card, Translation translation) {
        Map<TranslationStatus, Integer> counts = new EnumMap<>(TranslationStatus.class);
        for (TranslationStatus s : TranslationStatus.values()) {
            counts.put(s, 0);
        }
        long source = 0;
        long done = 0;
        long translated = 0;
        List<String> keys = sectionKeys(card);
        for (String key : keys) {
            TranslationStatus status = statusOf(translation, key);
            counts.merge(status, 1, Integer::sum);
            int chars = TextMeasure.characters(Fingerprint.sourceText(card, key));
            source += chars;
            if (status == TranslationStatus.TRANSLATED || status == TranslationStatus.APPROVED) {
                done += chars;
            }
            if (status != TranslationStatus.UNTRANSLATED) {
                TranslatedSection ts = translation.getSections().get(key);
                translated += TextMeasure.characters(ts.getHeading()) + TextMeasure.characters(ts.getText());
            }
        }
        return new Progress(translation == null ? "" : translation.getLanguage(), keys.size(), counts, source, done, translated);
    }
}
