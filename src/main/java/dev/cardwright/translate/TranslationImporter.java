package dev.cardwright.translate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.Translation;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.template.TemplateSchema;

/**
 * Turns an existing translated README into a translation of a card: the two are aligned by
 * {@link SectionAligner}, each paired section becomes a translated section of the source section's
 * id, stamped with the source it now stands beside and marked <i>needs review</i> (nobody has
 * checked that the hand-made file matches this revision of the source).
 *
 * <p>Nothing of the translated file is dropped: a translated section without a partner is kept
 * inside the translation of the paired section before it (or of the preamble), heading and all, so
 * an export still contains it; the result reports where it went. Source sections without a
 * partner stay untranslated and are reported too.
 */
public final class TranslationImporter {
    private final SectionAligner aligner;

    /** What an import did. {@code keptIn} maps each unpaired translated section to the key it was kept under. */
    public record Result(Translation translation, SectionAligner.Alignment alignment, Map<Section, String> keptIn) {
        public int paired() {
            return alignment.pairs().size();
        }

        /** A short report for people: counts, then one line per unpaired section. */
        public List<String> report() {
            List<String> lines = new ArrayList<>();
            String lang = translation.getLanguage();
            lines.add(lang + ": " + paired() + " sections paired, " + alignment.unpairedSource().size()
                    + " source sections without translation, " + alignment.unpairedTarget().size()
                    + " translated sections without source");
            for (Section s : alignment.unpairedSource()) {
                lines.add(lang + ": untranslated: " + s.getHeading().strip());
            }
            for (Section s : alignment.unpairedTarget()) {
                lines.add(lang + ": not paired: " + s.getHeading().strip() + " (kept in "
                        + (Translation.PREAMBLE_ID.equals(keptIn.get(s)) ? "the preamble" : "'" + keptIn.get(s) + "'") + ")");
            }
            return lines;
        }
    }

    public TranslationImporter(SectionAligner aligner) {
        this.aligner = aligner;
    }

    public TranslationImporter() {
        this(new SectionAligner());
    }

    /**
     * What {@code import README.md --translation zh=README_zh.md} does after reading the source:
     * reads each translated README and imports it into {@code source}. The card's own schema (by
     * its card type) lends its localized heading aliases to the alignment.
     *
     * @param translations language tag → translated README, in the order given
     */
    public static List<Result> importFiles(Card source, String sourceLanguage, Map<String, Path> translations)
            throws IOException {
        TranslationImporter importer = new TranslationImporter(
                SectionAligner.forSchema(TemplateSchema.forCardType(source.getCardType())));
        List<Result> results = new ArrayList<>();
        for (Map.Entry<String, Path> e : translations.entrySet()) {
            Card translated = ReadmeReader.read(e.getValue());
            results.add(importer.importInto(source, sourceLanguage, translated, e.getKey()));
        }
        return results;
    }

    /**
     * Adds (or replaces) the translation of {@code source} into {@code language} made from
     * {@code translated}, and returns what was paired.
     */
    public Result importInto(Card source, String sourceLanguage, Card translated, String language) {
        if (SourceLanguage.same(sourceLanguage, language)) {
            // the command line and the editor refuse earlier, with their own message; this guards every caller
            throw new IllegalArgumentException(SourceLanguage.refusal(sourceLanguage, language));
        }
        SectionAligner.Alignment alignment = aligner.align(source, sourceLanguage, translated, language);
        Translation t = new Translation(language);
        Map<Section, Section> sourceOf = new IdentityHashMap<>();
        alignment.pairs().forEach(p -> sourceOf.put(p.target(), p.source()));

        Map<Section, String> keptIn = new IdentityHashMap<>();
        TranslatedSection current = null;
        if (!translated.getPreamble().isBlank()) {
            current = t.section(Translation.PREAMBLE_ID);
            current.setText(translated.getPreamble());
            stamp(current, Fingerprint.sourceText(source, Translation.PREAMBLE_ID));
        }
        for (Section target : translated.allSections().toList()) {
            Section src = sourceOf.get(target);
            if (src != null) {
                current = t.section(src.getId());
                current.setHeading(target.getHeading());
                current.setText(target.getText());
                stamp(current, Fingerprint.sourceText(src));
                continue;
            }
            if (current == null) {
                current = t.section(Translation.PREAMBLE_ID);
                stamp(current, Fingerprint.sourceText(source, Translation.PREAMBLE_ID));
            }
            current.setText(current.getText() + target.getHeading() + target.getText());
            keptIn.put(target, current.getSectionId());
        }
        source.getTranslations().removeIf(existing -> existing.getLanguage().equals(language));
        source.getTranslations().add(t);
        return new Result(t, alignment, keptIn);
    }

    private static void stamp(TranslatedSection ts, String sourceText) {
        ts.setSourceText(sourceText);
        ts.setSourceFingerprint(Fingerprint.of(sourceText));
        ts.setStatus(TranslationStatus.NEEDS_REVIEW);
    }
}
