package dev.cardwright.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cardwright.card.Section;

/** Section splitting with the heading-only inline parser of {@link LinearInlineParser}. */
class SectionParserTest {

    @Test
    void splitsAtHeadingsAndReadsTheirInlineMarkupAsTitles() {
        String body = "Intro with [ref] and `# code`.\n\n[ref]: https://example.org\n\n"
                + "# The `bert` *model*\n\nText.\n\n```\n# not a heading\n```\n\n"
                + "## Uses of [links](https://x.org)\n\nMore.\n";
        SectionParser.Body parsed = SectionParser.parse(body);
        assertThat(parsed.preamble()).isEqualTo("Intro with [ref] and `# code`.\n\n[ref]: https://example.org\n\n");
        assertThat(parsed.sections()).hasSize(1);
        Section top = parsed.sections().get(0);
        assertThat(top.getTitle()).isEqualTo("The bert model");
        assertThat(top.getText()).contains("# not a heading");
        List<Section> children = top.getChildren();
        assertThat(children).extracting(Section::getTitle).containsExactly("Uses of links");
        assertThat(children.get(0).getLevel()).isEqualTo(2);
    }

    @Test
    void aLongLineOfCodeSpansStillLeavesHeadingsIntact() {
        String row = "| " + "`label` ".repeat(20_000) + "|\n";
        String body = "# Labels\n\n| Scheme |\n|---|\n" + row + "\n# After\n";
        assertThat(SectionParser.parse(body).sections()).extracting(Section::getTitle).containsExactly("Labels", "After");
    }
}
