package dev.cardwright.ui.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChoiceSearchTest {
    private static final List<Choice> LIBRARIES = List.of(
            new Choice("adapter-transformers", "Adapters", null),
            new Choice("sentence-transformers", "sentence-transformers", null),
            new Choice("transformers.js", "Transformers.js", null),
            new Choice("transformers", "Transformers", null),
            new Choice("zh-x", "X", "中文方言"),
            new Choice("zh", "Chinese", "中文"));

    private static List<String> ids(String typed) {
        return ChoiceSearch.find(LIBRARIES, typed, 40).stream().map(Choice::id).toList();
    }

    @Test
    void anExactIdOrNameComesFirstThenPrefixesThenTheRest() {
        assertThat(ids("transformers")).containsExactly("transformers", "transformers.js", "adapter-transformers", "sentence-transformers");
        assertThat(ids("TRANSFORMERS")).startsWith("transformers");
        assertThat(ids("Chinese")).containsExactly("zh");
        assertThat(ids("中文")).containsExactly("zh", "zh-x");
        assertThat(ids("adapters")).containsExactly("adapter-transformers");
        assertThat(ids("")).hasSize(LIBRARIES.size());
    }

    /** Whatever is typed: the same entries as the plain filter, ranks never out of order. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void ranksAreInOrderAndNothingIsLost(long seed) {
        Random random = new Random(seed);
        String letters = "transformezh.-中文";
        for (int i = 0; i < 200; i++) {
            StringBuilder q = new StringBuilder();
            for (int n = 1 + random.nextInt(5); n > 0; n--) {
                q.append(letters.charAt(random.nextInt(letters.length())));
            }
            String typed = q.toString();
            List<Choice> found = ChoiceSearch.find(LIBRARIES, typed, 40);
            assertThat(found).containsExactlyInAnyOrderElementsOf(LIBRARIES.stream().filter(c -> c.matches(typed)).toList());
            int previous = 0;
            for (Choice c : found) {
                int rank = rank(c, typed.strip().toLowerCase(Locale.ROOT));
                assertThat(rank).as("%s for %s", c.id(), typed).isGreaterThanOrEqualTo(previous);
                previous = rank;
            }
        }
    }

    private static int rank(Choice c, String q) {
        List<String> names = java.util.stream.Stream.of(c.id(), c.name(), c.alt())
                .filter(java.util.Objects::nonNull).map(s -> s.toLowerCase(Locale.ROOT)).toList();
        if (names.contains(q)) {
            return 0;
        }
        return names.stream().anyMatch(s -> s.startsWith(q)) ? 1 : 2;
    }
}
