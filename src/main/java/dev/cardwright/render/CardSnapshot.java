package dev.cardwright.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;

/**
 * The text of a card at one moment, copied out of the observable model so that rendering can run
 * on another thread while the user keeps typing. Taken on the thread that owns the model.
 *
 * @param metadataYaml the front matter's YAML text, or {@code null} when the card has none
 * @param parts        the preamble first (id {@link #PREAMBLE_ID}), then every section depth first
 */
public record CardSnapshot(String metadataYaml, List<Part> parts, List<EvalPanel.Row> evalResults) {
    /** The id the preview uses for the text before the first heading. */
    public static final String PREAMBLE_ID = "_preamble";

    /** One patchable piece of the body: its id, its heading title, and its Markdown (heading line included). */
    public record Part(String id, String title, int level, String markdown) {
    }

    /**
     * Link reference definitions ({@code [name]: url}) may sit in one section and be used in
     * another (often all at the end of the card); a part rendered alone must still see them.
     */
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("(?m)^ {0,3}\\[(?!\\^)[^\\]\n]+\\]:[ \t]*\\S.*$");

    public CardSnapshot {
        parts = List.copyOf(parts);
        evalResults = List.copyOf(evalResults);
    }

    /** A snapshot without evaluation results. */
    public CardSnapshot(String metadataYaml, List<Part> parts) {
        this(metadataYaml, parts, List.of());
    }

    /** Every link reference definition of the card, one a line, to append to a part rendered alone. */
    public String referenceDefinitions() {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            Matcher m = REFERENCE_DEFINITION.matcher(part.markdown());
            while (m.find()) {
                out.append(m.group()).append('\n');
            }
        }
        return out.toString();
    }

    public static CardSnapshot of(Card card) {
        return new CardSnapshot(metadataOf(card), partsOf(card), EvalPanel.rows(card));
    }

    /**
     * The texts only, without the evaluation rows: those mean parsing the front matter (a card
     * may carry ten thousand rows), which the caller does elsewhere, from a copy of the texts.
     */
    public static CardSnapshot textsOf(Card card) {
        return new CardSnapshot(metadataOf(card), partsOf(card), List.of());
    }

    /** The same texts with the evaluation panel's rows. */
    public CardSnapshot withEvalResults(List<EvalPanel.Row> rows) {
        return new CardSnapshot(metadataYaml, parts, rows);
    }

    private static List<Part> partsOf(Card card) {
        List<Part> parts = new ArrayList<>();
        parts.add(preamble(card));
        card.allSections().forEach(s -> parts.add(part(s)));
        return parts;
    }

    public static Part preamble(Card card) {
        return new Part(PREAMBLE_ID, "", 0, card.getPreamble());
    }

    /** A section's own Markdown: its heading and its text, without its subsections (they are parts of their own). */
    public static Part part(Section section) {
        return new Part(section.getId(), section.getTitle(), section.getLevel(), section.getHeading() + section.getText());
    }

    public static String metadataOf(Card card) {
        return card.getFrontMatter() == null ? null : card.getFrontMatter().getYaml();
    }
}
