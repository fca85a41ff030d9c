package dev.cardwright.translate.xliff;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.Translation;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.translate.SourceLanguage;

/**
 * Writes one translation of a card as an XLIFF 2.0 document (OASIS XLIFF Version 2.0, core only):
 * one {@code <unit>} per section (the preamble first), named by the section id; its first segment
 * ({@code id="h"}) is the heading line, the others the lines and sentences of the text
 * ({@link Segments}). Each section's status becomes every one of its segments' {@code state}
 * ({@link XliffState}).
 *
 * <p>What must not be translated (code, BibTeX, URLs, model and license ids) is wrapped in
 * {@code <mrk translate="no">}: the text stays visible and editable to the translator, who sees it
 * is protected, and nothing needs to be looked up elsewhere when the file comes back.
 *
 * <p>Targets are cut the same way as the source where that pairs up (same number of lines, and of
 * sentences in a line); where it does not, a line, or the whole text, is one segment. Either way
 * the targets of a unit, joined, are the section's translation exactly: that is the rule
 * {@link XliffReader} reads back.
 */
public final class XliffWriter {
    public static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    static final String HEADING_SEGMENT = "h";
    private static final Pattern NMTOKEN = Pattern.compile("[\\p{L}\\p{N}._:-]+");

    private XliffWriter() {
    }

    /** The file name for a language: {@code NAME.zh.xlf} for the card source {@code NAME.card.yaml}. */
    public static String fileName(String cardSourceName, String language) {
        String stem = cardSourceName.endsWith(".card.yaml")
                ? cardSourceName.substring(0, cardSourceName.length() - ".card.yaml".length())
                : cardSourceName.replaceFirst("\\.[^.]*$", "");
        return stem + "." + language + ".xlf";
    }

    /** The XLIFF document of {@code translation} of {@code card}; {@code original} names the card source. */
    public static String write(Card card, Translation translation, String original) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.setDefaultNamespace(NAMESPACE);
            x.writeStartElement(NAMESPACE, "xliff");
            x.writeDefaultNamespace(NAMESPACE);
            x.writeAttribute("version", "2.0");
            x.writeAttribute("srcLang", SourceLanguage.of(card));
            x.writeAttribute("trgLang", translation.getLanguage());
            x.writeCharacters("\n ");
            x.writeStartElement(NAMESPACE, "file");
            x.writeAttribute("id", "f1");
            x.writeAttribute("original", original);
            // line breaks and indentation are Markdown: a tool must not fold them
            x.writeAttribute("xml", XML_NS, "space", "preserve");
            int index = 0;
            if (!card.getPreamble().isEmpty() || translation.getSections().containsKey(Translation.PREAMBLE_ID)) {
                unit(x, ++index, Translation.PREAMBLE_ID, null, card.getPreamble(),
                        translation.getSections().get(Translation.PREAMBLE_ID));
            }
            for (Section s : card.allSections().toList()) {
                unit(x, ++index, s.getId(), s.getHeading(), s.getText(), translation.getSections().get(s.getId()));
            }
            x.writeCharacters("\n ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XLIFF to a string cannot fail: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private record Slot(String source, int sourceStart, String target, int targetStart) {
    }

    private static void unit(XMLStreamWriter x, int index, String id, String heading, String text, TranslatedSection ts)
            throws XMLStreamException {
        boolean translated = ts != null && (!ts.getHeading().isEmpty() || !ts.getText().isEmpty());
        TranslationStatus status = ts == null ? TranslationStatus.UNTRANSLATED : ts.getStatus();
        x.writeCharacters("\n  ");
        x.writeStartElement(NAMESPACE, "unit");
        // the section id is the unit's id when XML allows it; name always carries it
        x.writeAttribute("id", NMTOKEN.matcher(id).matches() ? id : "u" + index);
        x.writeAttribute("name", id);
        Marks marks = new Marks();
        if (heading != null) {
            segment(x, HEADING_SEGMENT, status, heading, List.of(), translated ? ts.getHeading() : null, List.of(), marks);
        }
        String target = translated ? ts.getText() : null;
        List<Segments.Span> sourceSpans = Segments.protectedSpans(text);
        List<Segments.Span> targetSpans = target == null ? List.of() : Segments.protectedSpans(target);
        int n = 0;
        for (Slot slot : slots(text, target)) {
            segment(x, Integer.toString(++n), status,
                    slot.source(), shift(sourceSpans, slot.sourceStart(), slot.source().length()),
                    slot.target(), slot.target() == null ? List.of() : shift(targetSpans, slot.targetStart(), slot.target().length()),
                    marks);
        }
        x.writeCharacters("\n  ");
        x.writeEndElement();
    }

    /** How the source and target texts are cut into segments (see the class comment). */
    private static List<Slot> slots(String source, String target) {
        List<Slot> slots = new ArrayList<>();
        if (target == null) {
            for (Segments.Piece p : Segments.of(source)) {
                slots.add(new Slot(p.text(), p.start(), null, 0));
            }
            return slots;
        }
        List<List<Segments.Piece>> s = Segments.lines(source);
        List<List<Segments.Piece>> t = Segments.lines(target);
        if (s.size() != t.size()) {
            if (!source.isEmpty() || !target.isEmpty()) {
                slots.add(new Slot(source, 0, target, 0));
            }
            return slots;
        }
        for (int i = 0; i < s.size(); i++) {
            List<Segments.Piece> sl = s.get(i);
            List<Segments.Piece> tl = t.get(i);
            if (sl.size() == tl.size()) {
                for (int j = 0; j < sl.size(); j++) {
                    slots.add(new Slot(sl.get(j).text(), sl.get(j).start(), tl.get(j).text(), tl.get(j).start()));
                }
            } else {
                slots.add(new Slot(join(sl), sl.get(0).start(), join(tl), tl.get(0).start()));
            }
        }
        return slots;
    }

    private static String join(List<Segments.Piece> pieces) {
        StringBuilder b = new StringBuilder();
        pieces.forEach(p -> b.append(p.text()));
        return b.toString();
    }

    /** The spans inside {@code [start, start+length)}, relative to {@code start}. */
    private static List<Segments.Span> shift(List<Segments.Span> spans, int start, int length) {
        List<Segments.Span> out = new ArrayList<>();
        for (Segments.Span s : spans) {
            if (s.start() >= start && s.end() <= start + length) {
                out.add(new Segments.Span(s.start() - start, s.end() - start));
            }
        }
        return out;
    }

    /** Mark ids, unique in a unit; a target's mark takes the id of the same text's mark in its source. */
    private static final class Marks {
        private int source;
        private int target;
        private Map<String, List<String>> open = new HashMap<>();

        String sourceId(String text) {
            String id = "m" + ++source;
            open.computeIfAbsent(text, k -> new ArrayList<>()).add(id);
            return id;
        }

        String targetId(String text) {
            List<String> ids = open.get(text);
            return ids == null || ids.isEmpty() ? "t" + ++target : ids.remove(0);
        }

        void nextSegment() {
            open = new HashMap<>();
        }
    }

    private static void segment(XMLStreamWriter x, String id, TranslationStatus status, String source,
            List<Segments.Span> sourceSpans, String target, List<Segments.Span> targetSpans, Marks marks)
            throws XMLStreamException {
        x.writeCharacters("\n   ");
        x.writeStartElement(NAMESPACE, "segment");
        x.writeAttribute("id", id);
        x.writeAttribute("state", XliffState.of(status).id());
        if (status == TranslationStatus.NEEDS_REVIEW) {
            x.writeAttribute("subState", XliffState.NEEDS_REVIEW);
        }
        marks.nextSegment();
        x.writeCharacters("\n    ");
        x.writeStartElement(NAMESPACE, "source");
        content(x, source, sourceSpans, marks, true);
        x.writeEndElement();
        if (target != null) {
            x.writeCharacters("\n    ");
            x.writeStartElement(NAMESPACE, "target");
            content(x, target, targetSpans, marks, false);
            x.writeEndElement();
        }
        x.writeCharacters("\n   ");
        x.writeEndElement();
    }

    private static void content(XMLStreamWriter x, String text, List<Segments.Span> spans, Marks marks, boolean source)
            throws XMLStreamException {
        int at = 0;
        for (Segments.Span s : spans) {
            characters(x, text.substring(at, s.start()));
            String inner = text.substring(s.start(), s.end());
            x.writeStartElement(NAMESPACE, "mrk");
            x.writeAttribute("id", source ? marks.sourceId(inner) : marks.targetId(inner));
            x.writeAttribute("translate", "no");
            characters(x, inner);
            x.writeEndElement();
            at = s.end();
        }
        characters(x, text.substring(at));
    }

    /**
     * Text as XML keeps it: a CR is written as a character reference (a parser would turn a
     * literal one into LF), and a character XML 1.0 cannot hold at all becomes XLIFF's
     * {@code <cp hex="…"/>}.
     */
    private static void characters(XMLStreamWriter x, String text) throws XMLStreamException {
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            boolean cr = cp == '\r';
            if (cr || !allowedInXml(cp)) {
                x.writeCharacters(text.substring(run, i));
                if (cr) {
                    x.writeEntityRef("#13");
                } else {
                    x.writeEmptyElement(NAMESPACE, "cp");
                    x.writeAttribute("hex", String.format("%04X", cp));
                }
                run = i + len;
            }
            i += len;
        }
        x.writeCharacters(text.substring(run));
    }

    static boolean allowedInXml(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
