package dev.cardwright.ui.find;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.cardwright.card.Card;
import dev.cardwright.card.FrontMatter;
import dev.cardwright.card.Section;
import dev.cardwright.yaml.ValueText;

/**
 * Finds text in a card, in the order of its README: the metadata's values first, then every
 * section's text; and replaces it through the card model, so that undo, saving and the preview
 * follow as for any edit.
 */
public final class CardSearch {
    /**
     * One match. In a section: {@code section} is set and {@code nth} counts the matches before it
     * in that section's text (the code area may lay the text out with other blank lines at its
     * edges, never other words, so the n-th match there is this one). In the metadata: {@code value}
     * says which value holds it.
     */
    public record Match(Section section, ValueText.Span value, int start, int end, int nth) {
        public boolean inMetadata() {
            return section == null;
        }
    }

    private CardSearch() {
    }

    /** Every match of {@code query} (empty: none). */
    public static List<Match> find(Card card, String query, boolean matchCase) {
        List<Match> out = new ArrayList<>();
        if (card == null || query == null || query.isEmpty()) {
            return out;
        }
        FrontMatter fm = card.getFrontMatter();
        if (fm != null) {
            String yaml = fm.getYaml();
            for (ValueText.Span span : ValueText.spans(yaml)) {
                String raw = yaml.substring(span.start(), span.end());
                int n = 0;
                for (int at : occurrences(raw, query, matchCase)) {
                    out.add(new Match(null, span, span.start() + at, span.start() + at + query.length(), n++));
                }
            }
        }
        card.allSections().forEach(s -> {
            int n = 0;
            for (int at : occurrences(s.getText(), query, matchCase)) {
                out.add(new Match(s, null, at, at + query.length(), n++));
            }
        });
        return out;
    }

    /** Start offsets of {@code query} in {@code text}, not overlapping, left to right. */
    public static List<Integer> occurrences(String text, String query, boolean matchCase) {
        List<Integer> at = new ArrayList<>();
        if (query.isEmpty()) {
            return at;
        }
        // Upper-casing can change a string's length (ß → SS); lower-casing per character keeps offsets.
        String hay = matchCase ? text : lower(text);
        String needle = matchCase ? query : lower(query);
        for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length())) {
            at.add(i);
        }
        return at;
    }

    private static String lower(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(Character.toLowerCase(s.charAt(i)));
        }
        return b.toString();
    }

    /**
     * Replaces one match, if the card still holds it; false when it does not, or when a metadata
     * value would no longer read as the value with the text replaced (see {@link ValueText}).
     */
    public static boolean replace(Card card, Match m, String replacement) {
        if (m.inMetadata()) {
            FrontMatter fm = card.getFrontMatter();
            if (fm == null) {
                return false;
            }
            Optional<String> next = ValueText.replace(fm.getYaml(), m.value(), m.start(), m.end(), replacement);
            next.ifPresent(fm::setYaml);
            return next.isPresent();
        }
        String text = m.section().getText();
        if (m.end() > text.length()) {
            return false;
        }
        m.section().setText(text.substring(0, m.start()) + replacement + text.substring(m.end()));
        return true;
    }

    /**
     * Replaces every match (the caller makes it one undo step); returns how many were replaced.
     * Matches are replaced from the last to the first, so the offsets of those before stay true.
     */
    public static int replaceAll(Card card, String query, boolean matchCase, String replacement) {
        List<Match> all = find(card, query, matchCase);
        int done = 0;
        // how much each value's text has grown: its later matches are replaced first
        Map<Integer, Integer> grown = new HashMap<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            Match m = all.get(i);
            if (m.inMetadata()) {
                ValueText.Span v = m.value();
                int growth = grown.getOrDefault(v.start(), 0);
                Match now = new Match(null, new ValueText.Span(v.key(), v.start(), v.end() + growth), m.start(), m.end(), m.nth());
                if (replace(card, now, replacement)) {
                    grown.put(v.start(), growth + replacement.length() - (m.end() - m.start()));
                    done++;
                }
            } else {
                done += replaceInSection(m.section(), replacement, all, i);
                while (i > 0 && all.get(i - 1).section() == m.section()) {
                    i--;
                }
            }
        }
        return done;
    }

    /** All matches of one section in one text change (one edit per section, not per match). */
    private static int replaceInSection(Section s, String replacement, List<Match> all, int last) {
        String text = s.getText();
        StringBuilder b = new StringBuilder(text);
        int n = 0;
        for (int i = last; i >= 0 && all.get(i).section() == s; i--) {
            b.replace(all.get(i).start(), all.get(i).end(), replacement);
            n++;
        }
        s.setText(b.toString());
        return n;
    }
}
