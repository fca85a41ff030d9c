package dev.cardwright.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.Limits;
import dev.cardwright.markdown.FrontMatterBlock;
import dev.cardwright.testing.SharedCorpus;

/**
 * issue 12: a YAML document with more values than {@link Limits#MAX_YAML_NODES} is refused before
 * the composer builds them (a million-item flow list took 30 s and more than 256 MB): by a
 * pre-scan for front matter, by counting the parser's events for card sources.
 */
class YamlValueCountTest {
    private static String flowList(int items) {
        return "tags: [" + "a, ".repeat(items - 1) + "a]\n";
    }

    @Test
    void aMillionItemFlowListIsRefusedBeforeComposing() {
        assertThat(YamlLimits.refuseBeforeComposing("license: mit\n" + flowList(1_000_000), Limits.MAX_YAML_CHARS))
                .hasValue("it holds more than 300000 values (list items, keys and scalars)");
        assertThat(YamlLimits.refuseBeforeComposing("license: mit\n" + flowList(100_000))).isEmpty();
    }

    @Test
    void aMillionBlockItemsAreRefusedToo() {
        assertThat(YamlLimits.refuseBeforeComposing("tags:\n" + "- a\n".repeat(400_000), Limits.MAX_YAML_CHARS)).isPresent();
    }

    @Test
    void commasInsideQuotedStringsAreNotItems() {
        String quoted = "tags: [\"" + "a, ".repeat(400_000) + "\", 'it''s, " + "b, ".repeat(400_000) + "']\n";
        assertThat(YamlLimits.valuesAtLeast(quoted)).isEqualTo(1);
        assertThat(YamlLimits.refuseBeforeComposing(quoted, Limits.MAX_YAML_CHARS)).isEmpty();
    }

    @Test
    void aCardSourceWithAMillionValuesIsRefusedWhereTheLimitIsPassed() {
        String source = "cardwright: 1\ncard_type: model\nroles: [" + "a, ".repeat(999_999) + "a]\n";
        CardFormatException e = catchThrowableOfType(() -> CardSourceFile.parse(source, "big.card.yaml"), CardFormatException.class);
        assertThat(e.line()).isEqualTo(3);
        // the root mapping, two keys with their values, the key "roles" and the list itself are 7 values:
        // item k of the list is value 7 + k, and item 299,994 (at 3 (k - 1) after the bracket) is one too many
        assertThat(e.column()).isEqualTo("roles: [".length() + 1 + 3 * (Limits.MAX_YAML_NODES - 7));
        assertThat(e.getMessage()).contains("refused: it holds more than 300000 values");
    }

    static Stream<?> cards() {
        return SharedCorpus.cards();
    }

    @ParameterizedTest
    @MethodSource("cards")
    void noCorpusFrontMatterIsRefused(Path card) throws IOException {
        String text = new String(Files.readAllBytes(card), StandardCharsets.UTF_8);
        FrontMatterBlock.find(text).ifPresent(b -> assertThat(
                YamlLimits.refuseBeforeComposing(text.substring(b.yamlStart(), b.closingStart()))).isEmpty());
    }

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    /** The pre-scan may refuse only what really holds that many values: its count never exceeds the composer's. */
    @ParameterizedTest
    @MethodSource("seeds")
    void theCountNeverExceedsTheNodesComposed(long seed) {
        Random random = new Random(seed);
        StringBuilder yaml = new StringBuilder();
        for (int k = 1 + random.nextInt(6); k > 0; k--) {
            yaml.append("k").append(k).append(':');
            if (random.nextBoolean()) {
                yaml.append(' ').append(flow(random, 0)).append('\n');
            } else {
                yaml.append('\n');
                for (int i = 1 + random.nextInt(4); i > 0; i--) {
                    yaml.append("- ").append(random.nextBoolean() ? scalar(random) : flow(random, 0)).append('\n');
                }
            }
        }
        String text = yaml.toString();
        Node root = YamlReader.compose(text).orElseThrow();
        assertThat(YamlLimits.valuesAtLeast(text)).as("seed %d:%n%s", seed, text).isLessThanOrEqualTo(nodes(root));
    }

    private static final String[] SCALARS = {"a", "don't", "it's, x", "\"a, b\"", "'c, d'", "'it''s, [x]'", "\"q\\\" ,]\"", "1", "\"\"", "x-y", "- z"};

    private static String scalar(Random random) {
        String s = SCALARS[random.nextInt(SCALARS.length)];
        return s.equals("it's, x") || s.equals("- z") ? "'" + s.replace("'", "''") + "'" : s;
    }

    private static String flow(Random random, int depth) {
        if (depth > 3 || random.nextInt(3) == 0) {
            return scalar(random);
        }
        StringBuilder b = new StringBuilder();
        boolean map = random.nextBoolean();
        b.append(map ? '{' : '[');
        for (int i = random.nextInt(5); i >= 0; i--) {
            if (map) {
                b.append("k").append(i).append(": ");
            }
            b.append(flow(random, depth + 1)).append(i > 0 ? ", " : "");
        }
        return b.append(map ? '}' : ']').toString();
    }

    private static long nodes(Node node) {
        long n = 1;
        if (node instanceof SequenceNode seq) {
            for (Node child : seq.getValue()) {
                n += nodes(child);
            }
        } else if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                n += nodes(t.getKeyNode()) + nodes(t.getValueNode());
            }
        }
        return n;
    }
}
