package dev.cardwright.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.yaml.CardSourceFile;

/** An edit costs only the bytes of the edited piece; everything else keeps its own line endings. */
class SectionEditTest {
    private static final String ORIGINAL = "---\r\nlicense: mit\n---\r\nIntro\r\n# A\r\nalpha\nbeta\r\n## B\nbravo\r\n# C\rcharlie\r\n";

    @Test
    void editingOneSectionChangesOnlyItsBytes() throws Exception {
        Card card = ReadmeReader.read(ORIGINAL.getBytes(StandardCharsets.UTF_8), "README.md");
        Section b = card.findSection("b").orElseThrow();
        b.setText("bravo\nedited\n");
        String expected = ORIGINAL.replace("## B\nbravo\r\n", "## B\nbravo\r\nedited\r\n");
        assertThat(new String(ReadmeWriter.toBytes(card), StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void theSameEditThroughTheCardSourceGivesTheSameBytes() throws Exception {
        Card card = ReadmeReader.read(ORIGINAL.getBytes(StandardCharsets.UTF_8), "README.md");
        Card reopened = CardSourceFile.parse(CardSourceFile.toYaml(card), "a.card.yaml");
        reopened.findSection("a").orElseThrow().setText("alpha\n");
        String expected = ORIGINAL.replace("alpha\nbeta\r\n", "alpha\r\n");
        assertThat(new String(ReadmeWriter.toBytes(reopened), StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void editingTheFrontMatterLeavesTheBodyAlone() throws Exception {
        Card card = ReadmeReader.read(ORIGINAL.getBytes(StandardCharsets.UTF_8), "README.md");
        card.getFrontMatter().setYaml("license: apache-2.0\n");
        String expected = ORIGINAL.replace("license: mit\n", "license: apache-2.0\r\n");
        assertThat(new String(ReadmeWriter.toBytes(card), StandardCharsets.UTF_8)).isEqualTo(expected);
    }
}
