package dev.cardwright.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SectionLayoutTest {
    @Test
    void anEditAtTheEndLeavesABlankLineBeforeTheNextHeading() {
        assertThat(SectionLayout.tidy("\nMore information needed\n\n", "\nMore information needed\n\nDetects sponsors.", true))
                .isEqualTo("\nMore information needed\n\nDetects sponsors.\n\n");
        assertThat(SectionLayout.tidy("\n| a | b |\n|---|---|\n", "\n| a | b |\n|---|---|\n| 1 | 2 |", true))
                .as("a table never runs into the next heading").isEqualTo("\n| a | b |\n|---|---|\n| 1 | 2 |\n\n");
    }

    @Test
    void aNewSectionsTextGetsABlankLineAfterItsHeadingAndTheLastOneAFinalNewline() {
        assertThat(SectionLayout.tidy("", "Paragraph", true)).isEqualTo("\nParagraph\n\n");
        assertThat(SectionLayout.tidy("", "Paragraph", false)).isEqualTo("\nParagraph\n");
        assertThat(SectionLayout.tidy("\nold\n", "\nold\nnew", false)).isEqualTo("\nold\nnew\n");
        assertThat(SectionLayout.tidy("\nold\n\n", "", true)).isEqualTo("\n");
    }

    @Test
    void editsInsideTheTextLeaveItsEdgesAsTheyWere() {
        // written without blank lines by its author: kept that way when the middle is edited
        assertThat(SectionLayout.tidy("Paragraph one.\nTwo.\n", "Paragraph one.\nTwo, three.\n", true))
                .isEqualTo("Paragraph one.\nTwo, three.\n");
        assertThat(SectionLayout.tidy("\n\n\nText\n\n\n\n", "\n\n\nText!\n\n\n\n", true)).isEqualTo("\n\n\nText!\n\n\n\n");
    }

    /** Random texts and random edits: an edge the edit did not reach stays byte for byte, the content always does, and tidying twice changes nothing. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void untouchedEdgesAndContentStayTidyingIsStable(long seed) {
        Random random = new Random(seed);
        String[] pieces = {"\n", "\n\n", "word", " ", "| a |", "- item", "    code", "\t", "text."};
        for (int i = 0; i < 300; i++) {
            String before = text(random, pieces);
            String middle = "M" + text(random, pieces) + "N";
            String edited = lead(before) + middle + trail(before);
            boolean followed = random.nextBoolean();
            String tidy = SectionLayout.tidy(before, edited, followed);
            assertThat(tidy).contains(middle);
            if (!before.isBlank()) {
                assertThat(tidy).as("edges of %s", before).isEqualTo(edited);
            }
            String again = SectionLayout.tidy(tidy, tidy, followed);
            assertThat(again).isEqualTo(tidy);
            String cut = middle.strip();
            String atEnd = SectionLayout.tidy(before, cut, followed);
            assertThat(atEnd).contains(cut);
            if (before.isBlank() || !lead(before).isEmpty()) {
                assertThat(atEnd).as("the edit reached the start").startsWith("\n");
            }
            if (before.isBlank() || !trail(before).isEmpty()) {
                assertThat(atEnd).as("the edit reached the end").endsWith(followed ? "\n\n" : "\n");
            }
            assertThat(SectionLayout.tidy(atEnd, atEnd.strip(), followed)).isEqualTo(atEnd);
        }
    }

    private static String text(Random random, String[] pieces) {
        StringBuilder b = new StringBuilder();
        for (int n = random.nextInt(6); n > 0; n--) {
            b.append(pieces[random.nextInt(pieces.length)]);
        }
        return b.toString();
    }

    private static String lead(String s) {
        int end = 0;
        for (int i = 0; i < s.length() && Character.isWhitespace(s.charAt(i)); i++) {
            if (s.charAt(i) == '\n') {
                end = i + 1;
            }
        }
        return s.substring(0, end);
    }

    private static String trail(String s) {
        return s.substring(s.stripTrailing().length());
    }
}
