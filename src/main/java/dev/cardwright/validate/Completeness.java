package dev.cardwright.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.cardwright.validate.SectionSchema.Entry;

/**
 * How much of a card is filled in, by the section schema: each schema section scores 1 when it
 * has real content, 0 when it is missing or holds only template leftovers (guidance comments,
 * placeholders, field labels without values); the card's score is the mean weighted by
 * requirement (required 3, recommended 2, optional 1).
 *
 * @param score    0.0 – 1.0
 * @param sections one score per schema section, in schema order
 */
public record Completeness(double score, List<SectionScore> sections) {
    /**
     * @param line 1-based line of the section's heading in the file, 0 when the section is missing
     */
    public record SectionScore(String id, String heading, SectionSchema.Requirement requirement, boolean present,
            double score, int line) {
    }

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)\\[more information needed]|\\{\\{[^}]*}}");
    /** A template field line with no value: {@code - **Developed by:**}. */
    private static final Pattern EMPTY_FIELD = Pattern.compile("(?m)^\\s*(?:[-*+]\\s*)?\\*\\*[^*\\n]+\\*\\*:?\\s*:?\\s*$");

    static Completeness of(CardText card, String cardType, SectionSchema schema) {
        Map<String, CardText.SectionText> found = new LinkedHashMap<>();
        card.sections().stream().flatMap(CardText.SectionText::flatten)
                .forEach(s -> schema.match(cardType, s).ifPresent(e -> found.putIfAbsent(e.id(), s)));
        List<SectionScore> scores = new ArrayList<>();
        double total = 0;
        double filled = 0;
        for (Entry e : schema.entries(cardType)) {
            CardText.SectionText s = found.get(e.id());
            double score = s != null && hasContent(s.content()) ? 1.0 : 0.0;
            scores.add(new SectionScore(e.id(), e.heading(), e.requirement(), s != null, score, s == null ? 0 : s.block().line()));
            total += e.requirement().weight();
            filled += score * e.requirement().weight();
        }
        return new Completeness(total == 0 ? 1.0 : filled / total, List.copyOf(scores));
    }

    /** Whether text says something beyond what the template left. */
    static boolean hasContent(String text) {
        String t = COMMENT.matcher(text).replaceAll("");
        t = PLACEHOLDER.matcher(t).replaceAll("");
        t = EMPTY_FIELD.matcher(t).replaceAll("");
        return !t.isBlank();
    }
}
