package dev.cardwright.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.Limits;

/**
 * issue 12: more than {@link Limits#MAX_SECTIONS} headings are refused on both reading paths, the
 * line scanner's (LF) and flexmark's (other line endings), at the first heading too many; the
 * scanner's path used to build all 100,000 sections and run out of 256 MB after half a minute.
 */
class SectionLimitTest {
    @Test
    void theLineScannersPathRefusesAtTheFirstHeadingTooMany() {
        SectionParser.TooManySections e = catchThrowableOfType(() -> SectionParser.parse("intro\n\n" + "# Same\n".repeat(100_000)),
                SectionParser.TooManySections.class);
        assertThat(e.line()).isEqualTo(3 + Limits.MAX_SECTIONS);
    }

    @Test
    void flexmarksPathRefusesAtTheSameHeading() {
        SectionParser.TooManySections e = catchThrowableOfType(() -> SectionParser.parse("intro\r\n\r\n" + "# Same\r\n".repeat(100_000)),
                SectionParser.TooManySections.class);
        assertThat(e.line()).isEqualTo(3 + Limits.MAX_SECTIONS);
    }

    @Test
    void asManyAsTheLimitAreRead() {
        assertThat(SectionParser.parse("# Same\n".repeat(Limits.MAX_SECTIONS)).sections()).hasSize(Limits.MAX_SECTIONS);
    }

    @Test
    void aReadmeNamesTheFileAndTheLineAfterItsFrontMatter() {
        byte[] readme = ("---\nlicense: mit\n---\n" + "# Same\n".repeat(100_000)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        CardFormatException e = catchThrowableOfType(() -> ReadmeReader.read(readme, "README.md"), CardFormatException.class);
        assertThat(e.located()).startsWith("README.md:10004:1: more than 10000 headings");
    }
}
