package dev.cardwright.ui.translate;

import java.util.ArrayList;
import java.util.List;

import dev.cardwright.card.TranslationStatus;
import dev.cardwright.translate.DoNotTranslate;
import dev.cardwright.translate.Glossary;
import dev.cardwright.translate.WordDiff;

/**
 * What the translation view shows beside one section, worked out from plain strings so that it
 * can run off the FX thread for big sections: the glossary terms of the source, the word diff of
 * the source under review, and the findings of the glossary and do-not-translate checks.
 *
 * @param input what it was computed from (the view drops an analysis whose input is no longer shown)
 */
record SectionAnalysis(Input input, List<Glossary.Match> terms, List<WordDiff.Piece> sourceChanges, List<String> findings) {

    /** A snapshot of a row, taken on the FX thread. */
    record Input(String key, String sourceText, String sourceLanguage, TranslationStatus status,
                 String translatedFrom, String translation, String language, String cjkSpacing) {
        /** Characters to scan: above this the view analyses on a worker thread. */
        int size() {
            return sourceText.length() + translatedFrom.length() + translation.length();
        }
    }

    static SectionAnalysis of(Glossary glossary, Input in) {
        List<Glossary.Match> terms = glossary.find(DoNotTranslate.mask(in.sourceText()), in.sourceLanguage());
        List<WordDiff.Piece> diff = in.status() == TranslationStatus.NEEDS_REVIEW
                ? WordDiff.diff(in.translatedFrom(), in.sourceText()) : List.of();
        if (!WordDiff.changed(diff)) {
            diff = List.of(); // under review with the same source: imported, not a change to show
        }
        List<String> findings = new ArrayList<>();
        if (in.status() != TranslationStatus.UNTRANSLATED) {
            glossary.check(in.sourceText(), in.sourceLanguage(), in.translation(), in.language())
                    .forEach(i -> findings.add(i.message(dev.cardwright.ui.common.Messages.locale())));
            DoNotTranslate.compare(in.sourceText(), in.translation()).forEach(i -> findings.add(i.message(dev.cardwright.ui.common.Messages.locale())));
            dev.cardwright.translate.FactLock.compare(in.sourceText(), in.translation())
                    .forEach(f -> findings.add(f.message(dev.cardwright.ui.common.Messages.locale())));
            findings.addAll(dev.cardwright.translate.ChineseTypography.messages(in.translation(), in.language(), in.cjkSpacing(),
                    dev.cardwright.ui.common.Messages.locale()));
        }
        return new SectionAnalysis(in, terms, diff, findings);
    }
}
