package dev.cardwright.translate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.cardwright.card.Section;

class FingerprintTest {

    @Test
    void isStableAndShort() {
        String fp = Fingerprint.of("## Bias\nThe model reflects its data.\n");
        assertThat(fp).startsWith("sha256:").hasSize("sha256:".length() + 16);
        assertThat(Fingerprint.of("## Bias\nThe model reflects its data.\n")).isEqualTo(fp);
        // pinned: a change of the hashing rule would silently send every stored translation to review
        assertThat(Fingerprint.of("hello")).isEqualTo("sha256:2cf24dba5fb0a30e");
    }

    @Test
    void ignoresLineEndingsAndTrailingBlankLines() {
        String lf = "## Uses\n\nDirect use.\n";
        assertThat(Fingerprint.of("## Uses\r\n\r\nDirect use.\r\n")).isEqualTo(Fingerprint.of(lf));
        assertThat(Fingerprint.of("## Uses\r\rDirect use.\r")).isEqualTo(Fingerprint.of(lf));
        assertThat(Fingerprint.of(lf + "\n\n  \n")).isEqualTo(Fingerprint.of(lf));
    }

    @Test
    void changesWithAnyWordOrInnerWhitespace() {
        String base = Fingerprint.of("Direct use.\n");
        assertThat(Fingerprint.of("Direct uses.\n")).isNotEqualTo(base);
        assertThat(Fingerprint.of("Direct  use.\n")).isNotEqualTo(base);
        assertThat(Fingerprint.of("  Direct use.\n")).isNotEqualTo(base);
        assertThat(Fingerprint.of("直接使用。")).isNotEqualTo(Fingerprint.of("直接使用"));
    }

    @Test
    void sourceTextOfSectionIsHeadingAndOwnTextWithoutChildren() {
        Section s = new Section("uses", 2, "## Uses\n", "Uses", "Intro.\n\n");
        s.getChildren().add(new Section("uses.direct-use", 3, "### Direct Use\n", "Direct Use", "Chat.\n"));
        assertThat(Fingerprint.sourceText(s)).isEqualTo("## Uses\nIntro.\n\n");
        String before = Fingerprint.of(Fingerprint.sourceText(s));
        s.getChildren().get(0).setText("Changed.\n");
        assertThat(Fingerprint.of(Fingerprint.sourceText(s))).isEqualTo(before);
        s.setHeading("## Use\n");
        assertThat(Fingerprint.of(Fingerprint.sourceText(s))).isNotEqualTo(before);
    }
}
