package dev.cardwright.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.template.SchemaSectionFinder;
import dev.cardwright.yaml.CardMetadata;
import dev.cardwright.yaml.MetadataEditException;

/**
 * Fills a card's Citation section from pasted BibTeX: the {@code **BibTeX:**} block (a fenced
 * {@code bibtex} code block) and the {@code **APA:**} block, as the Hub's template lays them out,
 * and an {@code arxiv:ID} tag for an arXiv paper (the Hub links such tags to the paper's page).
 */
public final class CitationSection {
    public static final String SECTION_ID = "citation";
    /** A label line as the template writes it, in English or Chinese, with a half- or full-width colon. */
    private static final Pattern BIBTEX_LABEL = Pattern.compile("(?m)^\\*\\*(BibTeX)[:：]\\*\\*[ \\t]*$");
    private static final Pattern APA_LABEL = Pattern.compile("(?m)^\\*\\*(APA)[:：]\\*\\*[ \\t]*$");

    /** What was written: the APA reference and the arXiv tag added (empty when none or already there). */
    public record Filled(BibtexEntry entry, String apa, Optional<String> arxivTag) {
    }

    private CitationSection() {
    }

    /** The APA reference of each entry of the text, one per line. */
    public static String apa(String bibtex) throws BibtexEntry.Invalid {
        List<String> lines = new ArrayList<>();
        for (BibtexEntry e : BibtexEntry.parseAll(bibtex)) {
            lines.add(ApaCitation.format(e));
        }
        return String.join("\n\n", lines);
    }

    public static Filled apply(Card card, String bibtex) throws BibtexEntry.Invalid, MetadataEditException {
        List<BibtexEntry> entries = BibtexEntry.parseAll(bibtex);
        if (entries.isEmpty()) {
            throw new BibtexEntry.Invalid(1, 1, "no entry (an entry starts with @type{key,)");
        }
        String apa = apa(bibtex);
        Section section = SchemaSectionFinder.findOrAdd(card, SECTION_ID);
        section.setText(fill(section.getText(), bibtex.strip(), apa));

        Optional<String> tag = ApaCitation.arxivId(entries.get(0)).map(id -> "arxiv:" + id);
        if (tag.isPresent()) {
            Object tags = CardMetadata.read(card).get("tags");
            List<Object> list = new ArrayList<>();
            if (tags instanceof List<?> l) {
                list.addAll(l);
            } else if (tags != null) {
                list.add(tags);
            }
            if (list.contains(tag.get())) {
                tag = Optional.empty();
            } else {
                list.add(tag.get());
                CardMetadata.set(card, "tags", list);
            }
        }
        return new Filled(entries.get(0), apa, tag);
    }

    /** The section text with both blocks replaced (or added after the text when the labels are missing). */
    static String fill(String text, String bibtex, String apa) {
        String bibBlock = "\n```bibtex\n" + bibtex + "\n```\n\n";
        String apaBlock = "\n" + apa + "\n\n";
        Matcher bib = BIBTEX_LABEL.matcher(text);
        Matcher ap = APA_LABEL.matcher(text);
        if (bib.find() && ap.find() && ap.start() > bib.end()) {
            int apaEnd = nextLabelOrEnd(text, ap.end());
            return text.substring(0, bib.end()) + "\n" + bibBlock + text.substring(ap.start(), ap.end()) + "\n" + apaBlock
                    + text.substring(apaEnd);
        }
        String base = text.stripTrailing();
        return (base.isEmpty() ? "\n" : base + "\n\n") + "**BibTeX:**\n" + bibBlock + "**APA:**\n" + apaBlock;
    }

    /** Where the APA block ends: at the next bold label line, or the end of the section's text. */
    private static int nextLabelOrEnd(String text, int from) {
        Matcher m = Pattern.compile("(?m)^\\*\\*[^*\\n]+[:：]\\*\\*").matcher(text);
        return m.find(from) ? m.start() : text.length();
    }
}
