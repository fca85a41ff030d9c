package dev.cardwright.translate.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.Translation;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.testing.Shared;
import dev.cardwright.translate.TranslationImporter;
import dev.cardwright.translate.TranslationTracker;
import dev.cardwright.yaml.CardSourceFile;

class XliffRoundTripTest {

    static Stream<String> pairs() throws Exception {
        Path tsv = Shared.assumeFile("corpus/PAIRS.tsv");
        return Files.readAllLines(tsv).stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t")[0]);
    }

    /** The pair imported as {@code import README_en.md --translation zh=README.md} makes it. */
    static Card pairCard(String id) throws Exception {
        Path corpus = Shared.assumeFile("corpus/PAIRS.tsv").getParent();
        String[] row = Files.readAllLines(corpus.resolve("PAIRS.tsv")).stream()
                .filter(l -> l.startsWith(id + "\t")).findFirst().orElseThrow().split("\t");
        Card card = ReadmeReader.read(corpus.resolve(row[1]));
        TranslationImporter.importFiles(card, "en", Map.of("zh", corpus.resolve(row[2])));
        return card;
    }

    private static XliffReader.Document reread(String xml) throws CardFormatException {
        return XliffReader.read(xml.getBytes(StandardCharsets.UTF_8), "card.zh.xlf");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void aRoundTripThroughXliffChangesNothing(String id) throws Exception {
        Card card = pairCard(id);
        // statuses of every kind, so the mapping is exercised both ways
        Translation zh = card.findTranslation("zh").orElseThrow();
        TranslationTracker tracker = new TranslationTracker(card);
        int i = 0;
        for (String sid : zh.getSections().keySet().stream().toList()) {
            switch (i++ % 3) {
                case 0 -> tracker.confirm("zh", sid);
                case 1 -> tracker.approve("zh", sid);
                default -> { }
            }
        }
        String before = CardSourceFile.toYaml(card);

        long start = System.nanoTime();
        String xml = XliffWriter.write(card, zh, id + ".card.yaml");
        long written = System.nanoTime();
        Card again = CardSourceFile.parse(before, id + ".card.yaml");
        long parsed = System.nanoTime();
        XliffImport.Result r = XliffImport.apply(again, reread(xml));
        // figures to watch, not limits
        System.out.printf(java.util.Locale.ROOT, "xliff %s: %d KB, %d segments, written in %.1f ms, read and applied in %.1f ms%n",
                id, xml.length() / 1024, xml.split("<segment ").length - 1, (written - start) / 1e6, (System.nanoTime() - parsed) / 1e6);

        assertThat(r.problems()).isEmpty();
        assertThat(r.changed()).isZero();
        assertThat(CardSourceFile.toYaml(again)).isEqualTo(before);
        // one unit per section (and the preamble), and every unit's source is its section's
        XliffReader.Document doc = reread(xml);
        assertThat(doc.units()).hasSize((int) card.allSections().count() + (card.getPreamble().isEmpty() ? 0 : 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void protectedTextIsMarkedNotToTranslate(String id) throws Exception {
        Card card = pairCard(id);
        String xml = XliffWriter.write(card, card.findTranslation("zh").orElseThrow(), "c.card.yaml");
        Document dom = dom(xml);
        NodeList marks = dom.getElementsByTagNameNS(XliffWriter.NAMESPACE, "mrk");
        assertThat(marks.getLength()).isPositive();
        for (int k = 0; k < marks.getLength(); k++) {
            assertThat(((Element) marks.item(k)).getAttribute("translate")).isEqualTo("no");
        }
    }

    private static Card small() {
        String readme = "# Demo\n\nA demo. It runs `pip install demo` first.\n\n## Uses\n\nChat. See https://example.com/x.\n\n## Bias\n\nSome.\n";
        try {
            Card card = ReadmeReader.read(readme.getBytes(StandardCharsets.UTF_8), "README.md");
            TranslationTracker tracker = new TranslationTracker(card);
            tracker.record("zh", "demo", "# 演示\n", "\n一个演示。先运行 `pip install demo`。\n\n");
            tracker.record("zh", "uses", "## 用途\n", "\n聊天。见 https://example.com/x。\n\n");
            return card;
        } catch (CardFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void writesSegmentsStatesAndMarksAsXliff2() throws Exception {
        Card card = small();
        String xml = XliffWriter.write(card, card.findTranslation("zh").orElseThrow(), "demo.card.yaml");
        Document dom = dom(xml);
        Element root = dom.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("xliff");
        assertThat(root.getAttribute("version")).isEqualTo("2.0");
        assertThat(root.getAttribute("srcLang")).isEqualTo("en");
        assertThat(root.getAttribute("trgLang")).isEqualTo("zh");
        NodeList units = dom.getElementsByTagNameNS(XliffWriter.NAMESPACE, "unit");
        assertThat(units.getLength()).isEqualTo(3);
        Element demo = (Element) units.item(0);
        assertThat(demo.getAttribute("id")).isEqualTo("demo");
        NodeList segments = demo.getElementsByTagNameNS(XliffWriter.NAMESPACE, "segment");
        // the heading, then two sentences paired with two Chinese sentences
        assertThat(segments.getLength()).isEqualTo(3);
        assertThat(((Element) segments.item(0)).getAttribute("id")).isEqualTo("h");
        assertThat(((Element) segments.item(2)).getAttribute("state")).isEqualTo("translated");
        assertThat(segments.item(2).getTextContent()).contains("It runs `pip install demo` first.", "先运行 `pip install demo`。");
        Element bias = (Element) units.item(2);
        assertThat(bias.getElementsByTagNameNS(XliffWriter.NAMESPACE, "target").getLength()).isZero();
        assertThat(((Element) bias.getElementsByTagNameNS(XliffWriter.NAMESPACE, "segment").item(0)).getAttribute("state"))
                .isEqualTo("initial");
        assertThat(xml).contains("<mrk id=\"m1\" translate=\"no\">`pip install demo`</mrk>")
                .contains("<mrk id=\"m1\" translate=\"no\">`pip install demo`</mrk>。");
    }

    @Test
    void translatedTextComesBackTranslatedAndUnfinishedTextUnderReview() throws Exception {
        Card card = small();
        String xml = XliffWriter.write(card, card.findTranslation("zh").orElseThrow(), "demo.card.yaml");
        Document dom = dom(xml);
        Element bias = (Element) dom.getElementsByTagNameNS(XliffWriter.NAMESPACE, "unit").item(2);
        // what a CAT tool does: targets for the untranslated unit, marked translated
        NodeList segs = bias.getElementsByTagNameNS(XliffWriter.NAMESPACE, "segment");
        addTarget(dom, (Element) segs.item(0), "## 偏见\n");
        addTarget(dom, (Element) segs.item(1), "\n有一些。\n");
        for (int k = 0; k < segs.getLength(); k++) {
            ((Element) segs.item(k)).setAttribute("state", "translated");
        }
        // and a change left unfinished (state initial) in the Uses unit
        Element uses = (Element) dom.getElementsByTagNameNS(XliffWriter.NAMESPACE, "unit").item(1);
        Element useSeg = (Element) uses.getElementsByTagNameNS(XliffWriter.NAMESPACE, "segment").item(1);
        Element target = (Element) useSeg.getElementsByTagNameNS(XliffWriter.NAMESPACE, "target").item(0);
        target.getFirstChild().setTextContent("\n对话。");
        useSeg.setAttribute("state", "initial");

        XliffImport.Result r = XliffImport.apply(card, reread(serialize(dom)));
        assertThat(r.problems()).isEmpty();
        assertThat(r.changed()).isEqualTo(2);
        assertThat(r.kept()).isEqualTo(1);
        TranslatedSection b = card.findTranslation("zh").orElseThrow().getSections().get("bias");
        assertThat(b.getHeading()).isEqualTo("## 偏见\n");
        assertThat(b.getText()).isEqualTo("\n有一些。\n");
        assertThat(b.getStatus()).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(b.getSourceText()).isEqualTo("## Bias\n\nSome.\n");
        TranslatedSection u = card.findTranslation("zh").orElseThrow().getSections().get("uses");
        assertThat(u.getText()).isEqualTo("\n对话。见 https://example.com/x。\n\n");
        assertThat(u.getStatus()).isEqualTo(TranslationStatus.NEEDS_REVIEW);
    }

    @Test
    void refusesAFileWhoseSourceNoLongerMatchesTheCardAndChangesNothing() throws Exception {
        Card card = small();
        String xml = XliffWriter.write(card, card.findTranslation("zh").orElseThrow(), "demo.card.yaml");
        xml = xml.replace("\n有一些", "\n一些").replace("Chat. ", "Chat. ");
        Card edited = small();
        edited.findSection("uses").orElseThrow().setText("\nChat and code. See https://example.com/x.\n\n");
        edited.findTranslation("zh").orElseThrow().getSections().get("demo").setText("\n改过的。\n");
        String before = CardSourceFile.toYaml(edited);
        // the Demo unit has a new target too: it must not be applied while another unit is refused
        xml = xml.replace("一个演示。", "一个小演示。");

        XliffImport.Result r = XliffImport.apply(edited, reread(xml));
        assertThat(r.problems()).singleElement().asString()
                .matches("card\\.zh\\.xlf:\\d+:\\d+: unit 'uses': its source text no longer matches section 'uses' of the card.*");
        int line = Integer.parseInt(r.problems().get(0).split(":")[1]);
        assertThat(xml.lines().skip(line - 1).findFirst().orElseThrow()).contains("<unit id=\"uses\"");
        assertThat(CardSourceFile.toYaml(edited)).isEqualTo(before);
    }

    @Test
    void keepsCarriageReturnsAndCharactersXmlCannotHold() throws Exception {
        Card card = small();
        TranslationTracker tracker = new TranslationTracker(card);
        tracker.record("zh", "bias", "## 偏见\n", "\n一些\u0001控制\r字符 ]]> & <b>。\n");
        String before = CardSourceFile.toYaml(card);
        String xml = XliffWriter.write(card, card.findTranslation("zh").orElseThrow(), "demo.card.yaml");
        assertThat(xml).contains("<cp hex=\"0001\"/>").contains("&#13;");
        Card again = CardSourceFile.parse(before, "demo.card.yaml");
        assertThat(XliffImport.apply(again, reread(xml)).changed()).isZero();
        assertThat(CardSourceFile.toYaml(again)).isEqualTo(before);
    }

    @Test
    void refusesWhatIsNotXliff2WithItsPlace() {
        assertThat(refusal("<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"/>"))
                .startsWith("x.xlf:2:").contains("not an XLIFF 2.0 file");
        assertThat(refusal("<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" trgLang=\"zh\">\n<file id=\"f\">\n<unit id=\"u\">"))
                .startsWith("x.xlf:").contains("not well-formed XML");
        assertThat(refusal("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" trgLang=\"zh\"><file id=\"f\"><unit id=\"u\"><segment><source>&e;</source></segment></unit></file></xliff>"))
                .startsWith("x.xlf:1:");
    }

    private static String refusal(String xml) {
        try {
            XliffReader.read(xml.getBytes(StandardCharsets.UTF_8), "x.xlf");
            throw new AssertionError("read " + xml);
        } catch (CardFormatException e) {
            return e.located();
        }
    }

    private static void addTarget(Document dom, Element segment, String text) {
        Element t = dom.createElementNS(XliffWriter.NAMESPACE, "target");
        t.setTextContent(text);
        segment.appendChild(t);
    }

    private static Document dom(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String serialize(Document dom) throws Exception {
        StringWriter w = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(dom), new StreamResult(w));
        return w.toString();
    }
}
