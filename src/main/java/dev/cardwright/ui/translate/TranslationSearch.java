package dev.cardwright.ui.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.cardwright.card.Card;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.Translation;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.ui.undo.PropertyEdit;
import dev.cardwright.ui.undo.UndoHistory;
import javafx.beans.property.StringProperty;

/**
 * Find and replace across every translated section (headings and text) of one language. Plain
 * text, not patterns: translators replace a term ("嵌入向量" → "嵌入"), not a grammar. Replace
 * all is one undo step.
 */
final class TranslationSearch {
    /** Where the text was found: a section, and whether in its heading or its text, at {@code [start, end)}. */
    record Hit(String sectionId, boolean inHeading, int start, int end) {
    }

    private final Card card;
    private final UndoHistory history;

    TranslationSearch(Card card, UndoHistory history) {
        this.card = card;
        this.history = history;
    }

    /** Every occurrence in the language's translated sections, in the given order of sections. */
    List<Hit> find(String language, List<String> order, String query, boolean matchCase) {
        List<Hit> out = new ArrayList<>();
        if (query.isEmpty()) {
            return out;
        }
        Map<String, TranslatedSection> sections = card.findTranslation(language).<Map<String, TranslatedSection>>map(Translation::getSections).orElse(Map.of());
        for (String id : order) {
            TranslatedSection ts = sections.get(id);
            if (ts == null || ts.getStatus() == TranslationStatus.UNTRANSLATED) {
                continue;
            }
            collect(out, id, true, ts.getHeading(), query, matchCase);
            collect(out, id, false, ts.getText(), query, matchCase);
        }
        return out;
    }

    /** Replaces every occurrence; one undo step. Returns how many were replaced. */
    int replaceAll(String language, List<String> order, String query, String replacement, boolean matchCase) {
        List<Hit> hits = find(language, order, query, matchCase);
        if (hits.isEmpty()) {
            return 0;
        }
        Translation t = card.findTranslation(language).orElseThrow();
        List<PropertyEdit<String>> edits = new ArrayList<>();
        for (String id : order) {
            TranslatedSection ts = t.getSections().get(id);
            if (ts == null || hits.stream().noneMatch(h -> h.sectionId().equals(id))) {
                continue;
            }
            replaceIn(edits, ts.headingProperty(), query, replacement, matchCase);
            replaceIn(edits, ts.textProperty(), query, replacement, matchCase);
        }
        if (history != null && !history.isApplying()) {
            history.asOneStep(() -> edits.forEach(history::record));
        }
        return hits.size();
    }

    private static void replaceIn(List<PropertyEdit<String>> edits, StringProperty p, String query, String replacement, boolean matchCase) {
        String before = p.get();
        String after = replace(before, query, replacement, matchCase);
        if (!after.equals(before)) {
            p.set(after);
            edits.add(new PropertyEdit<>(p, before, after));
        }
    }

    static String replace(String text, String query, String replacement, boolean matchCase) {
        StringBuilder sb = new StringBuilder();
        String hay = matchCase ? text : text.toLowerCase(Locale.ROOT);
        String needle = matchCase ? query : query.toLowerCase(Locale.ROOT);
        int at = 0;
        int i;
        // lower-casing keeps lengths for the scripts translations are written in; a text where it
        // would not is searched as it is
        if (hay.length() != text.length()) {
            hay = text;
            needle = query;
        }
        while ((i = hay.indexOf(needle, at)) >= 0) {
            sb.append(text, at, i).append(replacement);
            at = i + needle.length();
        }
        return sb.append(text.substring(at)).toString();
    }

    private static void collect(List<Hit> out, String id, boolean heading, String text, String query, boolean matchCase) {
        String hay = matchCase ? text : text.toLowerCase(Locale.ROOT);
        String needle = matchCase ? query : query.toLowerCase(Locale.ROOT);
        if (hay.length() != text.length()) {
            hay = text;
            needle = query;
        }
        int i = 0;
        while ((i = hay.indexOf(needle, i)) >= 0) {
            out.add(new Hit(id, heading, i, i + needle.length()));
            i += needle.length();
        }
    }
}
