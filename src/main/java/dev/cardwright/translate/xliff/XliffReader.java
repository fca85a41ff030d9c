package dev.cardwright.translate.xliff;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.Limits;

/**
 * Reads an XLIFF 2.0 document (core) into units and their segments, with where each unit starts.
 * Inside {@code <source>}/{@code <target>} it keeps text, the text of {@code <mrk>} and
 * {@code <pc>} (markup a tool may add around text), {@code <cp>} characters, and drops the empty
 * markers {@code <sm>}/{@code <em>}; {@code <ph>}, {@code <sc>} and {@code <ec>} stand for data kept
 * elsewhere in the file, which Cardwright never writes, so they are refused rather than guessed.
 * Elements of other namespaces (XLIFF modules, a tool's extensions) are skipped. No DTD and no
 * external entity is read.
 */
public final class XliffReader {
    /** A segment or an ignorable: its source and target ({@code null} when it has none). */
    public record Part(String id, boolean segment, XliffState state, String source, String target, int line, int column) {
    }

    /** A unit: its {@code id}, {@code name} (null when absent) and parts, in order. */
    public record Unit(String id, String name, List<Part> parts, int line, int column) {
        /** The section the unit stands for: its name, else its id. */
        public String sectionId() {
            return name != null ? name : id;
        }
    }

    public record Document(String file, String sourceLanguage, String targetLanguage, List<Unit> units, int line, int column) {
    }

    private final String file;
    private XMLStreamReader x;

    private XliffReader(String file) {
        this.file = file;
    }

    public static Document read(Path path) throws CardFormatException {
        return read(Limits.readFile(path), path.toString());
    }

    public static Document read(byte[] bytes, String file) throws CardFormatException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        XliffReader r = new XliffReader(file);
        try {
            r.x = f.createXMLStreamReader(new ByteArrayInputStream(bytes));
            return r.document();
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String message = e.getMessage() == null ? "" : e.getMessage();
            int cut = message.indexOf("Message: ");
            throw new CardFormatException(file, at == null ? 1 : at.getLineNumber(), at == null ? 1 : at.getColumnNumber(),
                    "not well-formed XML: " + (cut >= 0 ? message.substring(cut + 9) : message).strip(), e);
        }
    }

    private Document document() throws XMLStreamException, CardFormatException {
        x.nextTag();
        int line = x.getLocation().getLineNumber();
        int column = x.getLocation().getColumnNumber();
        if (!"xliff".equals(x.getLocalName()) || !XliffWriter.NAMESPACE.equals(x.getNamespaceURI())) {
            throw error("not an XLIFF 2.0 file: the root element is <" + x.getLocalName() + "> in namespace '"
                    + x.getNamespaceURI() + "', not <xliff> in " + XliffWriter.NAMESPACE);
        }
        String version = x.getAttributeValue(null, "version");
        if (version == null || !version.startsWith("2.")) {
            throw error("not an XLIFF 2 file: version is " + (version == null ? "missing" : "'" + version + "'")
                    + " (XLIFF 1.2 is not read; save the file as XLIFF 2.0)");
        }
        String src = x.getAttributeValue(null, "srcLang");
        String trg = x.getAttributeValue(null, "trgLang");
        if (trg == null || trg.isBlank()) {
            throw error("the <xliff> element has no trgLang: the file does not say which language it translates into");
        }
        List<Unit> units = new ArrayList<>();
        while (next() == XMLStreamConstants.START_ELEMENT) {
            if (isXliff("file")) {
                file(units);
            } else {
                skip();
            }
        }
        return new Document(file, src, trg, units, line, column);
    }

    private void file(List<Unit> units) throws XMLStreamException, CardFormatException {
        while (next() == XMLStreamConstants.START_ELEMENT) {
            if (isXliff("unit")) {
                units.add(unit());
            } else if (isXliff("group")) {
                file(units); // groups nest units; their own attributes say nothing Cardwright needs
            } else {
                skip();
            }
        }
    }

    private Unit unit() throws XMLStreamException, CardFormatException {
        int line = x.getLocation().getLineNumber();
        int column = x.getLocation().getColumnNumber();
        String id = x.getAttributeValue(null, "id");
        String name = x.getAttributeValue(null, "name");
        List<Part> parts = new ArrayList<>();
        while (next() == XMLStreamConstants.START_ELEMENT) {
            if (isXliff("segment") || isXliff("ignorable")) {
                parts.add(part());
            } else {
                skip();
            }
        }
        return new Unit(id, name, parts, line, column);
    }

    private Part part() throws XMLStreamException, CardFormatException {
        boolean segment = isXliff("segment");
        int line = x.getLocation().getLineNumber();
        int column = x.getLocation().getColumnNumber();
        String id = x.getAttributeValue(null, "id");
        XliffState state = XliffState.INITIAL; // the specification's default
        String stateName = segment ? x.getAttributeValue(null, "state") : null;
        if (stateName != null) {
            state = XliffState.parse(stateName);
            if (state == null) {
                throw error("segment state '" + stateName + "' is not one of initial, translated, reviewed, final");
            }
        }
        String source = null;
        String target = null;
        while (next() == XMLStreamConstants.START_ELEMENT) {
            if (isXliff("source")) {
                source = inline();
            } else if (isXliff("target")) {
                target = inline();
            } else {
                skip();
            }
        }
        if (source == null) {
            throw new CardFormatException(file, line, column, "a " + (segment ? "segment" : "ignorable") + " without <source>");
        }
        return new Part(id, segment, state, source, target, line, column);
    }

    /** The text of a source or target; the reader ends on its end tag. */
    private String inline() throws XMLStreamException, CardFormatException {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        while (true) {
            int event = x.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(x.getText());
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw error("entity '&" + x.getLocalName() + ";' is not defined (XLIFF files use no DTD)");
                case XMLStreamConstants.START_ELEMENT -> {
                    String n = x.getLocalName();
                    if (!XliffWriter.NAMESPACE.equals(x.getNamespaceURI())) {
                        skip();
                    } else if (n.equals("cp")) {
                        text.appendCodePoint(codePoint(x.getAttributeValue(null, "hex")));
                        skip();
                    } else if (n.equals("sm") || n.equals("em")) {
                        skip();
                    } else if (n.equals("mrk") || n.equals("pc")) {
                        depth++;
                    } else {
                        throw error("inline element <" + n + "> stands for data elsewhere in the file, which Cardwright "
                                + "does not read; protected text is written as <mrk translate=\"no\"> and must stay text");
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == 0) {
                        return text.toString();
                    }
                    depth--;
                }
                default -> {
                    // comments and processing instructions are not text
                }
            }
        }
    }

    private int codePoint(String hex) throws CardFormatException {
        try {
            int cp = Integer.parseInt(hex == null ? "" : hex, 16);
            if (Character.isValidCodePoint(cp)) {
                return cp;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error("<cp hex=\"" + hex + "\"> is not a Unicode code point");
    }

    /** The next start or end tag, skipping text between structural elements. */
    private int next() throws XMLStreamException {
        return x.nextTag();
    }

    private boolean isXliff(String local) {
        return local.equals(x.getLocalName()) && XliffWriter.NAMESPACE.equals(x.getNamespaceURI());
    }

    /** Skips the current element with everything in it. */
    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private CardFormatException error(String message) {
        Location at = x.getLocation();
        return new CardFormatException(file, at.getLineNumber(), at.getColumnNumber(), message);
    }
}
