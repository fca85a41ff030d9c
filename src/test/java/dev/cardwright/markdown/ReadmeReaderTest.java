package dev.cardwright.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.LineEnding;
import dev.cardwright.card.Section;
import dev.cardwright.card.TextEncoding;

class ReadmeReaderTest {

    private static Card read(String text) throws CardFormatException {
        return ReadmeReader.read(text.getBytes(StandardCharsets.UTF_8), "README.md");
    }

    private static byte[] roundTrip(byte[] bytes) throws CardFormatException {
        return ReadmeWriter.toBytes(ReadmeReader.read(bytes, "README.md"));
    }

    @Test
    void splitsFrontMatterIntoFenceLinesAndYaml() throws Exception {
        Card card = read("---\nlicense: mit\n---\n# Title\nText\n");
        assertThat(card.getPrefix()).isEmpty();
        assertThat(card.getFrontMatter().getOpening()).isEqualTo("---\n");
        assertThat(card.getFrontMatter().getYaml()).isEqualTo("license: mit\n");
        assertThat(card.getFrontMatter().getClosing()).isEqualTo("---\n");
        assertThat(card.getPreamble()).isEmpty();
        assertThat(card.getSections()).extracting(Section::getHeading, Section::getText)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("# Title\n", "Text\n"));
    }

    @Test
    void frontMatterClosedAtEndOfFileHasAnEmptyTerminator() throws Exception {
        Card card = read("---\nlicense: mit\n---");
        assertThat(card.getFrontMatter().getClosing()).isEqualTo("---");
        assertThat(card.getPreamble()).isEmpty();
        assertThat(card.write()).isEqualTo("---\nlicense: mit\n---");
    }

    @Test
    void leadingWhiteSpaceBeforeTheFenceIsThePrefix() throws Exception {
        Card card = read("\n \n---\na: 1\n---\nbody\n");
        assertThat(card.getPrefix()).isEqualTo("\n \n");
        assertThat(card.getFrontMatter().getYaml()).isEqualTo("a: 1\n");
        assertThat(card.getPreamble()).isEqualTo("body\n");
    }

    @Test
    void followsTheHubRuleForBlocksItDoesNotTakeForFrontMatter() throws Exception {
        // Text before the fence, a ---- opener, a fence with text after it, no line between fences.
        for (String text : List.of("Logo\n---\na: 1\n---\n", "----\na: 1\n----\n", "--- x\na: 1\n---\n",
                "---\n---\n", "---\na: 1\n")) {
            Card card = read(text);
            assertThat(card.getFrontMatter()).as(text).isNull();
            assertThat(card.write()).isEqualTo(text);
        }
    }

    @Test
    void closingFenceMustBeExactlyThreeDashes() throws Exception {
        Card card = read("---\na: 1\n----\nb: 2\n---\nbody");
        assertThat(card.getFrontMatter().getYaml()).isEqualTo("a: 1\n----\nb: 2\n");
        assertThat(card.getPreamble()).isEqualTo("body");
    }

    @Test
    void crlfFenceWithNothingBetweenIsABlockAsInTheHubRegex() throws Exception {
        Card card = read("---\r\n---\r\nbody\r\n");
        assertThat(card.getFrontMatter()).isNotNull();
        assertThat(card.getFrontMatter().getYaml()).isEmpty();
        assertThat(card.getPreamble()).isEqualTo("body\n");
    }

    @Test
    void fenceFollowedByALoneCrDoesNotCloseAsInTheHubRegex() throws Exception {
        Card card = read("---\ra: 1\r---\rbody\r");
        assertThat(card.getFrontMatter()).isNull();
        assertThat(card.write()).isEqualTo("---\ra: 1\r---\rbody\r");
    }

    @Test
    void frontMatterThatIsAListOrNotYamlIsKeptAsText() throws Exception {
        String text = "---\n- conversation\n---\n@#$: [\n---\n";
        Card card = read(text);
        assertThat(card.getFrontMatter().getYaml()).isEqualTo("- conversation\n");
        assertThat(card.write()).isEqualTo(text);
    }

    @Test
    void buildsASectionTreeFromHeadingLevels() throws Exception {
        Card card = read("intro\n# A\na\n## B\nb\n### C\n## D\n# E\n");
        assertThat(card.getPreamble()).isEqualTo("intro\n");
        assertThat(card.getSections()).extracting(Section::getTitle).containsExactly("A", "E");
        Section a = card.getSections().get(0);
        assertThat(a.getChildren()).extracting(Section::getTitle).containsExactly("B", "D");
        assertThat(a.getChildren().get(0).getChildren()).extracting(Section::getTitle).containsExactly("C");
        assertThat(card.allSections().map(Section::getText)).containsExactly("a\n", "b\n", "", "", "");
    }

    @Test
    void setextHeadingsSplitSectionsWithBothLines() throws Exception {
        Card card = read("Title\n=====\ntext\n\nSub\n---\nmore\n");
        assertThat(card.allSections()).extracting(Section::getLevel, Section::getHeading, Section::getTitle)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Title\n=====\n", "Title"),
                        org.assertj.core.groups.Tuple.tuple(2, "Sub\n---\n", "Sub"));
    }

    @Test
    void setextUnderlineTakesTheWholeParagraph() throws Exception {
        Card card = read("text\nmore text\n---\n");
        assertThat(card.getSections()).extracting(Section::getTitle).containsExactly("text more text");
    }

    @Test
    void hashLinesInCodeAndHtmlBlocksAreNotHeadings() throws Exception {
        String text = "# Real\n```bash\n# comment\n```\n    # indented code\n\n<div>\n# in html\n</div>\n\n~~~\n## tilde\n~~~\n";
        Card card = read(text);
        assertThat(card.allSections()).extracting(Section::getTitle).containsExactly("Real");
        assertThat(card.write()).isEqualTo(text);
    }

    @Test
    void headingsInsideQuotesAndListsStayInTheirSection() throws Exception {
        Card card = read("# A\n> # quoted\n- # listed\n");
        assertThat(card.allSections()).extracting(Section::getTitle).containsExactly("A");
    }

    @Test
    void tableDoesNotTurnIntoASetextHeading() throws Exception {
        // With GFM tables, the row after the table is a table row and --- a thematic break;
        // without them the whole paragraph would be a level 2 setext heading.
        Card card = read("| a | b |\n|---|---|\nfoo | bar\n---\n");
        assertThat(card.getSections()).isEmpty();
    }

    @Test
    void titlesAreThePlainTextOfTheHeading() throws Exception {
        Card card = read("## **Model** `Details` [link](http://x) ##\n");
        assertThat(card.getSections().get(0).getTitle()).isEqualTo("Model Details link");
    }

    @Test
    void idsAreUniqueSlugsKeepingCjk() throws Exception {
        Card card = read("# Model Details [optional]\n# Model Details\n# 模型详情\n# !!!\n# Model  details\n");
        assertThat(card.allSections()).extracting(Section::getId)
                .containsExactly("model-details-optional", "model-details", "模型详情", "section", "model-details-2");
    }

    @Test
    void emptyFileIsAnEmptyCard() throws Exception {
        Card card = ReadmeReader.read(new byte[0], "README.md");
        assertThat(card.getFrontMatter()).isNull();
        assertThat(card.getSections()).isEmpty();
        assertThat(ReadmeWriter.toBytes(card)).isEmpty();
    }

    @Test
    void nineByteCardRoundTrips() throws Exception {
        byte[] bytes = "# Model\n\n".getBytes(StandardCharsets.UTF_8);
        assertThat(bytes).hasSize(9);
        assertThat(roundTrip(bytes)).isEqualTo(bytes);
        assertThat(ReadmeReader.read(bytes, "x").getSections()).hasSize(1);
    }

    @Test
    void detectsTheDominantLineEnding() throws Exception {
        assertThat(read("a\r\nb\r\nc\n").getFormat().lineEnding()).isEqualTo(LineEnding.CRLF);
        assertThat(read("a\rb\rc\n").getFormat().lineEnding()).isEqualTo(LineEnding.CR);
        assertThat(read("a\nb\r\n").getFormat().lineEnding()).isEqualTo(LineEnding.LF);
        assertThat(read("no line break").getFormat().lineEnding()).isEqualTo(LineEnding.LF);
    }

    @Test
    void crOnlyFileSplitsSectionsAtItsHeadings() throws Exception {
        Card card = read("# A\rtext\r## B\rmore\r");
        assertThat(card.allSections()).extracting(Section::getTitle).containsExactly("A", "B");
        assertThat(card.allSections().map(s -> s.originalHeading().raw())).containsExactly("# A\r", "## B\r");
        assertThat(card.getSections().get(0).getText()).isEqualTo("text\n");
    }

    @Test
    void recognisesByteOrderMarks() throws Exception {
        String text = "---\na: 1\n---\n# 标题\r\n";
        for (TextEncoding encoding : TextEncoding.values()) {
            byte[] bytes = ReadmeWriter.encode(text, encoding, "x");
            Card card = ReadmeReader.read(bytes, "x");
            assertThat(card.getFormat().encoding()).isEqualTo(encoding);
            assertThat(card.getFrontMatter()).as("front matter after the BOM, %s", encoding).isNotNull();
            assertThat(ReadmeWriter.toBytes(card)).isEqualTo(bytes);
        }
    }

    @Test
    void refusesInvalidUtf8NamingTheByteOffset() {
        byte[] bytes = {'a', 'b', '\n', 'c', 'd', (byte) 0xC3, '('};
        assertThatThrownBy(() -> ReadmeReader.read(bytes, "README.md"))
                .isInstanceOfSatisfying(CardFormatException.class, e -> {
                    assertThat(e.getMessage()).contains("byte offset 5").contains("0xC3").contains("UTF-8");
                    assertThat(e.located()).startsWith("README.md:2:3: ");
                });
    }

    @Test
    void refusesBinaryFiles() {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0, 'x'};
        assertThatThrownBy(() -> ReadmeReader.read(bytes, "model.bin"))
                .isInstanceOfSatisfying(CardFormatException.class, e -> {
                    assertThat(e.getMessage()).startsWith("binary file").contains("byte offset 4");
                    assertThat(e.located()).startsWith("model.bin:1:5: ");
                });
    }

    @Test
    void hintsAtUtf16WithoutByteOrderMark() {
        byte[] bytes = "# Hello\n".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> ReadmeReader.read(bytes, "README.md")).hasMessageContaining("UTF-16 without a byte order mark");
    }

    @Test
    void refusesTruncatedUtf16() throws Exception {
        byte[] whole = ReadmeWriter.encode("# Hi\r\n", TextEncoding.UTF_16LE_BOM, "x");
        byte[] bytes = java.util.Arrays.copyOf(whole, whole.length - 1);
        assertThatThrownBy(() -> ReadmeReader.read(bytes, "README.md"))
                .isInstanceOfSatisfying(CardFormatException.class, e -> {
                    assertThat(e.getMessage()).contains("truncated UTF-16").contains("offset " + (bytes.length - 1));
                    assertThat(e.line()).isEqualTo(2);
                });
    }

    @Test
    void refusesUnpairedSurrogatesInUtf16() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'a', 0, 0x00, (byte) 0xD8, 'b', 0};
        assertThatThrownBy(() -> ReadmeReader.read(bytes, "README.md"))
                .hasMessageContaining("not valid UTF-16").hasMessageContaining("byte offset 4");
    }

    @Test
    void writingIntoAMissingFolderFailsWithoutLeavingAnything(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Card card = read("# A\n");
        java.nio.file.Path target = dir.resolve("missing").resolve("README.md");
        assertThatThrownBy(() -> ReadmeWriter.write(card, target))
                .isInstanceOfSatisfying(CardFormatException.class, e -> assertThat(e.located()).contains("does not exist"));
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void writerReplacesAFileAtomically(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path target = java.nio.file.Files.writeString(dir.resolve("README.md"), "old\n");
        ReadmeWriter.write(read("# New\r\n"), target);
        assertThat(java.nio.file.Files.readString(target)).isEqualTo("# New\r\n");
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void writerRefusesTextItCannotEncode() throws Exception {
        Card card = read("# A\ntext\n");
        card.getSections().get(0).setText("bad \uD800 surrogate\n");
        assertThatThrownBy(() -> ReadmeWriter.toBytes(card))
                .isInstanceOfSatisfying(CardFormatException.class, e -> {
                    assertThat(e.getMessage()).contains("U+D800");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(5);
                });
    }
}
