package dev.cardwright.ui.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The joined list stays the concatenation of its two parts through random edits of either. */
class JoinedListTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 17, 4242, 90210})
    void followsEveryKindOfChangeOfEitherPart(long seed) {
        Random random = new Random(seed);
        ObservableList<Integer> first = FXCollections.observableArrayList(1, 2, 3);
        ObservableList<Integer> second = FXCollections.observableArrayList(10, 20);
        ObservableList<Integer> joined = JoinedList.of(first, second);
        for (int step = 0; step < 300; step++) {
            ObservableList<Integer> part = random.nextBoolean() ? first : second;
            int value = random.nextInt(1000);
            switch (random.nextInt(6)) {
                case 0 -> part.add(part.isEmpty() ? 0 : random.nextInt(part.size() + 1), value);
                case 1 -> {
                    if (!part.isEmpty()) {
                        part.remove(random.nextInt(part.size()));
                    }
                }
                case 2 -> {
                    if (!part.isEmpty()) {
                        part.set(random.nextInt(part.size()), value);
                    }
                }
                case 3 -> part.setAll(List.of(value, value + 1, value + 2).subList(0, random.nextInt(4)));
                case 4 -> FXCollections.sort(part, Comparator.reverseOrder());
                default -> part.addAll(List.of(value, value + 1));
            }
            List<Integer> expected = new ArrayList<>(first);
            expected.addAll(second);
            assertThat(joined).as("step %d", step).isEqualTo(expected);
        }
    }
}
