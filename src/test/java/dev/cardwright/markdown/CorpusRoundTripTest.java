package dev.cardwright.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.json.JsonReadFeature;

import dev.cardwright.card.Card;
import dev.cardwright.card.LineEnding;
import dev.cardwright.card.Section;
import dev.cardwright.testing.SharedCorpus;
import dev.cardwright.yaml.CardSourceFile;

/** Every real card of the shared corpus must come back byte for byte, through both file kinds. */
class CorpusRoundTripTest {

    private static final JsonMapper PEER_JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    static Stream<?> cards() {
        return SharedCorpus.cards();
    }

    /** The cards that huggingface_hub could read (the others' peer reading holds only its error). */
    static Stream<?> cardsReadByHuggingfaceHub() {
        return SharedCorpus.cards(file -> peerBodyOffset(file) >= 0, 200);
    }

    /** Where huggingface_hub says the body of {@code card} starts, in code points; -1 when it could not read it. */
    private static int peerBodyOffset(Path card) {
        Path peer = SharedCorpus.PEER.resolve(card.getFileName() + ".json");
        if (!Files.isRegularFile(peer)) {
            return -1;
        }
        try {
            JsonNode offset = PEER_JSON.readTree(peer.toFile()).get("body_offset_chars");
            return offset != null && offset.isInt() ? offset.asInt() : -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("cards")
    void readmeComesBackByteForByte(Path file) throws Exception {
        SharedCorpus.assumePresent(file);
        byte[] bytes = Files.readAllBytes(file);
        Card card = ReadmeReader.read(bytes, file.toString());
        assertThat(ReadmeWriter.toBytes(card)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @MethodSource("cards")
    void cardSourceTextComesBackToTheSameReadme(Path file) throws Exception {
        SharedCorpus.assumePresent(file);
        byte[] bytes = Files.readAllBytes(file);
        String source = CardSourceFile.toYaml(ReadmeReader.read(bytes, file.toString()));
        Card again = CardSourceFile.parse(source, "card.yaml");
        assertThat(ReadmeWriter.toBytes(again)).isEqualTo(bytes);
        // Writing the parsed card source again gives the same text: the format is stable.
        assertThat(CardSourceFile.toYaml(again)).isEqualTo(source);
    }

    @ParameterizedTest
    @MethodSource("cards")
    void piecesConcatenateToTheText(Path file) throws Exception {
        SharedCorpus.assumePresent(file);
        Card card = ReadmeReader.read(file);
        String text = DecodedText.decode(Files.readAllBytes(file), file.toString()).text();
        StringBuilder joined = new StringBuilder(card.originalPrefix().raw());
        if (card.getFrontMatter() != null) {
            joined.append(card.getFrontMatter().originalOpening().raw())
                    .append(card.getFrontMatter().originalYaml().raw())
                    .append(card.getFrontMatter().originalClosing().raw());
        }
        joined.append(card.originalPreamble().raw());
        card.allSections().forEach(s -> joined.append(s.originalHeading().raw()).append(s.originalText().raw()));
        assertThat(joined.toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @MethodSource("cards")
    void sectionsStartAtTheTopLevelHeadingsOfFlexmarkAndNeverInsideCode(Path file) throws Exception {
        SharedCorpus.assumePresent(file);
        Card card = ReadmeReader.read(file);
        List<Section> sections = card.allSections().toList();
        String body = card.originalPreamble().raw()
                + sections.stream().map(s -> s.originalHeading().raw() + s.originalText().raw()).collect(Collectors.joining());
        List<Integer> headingLines = new ArrayList<>();
        List<int[]> opaqueBlocks = new ArrayList<>();
        List<Integer> setextLines = new ArrayList<>();
        for (Node n = SectionParser.parseMarkdown(body).getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                headingLines.add(lineStart(body, h.getStartOffset()));
                if (h.isSetextHeading()) {
                    setextLines.add(lineStart(body, h.getStartOffset()));
                }
            } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock || n instanceof HtmlBlock) {
                opaqueBlocks.add(new int[] {n.getStartOffset(), n.getEndOffset()});
            }
        }
        List<Integer> sectionStarts = new ArrayList<>();
        int offset = card.originalPreamble().raw().length();
        for (Section s : sections) {
            sectionStarts.add(offset);
            offset += s.originalHeading().raw().length() + s.originalText().raw().length();
            // The heading piece alone is one heading of the same level.
            Node alone = SectionParser.parseMarkdown(s.getHeading()).getFirstChild();
            assertThat(alone).as("heading piece of %s", s).isInstanceOf(Heading.class);
            assertThat(((Heading) alone).getLevel()).isEqualTo(s.getLevel());
        }
        // Every section starts at a top-level heading of flexmark's; the only ones left out are
        // setext headings that GFM reads as a table followed by a rule.
        assertThat(headingLines).containsAll(sectionStarts);
        List<Integer> leftOut = new ArrayList<>(headingLines);
        leftOut.removeAll(sectionStarts);
        assertThat(setextLines).containsAll(leftOut);
        for (int start : sectionStarts) {
            assertThat(opaqueBlocks).noneMatch(b -> start >= b[0] && start < b[1]);
        }
    }

    @ParameterizedTest
    @MethodSource("cardsReadByHuggingfaceHub")
    void bodyStartsWhereHuggingfaceHubSaysItDoes(Path file) throws Exception {
        SharedCorpus.assumePresent(file);
        Card card = ReadmeReader.read(file);
        String head = card.originalPrefix().raw() + (card.getFrontMatter() == null ? "" : card.getFrontMatter().write(LineEnding.LF));
        // Python counts code points, Java UTF-16 units.
        assertThat(head.codePointCount(0, head.length())).isEqualTo(peerBodyOffset(file));
    }

    private static int lineStart(String text, int offset) {
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }
}
