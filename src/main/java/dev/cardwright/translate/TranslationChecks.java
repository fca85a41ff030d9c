package dev.cardwright.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.Translation;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.validate.Diagnostic;
import dev.cardwright.validate.Rule;

/**
 * The translations of a card source as {@code validate} diagnostics ({@code CW4xx}, each with
 * its language), so that CI can gate a release on them: per language, sections not translated
 * (info) and under review (warning), and in every translated section what the glossary, the
 * do-not-translate check and the fact lock find (warnings). Each is placed at the translated
 * section's entry in the card source, or at the line of that entry's text where the finding is.
 *
 * <p>Statuses are taken as they are: callers refresh them against the source first
 * ({@link TranslationTracker}), as {@code status} does.
 */
public final class TranslationChecks {
    private static final Pattern LANGUAGE = Pattern.compile("^\\s*-?\\s*language:\\s*['\"]?([^'\"\\s]+)");
    private static final Pattern ID = Pattern.compile("^\\s*-\\s*id:\\s*['\"]?([^'\"\\s]+)");

    private final Card card;
    private final String sourceLanguage;
    private final Glossary glossary;
    private final String[] lines;

    /** @param cardSourceText the card source file's text (for line numbers), or "" when there is none */
    public TranslationChecks(Card card, String sourceLanguage, Glossary glossary, String cardSourceText) {
        this.card = card;
        this.sourceLanguage = sourceLanguage;
        this.glossary = glossary;
        this.lines = cardSourceText.replace("\r\n", "\n").split("\n", -1);
    }

    private ChineseTypography.Spacing spacingOverride;

    /** The Chinese spacing convention to check every translation against, whatever the card source says (validate --cjk-spacing). */
    public TranslationChecks spacing(ChineseTypography.Spacing convention) {
        this.spacingOverride = convention;
        return this;
    }

    /**
     * Line and column in the card source of an offset in a translated section's heading + text:
     * the card-source line under the entry's {@code heading:} or {@code text:} that holds the
     * whole translated line, else the entry's line.
     */
    private int[] place(int entryLine, TranslatedSection ts, int offset) {
        boolean inHeading = offset < ts.getHeading().length();
        String piece = inHeading ? ts.getHeading() : ts.getText();
        int at = inHeading ? offset : offset - ts.getHeading().length();
        int lineStart = piece.lastIndexOf('\n', at - 1) + 1;
        int lineEnd = piece.indexOf('\n', at);
        String line = piece.substring(lineStart, lineEnd < 0 ? piece.length() : lineEnd);
        String key = inHeading ? "heading:" : "text:";
        int from = -1;
        int end = lines.length;
        for (int i = Math.max(0, entryLine - 1); i < lines.length; i++) {
            if (i > entryLine - 1 && ID.matcher(lines[i]).find()) {
                end = i;
                break;
            }
            if (from < 0 && lines[i].strip().startsWith(key)) {
                from = i;
            }
        }
        if (from < 0 || line.isBlank()) {
            return new int[] {entryLine, 1};
        }
        // a literal block holds the line as it is after its indentation; a quoted string, somewhere in a line
        for (int i = from + 1; i < end; i++) {
            if (lines[i].endsWith(line) && lines[i].substring(0, lines[i].length() - line.length()).isBlank()) {
                return new int[] {i + 1, lines[i].length() - line.length() + (at - lineStart) + 1};
            }
        }
        for (int i = from; i < end; i++) {
            int col = lines[i].indexOf(line, i == from ? lines[i].indexOf(key) + key.length() : 0);
            if (col >= 0) {
                return new int[] {i + 1, col + (at - lineStart) + 1};
            }
        }
        return new int[] {entryLine, 1};
    }

    public List<Diagnostic> diagnostics() {
        List<Diagnostic> out = new ArrayList<>();
        for (Translation t : card.getTranslations()) {
            String lang = t.getLanguage();
            int languageLine = languageLine(lang);
            for (String id : sectionIds()) {
                TranslatedSection ts = t.getSections().get(id);
                String title = title(id);
                int entry = ts == null ? languageLine : entryLine(languageLine, id);
                if (ts == null || ts.getStatus() == TranslationStatus.UNTRANSLATED) {
                    out.add(at(Rule.TRANSLATION_MISSING, entry, 1, lang, title, lang));
                    continue;
                }
                if (ts.getStatus() == TranslationStatus.NEEDS_REVIEW) {
                    out.add(at(Rule.TRANSLATION_NEEDS_REVIEW, entry, 1, lang, title, lang));
                }
                String source = Fingerprint.sourceText(card, id);
                String translation = ts.getHeading() + ts.getText();
                for (Glossary.Issue i : glossary.check(source, sourceLanguage, translation, lang)) {
                    out.add(at(Rule.GLOSSARY_TERM, entry, 1, lang, i.arguments()));
                }
                for (DoNotTranslate.Issue i : DoNotTranslate.compare(source, translation)) {
                    int line = i.problem() == DoNotTranslate.Problem.ADDED ? lineOf(entry, i.text()) : entry;
                    out.add(at(i.rule(), line, 1, lang, i.arguments().toArray()));
                }
                if (ChineseTypography.isChinese(lang)) {
                    ChineseTypography.Spacing spacing = spacingOverride != null ? spacingOverride
                            : ChineseTypography.Spacing.parse(t.getCjkSpacing());
                    for (ChineseTypography.Finding f : ChineseTypography.check(translation, spacing)) {
                        int[] at = place(entry, ts, f.offset());
                        out.add(f.rule().at(at[0], at[1], null, f.fix(), f.arguments().toArray()).inLanguage(lang));
                    }
                }
                for (FactLock.Finding f : FactLock.compare(source, translation)) {
                    int line = f.translationStart() < 0 ? entry
                            : lineOf(entry, snippet(translation, f.translationStart()));
                    out.add(at(f.rule(), line, 1, lang, f.arguments().toArray()));
                }
            }
        }
        return out;
    }

    private List<String> sectionIds() {
        List<String> ids = new ArrayList<>();
        if (!card.getPreamble().isBlank()) {
            ids.add(Translation.PREAMBLE_ID);
        }
        card.allSections().forEach(s -> ids.add(s.getId()));
        return ids;
    }

    private String title(String id) {
        if (Translation.PREAMBLE_ID.equals(id)) {
            return id;
        }
        return card.allSections().filter(s -> s.getId().equals(id)).map(Section::getTitle).map(String::strip)
                .findFirst().orElse(id);
    }

    private static Diagnostic at(Rule rule, int line, int column, String language, Object... args) {
        return rule.at(line, column, null, null, args).inLanguage(language);
    }

    /** The line (1-based) of {@code language: TAG} under {@code translations:}, or 1. */
    private int languageLine(String lang) {
        boolean inTranslations = false;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("translations:")) {
                inTranslations = true;
            } else if (inTranslations) {
                Matcher m = LANGUAGE.matcher(lines[i]);
                if (m.find() && m.group(1).equals(lang)) {
                    return i + 1;
                }
            }
        }
        return 1;
    }

    /** The line of a translated section's {@code - id:} after its language's line. */
    private int entryLine(int languageLine, String id) {
        for (int i = languageLine; i < lines.length; i++) {
            if (i > languageLine && LANGUAGE.matcher(lines[i]).find() && !lines[i].strip().startsWith("- id")) {
                break; // the next language
            }
            Matcher m = ID.matcher(lines[i]);
            if (m.find() && m.group(1).equals(id)) {
                return i + 1;
            }
        }
        return languageLine;
    }

    /** The first line from an entry on (before the next entry) that contains a snippet, else the entry's line. */
    private int lineOf(int entryLine, String snippet) {
        String s = snippet.strip();
        if (s.isEmpty()) {
            return entryLine;
        }
        for (int i = entryLine; i < lines.length; i++) {
            if (i > entryLine - 1 + 1 && ID.matcher(lines[i]).find()) {
                break;
            }
            if (lines[i].contains(s)) {
                return i + 1;
            }
        }
        return entryLine;
    }

    /** A short piece of the translation's line at an offset, to find that line in the card source. */
    private static String snippet(String text, int at) {
        int end = text.indexOf('\n', at);
        String rest = text.substring(at, end < 0 ? text.length() : end);
        return rest.length() > 12 ? rest.substring(0, 12) : rest;
    }
}
