package dev.cardwright.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** issue 12: ids for repeated titles come without counting from 2 again each time, and are the ids counting would give. */
class SectionIdsTest {
    /** The rule as documented: the slug, else the slug with the first free -2, -3 … */
    private static List<String> counted(List<String> titles) {
        Set<String> used = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String t : titles) {
            String base = SectionIds.slug(t);
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "-" + n;
            }
            out.add(id);
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void givesTheIdsCountingGives(long seed) {
        Random random = new Random(seed);
        // few distinct titles, some of them looking like another's repeat ("A 2")
        String[] pool = {"A", "A 2", "A-3", "a", "B", "B 2", "B 2 2", "Same", "Same 4", "模型", "?"};
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            titles.add(pool[random.nextInt(pool.length)]);
        }
        SectionIds ids = new SectionIds();
        List<String> got = titles.stream().map(ids::next).toList();
        assertThat(got).isEqualTo(counted(titles));
        assertThat(new HashSet<>(got)).hasSize(got.size());
    }

    @Test
    @Timeout(30) // a hang guard only: counting from 2 each time took minutes
    void aHundredThousandIdenticalTitles() {
        SectionIds ids = new SectionIds();
        String last = null;
        for (int i = 0; i < 100_000; i++) {
            last = ids.next("Same");
        }
        assertThat(last).isEqualTo("same-100000");
    }
}
