package dev.cardwright.ui.find;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.cardwright.card.Card;
import dev.cardwright.card.FrontMatter;
import dev.cardwright.card.Section;
import dev.cardwright.markdown.SectionParser;
import dev.cardwright.yaml.ValueText;

/**
 * Finds text in a card, in the order of its README: the metadata's values first, then the text
 * before the first heading, then every section's heading and text; and replaces it through the
 * card model, so that undo, saving and the preview follow as for any edit.
 */
public final class CardSearch {
    /** Where in the card a match is. */
    public enum Place { METADATA, PREAMBLE, HEADING, TEXT }

    /**
     * One match; {@code start} and {@code end} are offsets in the metadata's YAML, the preamble,
     * the section's heading source (its {@code #} marks and line end included) or its text. In a
     * section's text {@code nth} counts the matches before it there (the code area may lay the text
     * out with other blank lines at its edges, never other words, so the n-th match there is this
     * one). In the metadata {@code value} says which value holds it.
     */
    public record Match(Place place, Section section, ValueText.Span value, int start, int end, int nth) {
        public boolean inMetadata() {
            return place == Place.METADATA;
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
                    out.add(new Match(Place.METADATA, null, span, span.start() + at, span.start() + at + query.length(), n++));
                }
            }
        }
        int n = 0;
        for (int at : occurrences(card.getPreamble(), query, matchCase)) {
            out.add(new Match(Place.PREAMBLE, null, null, at, at + query.length(), n++));
        }
        card.allSections().forEach(s -> {
            int[] title = titleRange(s.getHeading());
            int h = 0;
            for (int at : occurrences(s.getHeading().substring(title[0], title[1]), query, matchCase)) {
                out.add(new Match(Place.HEADING, s, null, title[0] + at, title[0] + at + query.length(), h++));
            }
            int t = 0;
            for (int at : occurrences(s.getText(), query, matchCase)) {
                out.add(new Match(Place.TEXT, s, null, at, at + query.length(), t++));
            }
        });
        return out;
    }

    /**
     * Where a heading's words are in its source: after an ATX heading's {@code #} marks and before
     * its closing ones, or a setext heading's lines without the underline. Only there is text
     * found, so that searching for {@code #} or {@code ===} never offers the heading's syntax.
     */
    static int[] titleRange(String heading) {
        int lineEnd = 0;
        while (lineEnd < heading.length() && heading.charAt(lineEnd) != '\n' && heading.charAt(lineEnd) != '\r') {
            lineEnd++;
        }
        int start = 0;
        while (start < lineEnd && heading.charAt(start) == ' ') {
            start++;
        }
        int end;
        if (start < lineEnd && heading.charAt(start) == '#') {
            while (start < lineEnd && heading.charAt(start) == '#') {
                start++;
            }
            end = trimEnd(heading, start, lineEnd);
            int closing = end;
            while (closing > start && heading.charAt(closing - 1) == '#') {
                closing--;
            }
            // a closing sequence counts only after a space (CommonMark), or when it is all there is
            if (closing < end && (closing == start || heading.charAt(closing - 1) == ' ' || heading.charAt(closing - 1) == '\t')) {
                end = trimEnd(heading, start, closing);
            }
            while (start < end && (heading.charAt(start) == ' ' || heading.charAt(start) == '\t')) {
                start++;
            }
        } else {
            // setext: every line but the last (the underline)
            int underline = trimEnd(heading, 0, heading.length());
            while (underline > 0 && heading.charAt(underline - 1) != '\n' && heading.charAt(underline - 1) != '\r') {
                underline--;
            }
            end = trimEnd(heading, start, Math.max(start, underline));
        }
        return new int[] {start, Math.max(start, end)};
    }

    private static int trimEnd(String s, int from, int end) {
        while (end > from && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return end;
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
     * Replaces one match, if the card still holds it; false when it does not, when a metadata
     * value would no longer read as the value with the text replaced (see {@link ValueText}), or
     * when a heading would no longer be one heading of the same level.
     */
    public static boolean replace(Card card, Match m, String replacement) {
        switch (m.place()) {
            case METADATA -> {
                FrontMatter fm = card.getFrontMatter();
                if (fm == null) {
                    return false;
                }
                Optional<String> next = ValueText.replace(fm.getYaml(), m.value(), m.start(), m.end(), replacement);
                next.ifPresent(fm::setYaml);
                return next.isPresent();
            }
            case PREAMBLE -> {
                String text = card.getPreamble();
                if (m.end() > text.length()) {
                    return false;
                }
                card.setPreamble(text.substring(0, m.start()) + replacement + text.substring(m.end()));
                return true;
            }
            case HEADING -> {
                return m.end() <= m.section().getHeading().length()
                        && replaceInHeading(m.section(), replacement, List.of(m)) == 1;
            }
            default -> {
                String text = m.section().getText();
                if (m.end() > text.length()) {
                    return false;
                }
                m.section().setText(text.substring(0, m.start()) + replacement + text.substring(m.end()));
                return true;
            }
        }
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
            switch (m.place()) {
                case METADATA -> {
                    ValueText.Span v = m.value();
                    int growth = grown.getOrDefault(v.start(), 0);
                    Match now = new Match(Place.METADATA, null, new ValueText.Span(v.key(), v.start(), v.end() + growth), m.start(), m.end(), m.nth());
                    if (replace(card, now, replacement)) {
                        grown.put(v.start(), growth + replacement.length() - (m.end() - m.start()));
                        done++;
                    }
                }
                case PREAMBLE -> {
                    StringBuilder b = new StringBuilder(card.getPreamble());
                    for (; i >= 0 && all.get(i).place() == Place.PREAMBLE; i--) {
                        b.replace(all.get(i).start(), all.get(i).end(), replacement);
                        done++;
                    }
                    i++;
                    card.setPreamble(b.toString());
                }
                case HEADING -> {
                    int first = i;
                    while (first > 0 && all.get(first - 1).place() == Place.HEADING && all.get(first - 1).section() == m.section()) {
                        first--;
                    }
                    done += replaceInHeading(m.section(), replacement, all.subList(first, i + 1));
                    i = first;
                }
                default -> {
                    done += replaceInSection(m.section(), replacement, all, i);
                    while (i > 0 && all.get(i - 1).place() == Place.TEXT && all.get(i - 1).section() == m.section()) {
                        i--;
                    }
                }
            }
        }
        return done;
    }

    /** All matches of one section's text in one text change (one edit per section, not per match). */
    private static int replaceInSection(Section s, String replacement, List<Match> all, int last) {
        String text = s.getText();
        StringBuilder b = new StringBuilder(text);
        int n = 0;
        for (int i = last; i >= 0 && all.get(i).place() == Place.TEXT && all.get(i).section() == s; i--) {
            b.replace(all.get(i).start(), all.get(i).end(), replacement);
            n++;
        }
        s.setText(b.toString());
        return n;
    }

    /**
     * The heading's matches (in order) replaced in its source, and its title read again from the
     * new source as the README reader reads it; nothing changes (0) when the result would not be
     * one heading of the same level (a line break, or a {@code #} that turns it into another).
     */
    private static int replaceInHeading(Section s, String replacement, List<Match> matches) {
        if (replacement.indexOf('\n') >= 0 || replacement.indexOf('\r') >= 0) {
            return 0;
        }
        StringBuilder b = new StringBuilder(s.getHeading());
        for (int i = matches.size() - 1; i >= 0; i--) {
            b.replace(matches.get(i).start(), matches.get(i).end(), replacement);
        }
        String heading = b.toString();
        SectionParser.Body parsed;
        try {
            parsed = SectionParser.parse(heading);
        } catch (RuntimeException e) {
            return 0;
        }
        if (!parsed.preamble().isEmpty() || parsed.sections().size() != 1) {
            return 0;
        }
        Section read = parsed.sections().get(0);
        if (read.getLevel() != s.getLevel() || !read.getText().isEmpty() || !read.getHeading().equals(heading)) {
            return 0;
        }
        s.setHeading(heading);
        s.setTitle(read.getTitle());
        return matches.size();
    }
}
