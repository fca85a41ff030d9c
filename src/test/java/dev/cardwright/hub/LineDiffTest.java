package dev.cardwright.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void showsAChangedLineWithThreeLinesOfContextLikeGit() {
        String a = "1\n2\n3\n4\n5\n6\n7\n8\n";
        String b = "1\n2\n3\n4\nfive\n6\n7\n8\n";
        assertThat(LineDiff.unified(a, b)).containsExactly("@@ -2,7 +2,7 @@", " 2", " 3", " 4", "-5", "+five", " 6", " 7", " 8");
        assertThat(LineDiff.unified(null, "x\ny\n")).containsExactly("@@ -0,0 +1,2 @@", "+x", "+y");
        assertThat(LineDiff.unified(a, a)).isEmpty();
    }

    /** Applying the diff's lines (context and additions) in order gives the new text; context and removals give the old. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void hunksRebuildBothSides(long seed) {
        Random rnd = new Random(seed);
        List<String> a = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            a.add("line " + rnd.nextInt(12));
        }
        List<String> b = new ArrayList<>(a);
        for (int k = 0; k < 5; k++) {
            int i = rnd.nextInt(b.size());
            switch (rnd.nextInt(3)) {
                case 0 -> b.remove(i);
                case 1 -> b.add(i, "new " + k);
                default -> b.set(i, "changed " + k);
            }
        }
        List<String> diff = LineDiff.unified(String.join("\n", a) + "\n", String.join("\n", b) + "\n");
        // walk the hunks over the old text, rebuilding the new one
        List<String> rebuilt = new ArrayList<>();
        int old = 0;
        for (String line : diff) {
            if (line.startsWith("@@")) {
                int start = Integer.parseInt(line.substring(4, line.indexOf(','))) ;
                int count = Integer.parseInt(line.substring(line.indexOf(',') + 1, line.indexOf(' ', 4)));
                int from = count == 0 ? start : start - 1;
                while (old < from) {
                    rebuilt.add(a.get(old++));
                }
            } else if (line.startsWith("-")) {
                assertThat(a.get(old++)).isEqualTo(line.substring(1));
            } else if (line.startsWith("+")) {
                rebuilt.add(line.substring(1));
            } else {
                assertThat(a.get(old++)).isEqualTo(line.substring(1));
                rebuilt.add(line.substring(1));
            }
        }
        while (old < a.size()) {
            rebuilt.add(a.get(old++));
        }
        assertThat(rebuilt).isEqualTo(b);
    }
}
