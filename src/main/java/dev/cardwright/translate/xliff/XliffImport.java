package dev.cardwright.translate.xliff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.Translation;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.translate.Fingerprint;
import dev.cardwright.translate.LanguageTag;
import dev.cardwright.translate.SourceLanguage;

/**
 * Brings the translations of an XLIFF file ({@link XliffReader}) back into a card. Every unit is
 * checked first; when one no longer matches the card (its source text differs from the section's,
 * or the section is gone) nothing at all is changed, and each problem names the unit and where it
 * is in the file.
 *
 * <p>Status rules, per section: a unit without target text leaves the section as it is; the same
 * text as the card's leaves the section as it is (status included), so a round trip changes
 * nothing; changed text becomes the translation of the current source, <i>translated</i> when every
 * segment is at least {@code translated}, <i>needs review</i> otherwise. Approval stays a reviewer's
 * act in Cardwright: a {@code final} segment with new text is <i>translated</i>.
 */
public final class XliffImport {
    /** What an import did, or (when {@link #problems} is not empty) would not do. */
    public record Result(String language, int changed, int kept, int empty, List<String> problems) {
    }

    private record Change(String sectionId, String heading, String text, TranslationStatus status) {
    }

    private XliffImport() {
    }

    public static Result apply(Card card, XliffReader.Document doc) {
        List<String> problems = new ArrayList<>();
        String language = doc.targetLanguage();
        LanguageTag.Check tag = LanguageTag.check(language);
        if (!tag.ok()) {
            problems.add(at(doc.file(), doc.line(), doc.column(), "trgLang: " + tag.message()));
        } else if (SourceLanguage.same(SourceLanguage.of(card), language)) {
            problems.add(at(doc.file(), doc.line(), doc.column(), SourceLanguage.refusal(SourceLanguage.of(card), language)));
        }
        Translation existing = card.findTranslation(language).orElse(null);
        List<Change> changes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int kept = 0;
        int empty = 0;
        for (XliffReader.Unit unit : doc.units()) {
            String id = unit.sectionId();
            String where = at(doc.file(), unit.line(), unit.column(), "unit '" + id + "': ");
            if (id == null) {
                problems.add(where + "the unit has neither name nor id");
                continue;
            }
            if (!seen.add(id)) {
                problems.add(where + "section '" + id + "' has a unit already");
                continue;
            }
            String heading;
            String text;
            if (Translation.PREAMBLE_ID.equals(id)) {
                heading = null;
                text = card.getPreamble();
            } else {
                Section section = card.findSection(id).orElse(null);
                if (section == null) {
                    problems.add(where + "the card has no section '" + id + "' (export the XLIFF file again)");
                    continue;
                }
                heading = section.getHeading();
                text = section.getText();
            }
            StringBuilder source = new StringBuilder();
            unit.parts().forEach(p -> source.append(p.source()));
            if (!source.toString().equals((heading == null ? "" : heading) + text)) {
                problems.add(where + "its source text no longer matches section '" + id
                        + "' of the card (the card changed since the file was exported; export it again and carry the translation over)");
                continue;
            }
            Split split = split(unit, heading == null ? 0 : heading.length());
            if (split == null) {
                problems.add(where + "a segment holds both the heading and the text; keep the heading in a segment of its own");
                continue;
            }
            if (split.heading() == null && split.text() == null
                    || (nullToEmpty(split.heading()).isEmpty() && nullToEmpty(split.text()).isEmpty())) {
                empty++;
                continue; // nothing translated here: the card keeps what it has
            }
            TranslatedSection ts = existing == null ? null : existing.getSections().get(id);
            String newHeading = heading == null ? "" : nullToEmpty(split.heading());
            String newText = nullToEmpty(split.text());
            if (ts != null && ts.getHeading().equals(newHeading) && ts.getText().equals(newText)) {
                kept++;
                continue;
            }
            boolean done = unit.parts().stream().filter(XliffReader.Part::segment)
                    .allMatch(p -> p.state().compareTo(XliffState.TRANSLATED) >= 0);
            changes.add(new Change(id, newHeading, newText, done ? TranslationStatus.TRANSLATED : TranslationStatus.NEEDS_REVIEW));
        }
        if (!problems.isEmpty()) {
            return new Result(language, 0, kept, empty, problems);
        }
        Translation t = existing;
        if (t == null && !changes.isEmpty()) {
            t = new Translation(language);
            card.getTranslations().add(t);
        }
        for (Change c : changes) {
            TranslatedSection ts = t.section(c.sectionId());
            ts.setHeading(c.heading());
            ts.setText(c.text());
            String source = Fingerprint.sourceText(card, c.sectionId());
            ts.setSourceText(source);
            ts.setSourceFingerprint(Fingerprint.of(source));
            ts.setSourceCommits(0);
            ts.setStatus(c.status());
        }
        return new Result(language, changes.size(), kept, empty, List.of());
    }

    private record Split(String heading, String text) {
    }

    /**
     * The targets of the parts whose sources make up the heading ({@code headingLength} characters)
     * and of the rest; null when a part straddles the two. A part without target adds nothing; a
     * side with no target at all is null.
     */
    private static Split split(XliffReader.Unit unit, int headingLength) {
        StringBuilder heading = null;
        StringBuilder text = null;
        int at = 0;
        for (XliffReader.Part p : unit.parts()) {
            boolean inHeading = at < headingLength;
            at += p.source().length();
            if (inHeading && at > headingLength) {
                return null;
            }
            if (p.target() == null) {
                continue;
            }
            if (inHeading) {
                heading = (heading == null ? new StringBuilder() : heading).append(p.target());
            } else {
                text = (text == null ? new StringBuilder() : text).append(p.target());
            }
        }
        return new Split(heading == null ? null : heading.toString(), text == null ? null : text.toString());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String at(String file, int line, int column, String message) {
        return file + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": " + message;
    }
}
