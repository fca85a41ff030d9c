package dev.cardwright.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.cardwright.card.Card;
import dev.cardwright.card.FrontMatter;
import dev.cardwright.card.Section;
import dev.cardwright.card.TextEncoding;

/**
 * What the validator reads: the card's pieces, each placed in the file the user has, so that
 * every diagnostic points there. Built from a {@link Card} read from a README (pieces follow
 * each other) or from a card source file (pieces are literal blocks at their own lines).
 *
 * @param file        the name shown in diagnostics
 * @param directory   where relative links are resolved (null: do not check links)
 * @param encoding    the file's encoding, or null when not known
 * @param frontMatter the YAML between the fences, or null when the card has none
 * @param preamble    the body before the first heading
 * @param sections    the section tree
 */
public record CardText(String file, Path directory, TextEncoding encoding, TextBlock frontMatter,
        TextBlock preamble, List<SectionText> sections) {

    /**
     * One section: where its heading is, its own text (after the heading, up to the first
     * subsection) and its subsections.
     */
    public record SectionText(String id, String title, int level, int headingLine, TextBlock block, List<SectionText> children) {
        /** This section's text and that of all its subsections, without the headings. */
        public String content() {
            StringBuilder out = new StringBuilder();
            appendContent(out);
            return out.toString();
        }

        private void appendContent(StringBuilder out) {
            out.append(block.text());
            children.forEach(c -> c.appendContent(out));
        }

        /** This section and its descendants, depth first. */
        public java.util.stream.Stream<SectionText> flatten() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(this), children.stream().flatMap(SectionText::flatten));
        }
    }

    /** Every piece of body text, in file order. */
    public List<TextBlock> bodyBlocks() {
        List<TextBlock> out = new ArrayList<>();
        out.add(preamble);
        sections.forEach(s -> s.flatten().forEach(t -> out.add(t.block())));
        return out;
    }

    /** The pieces of a card read from a README: lines counted through prefix, front matter and body in order. */
    public static CardText ofReadme(Card card, String file, Path directory) {
        int line = 1 + newlines(card.getPrefix());
        TextBlock fm = null;
        FrontMatter front = card.getFrontMatter();
        if (front != null) {
            line += newlines(front.getOpening());
            fm = new TextBlock(front.getYaml(), line, 0);
            line += newlines(front.getYaml()) + newlines(front.getClosing());
        }
        TextBlock preamble = new TextBlock(card.getPreamble(), line, 0);
        line += newlines(card.getPreamble());
        List<SectionText> sections = new ArrayList<>();
        int[] cursor = {line};
        for (Section s : card.getSections()) {
            sections.add(place(s, cursor));
        }
        return new CardText(file, directory, card.getFormat().encoding(), fm, preamble, sections);
    }

    private static SectionText place(Section s, int[] cursor) {
        int headingLine = cursor[0];
        cursor[0] += newlines(s.getHeading());
        TextBlock block = new TextBlock(s.getText(), cursor[0], 0);
        cursor[0] += newlines(s.getText());
        List<SectionText> children = new ArrayList<>();
        for (Section c : s.getChildren()) {
            children.add(place(c, cursor));
        }
        return new SectionText(s.getId(), s.getTitle(), s.getLevel(), headingLine, block, children);
    }

    static int newlines(String s) {
        if (s == null) {
            return 0;
        }
        int n = 0;
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
            n++;
        }
        return n;
    }
}
