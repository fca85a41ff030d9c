package dev.cardwright.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;


import org.junit.jupiter.api.Test;

class BibtexCheckTest {
    @Test
    void readsEntriesWithMacrosMonthsAndJoinedValues() {
        String text = """
                @comment{ignored {nested} text}
                @string{conf = "Annual Meeting"}
                @inproceedings{li2024,
                  title = {A {BERT} for
                           Chinese},
                  booktitle = conf # " of the ACL",
                  month = mar,
                  year = 2024
                }
                @misc(empty)
                """;
        BibtexCheck.Reading reading = BibtexCheck.read(text);

        assertThat(reading.problem()).isEmpty();
        assertThat(reading.entries()).extracting(BibtexCheck.Entry::key).containsExactly("li2024", "empty");
        assertThat(reading.entries().get(0).fields()).containsExactly(entry("title", "A {BERT} for Chinese"),
                entry("booktitle", "Annual Meeting of the ACL"), entry("month", "March"), entry("year", "2024"));
    }

    @Test
    void aProblemStopsTheReadingAndPointsAtTheEntry() {
        BibtexCheck.Reading reading = BibtexCheck.read("@article{a, title = {ok}}\n@book{b,\n  title = {open\n");

        assertThat(reading.problem()).get().satisfies(p -> {
            // the brace opened on line 3 (0-based 2), column 10, never closes
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(10);
            assertThat(p.message()).contains("no matching }");
        });
        assertThat(reading.entries()).extracting(BibtexCheck.Entry::key).containsExactly("a");
    }
}
