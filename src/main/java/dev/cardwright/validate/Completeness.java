package dev.cardwright.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.cardwright.validate.SectionSchema.Entry;

/**
 * How much of a card is filled in, by the section schema: each schema section scores 1 when it
 * has real content, 0 when it is missing or holds only template leftovers (guidance comments,
 * placeholders, field labels without values); the card's score is the mean over the top-level
 * sections weighted by requirement (required 3, recommended 2, optional 1). Subsections are
 * scored too (for the editor and the empty-section rules) but count through their parent.
 *
 * @param score    0.0 – 1.0
 * @param sections one score per schema section, in schema order
 */
public record Completeness(double score, List<SectionScore> sections) {
    /** For a file that is not a card (an {@code .eval_results} file): no sections, left out of a run's mean. */
    public static final Completeness NOT_A_CARD = new Completeness(1.0, List.of());

    /**
     * @param line 1-based line of the section's heading in the file, 0 when the section is missing
     */
    public record SectionScore(String id, String heading, SectionSchema.Requirement requirement, boolean topLevel,
            boolean present, double score, int line) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)\\[more information needed]|\\{\\{[^}]*}}");
    /** A template field line with no value: {@code - **Developed by:**}. */
    private static final Pattern EMPTY_FIELD = Pattern.compile("\\s*(?:[-*+]\\s*)?\\*\\*[^*\\n]+\\*\\*:?\\s*:?\\s*");

    static Completeness of(CardText card, String cardType, SectionSchema schema) {
        Map<String, CardText.SectionText> found = schema.match(cardType, card.sections());
        List<SectionScore> scores = new ArrayList<>();
        double total = 0;
        double filled = 0;
        for (Entry e : schema.entries(cardType)) {
            CardText.SectionText s = found.get(e.id());
            double score = s != null && hasContent(s) ? 1.0 : 0.0;
            scores.add(new SectionScore(e.id(), e.heading(), e.requirement(), e.topLevel(), s != null, score,
                    s == null ? 0 : s.headingLine()));
            if (e.topLevel()) { // subsections are part of their parent's content
                total += e.requirement().weight();
                filled += score * e.requirement().weight();
            }
        }
        return new Completeness(total == 0 ? 1.0 : filled / total, List.copyOf(scores));
    }

    /** Whether a section (with its subsections) says something beyond what the template left. */
    static boolean hasContent(CardText.SectionText section) {
        return section.flatten().anyMatch(s -> hasContent(s.block().text()));
    }

    /**
     * Whether text says something beyond what the template left: line by line, stopping at the
     * first real line (a title section spans the whole card, so no whole-text passes).
     */
    static boolean hasContent(String text) {
        boolean inComment = false;
        int start = 0;
        int n = text.length();
        while (start < n) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? n : end;
            String line = text.substring(start, end);
            StringBuilder kept = new StringBuilder();
            int i = 0;
            while (i < line.length()) {
                if (inComment) {
                    int close = line.indexOf("-->", i);
                    if (close < 0) {
                        i = line.length();
                    } else {
                        inComment = false;
                        i = close + 3;
                    }
                } else {
                    int open = line.indexOf("<!--", i);
                    if (open < 0) {
                        kept.append(line, i, line.length());
                        i = line.length();
                    } else {
                        kept.append(line, i, open);
                        inComment = true;
                        i = open + 4;
                    }
                }
            }
            String rest = kept.toString();
            if (!rest.isBlank()) {
                rest = PLACEHOLDER.matcher(rest).replaceAll("");
                if (!rest.isBlank() && !EMPTY_FIELD.matcher(rest).matches()) {
                    return true;
                }
            }
            start = end + 1;
        }
        return false;
    }
}
