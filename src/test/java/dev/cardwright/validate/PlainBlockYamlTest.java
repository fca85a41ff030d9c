package dev.cardwright.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import dev.cardwright.testing.SharedCorpus;
import dev.cardwright.yaml.YamlReader;

/** The plain-YAML shortcut either declines or composes exactly what snakeyaml-engine composes. */
class PlainBlockYamlTest {
    static Stream<Named<Path>> cards() {
        return SharedCorpus.cards();
    }

    /** Every node as one line: kind, tag, value or size, and the 0-based start line and column. */
    static List<String> shape(Node node) {
        List<String> out = new ArrayList<>();
        walk(node, out);
        return out;
    }

    private static void walk(Node node, List<String> out) {
        String at = node.getStartMark().map(m -> m.getLine() + ":" + m.getColumn()).orElse("?");
        if (node instanceof ScalarNode s) {
            out.add(at + " scalar " + s.getTag() + " " + s.getScalarStyle() + " " + s.getValue());
        } else if (node instanceof SequenceNode s) {
            out.add(at + " seq " + s.getTag() + " " + s.getFlowStyle() + " " + s.getValue().size());
            s.getValue().forEach(n -> walk(n, out));
        } else if (node instanceof MappingNode m) {
            out.add(at + " map " + m.getTag() + " " + m.getFlowStyle() + " " + m.getValue().size() + " merge=" + m.hasMergeTag());
            for (NodeTuple t : m.getValue()) {
                walk(t.getKeyNode(), out);
                walk(t.getValueNode(), out);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cards")
    void agreesWithSnakeyamlOnEveryCorpusFrontMatter(Path card) throws IOException {
        SharedCorpus.assumePresent(card);
        CardText text = CardLoader.read(Files.readAllBytes(card), card.getFileName().toString(), null).text();
        if (text.frontMatter() == null) {
            return;
        }
        String yaml = text.frontMatter().text();
        Optional<Node> fast = PlainBlockYaml.compose(yaml);
        if (fast.isPresent()) {
            assertThat(shape(fast.get())).isEqualTo(shape(YamlReader.compose(yaml).orElseThrow()));
        }
    }

    @Test
    void takesTheLargeModelIndexBlocksOfTheCorpus() throws IOException {
        Path card = SharedCorpus.card("Polymath-Saksh_document-intelligence__models_granite-embedding-107m-multilingual_README.md");
        SharedCorpus.assumePresent(card);
        String yaml = CardLoader.read(Files.readAllBytes(card), "README.md", null).text().frontMatter().text();
        assertThat(PlainBlockYaml.compose(yaml)).isPresent();
    }

    @Test
    void composesNestedAndIndentlessSequencesWithTheComposersMarks() {
        String yaml = "model-index:\n- name: m\n  results:\n  - task:\n      type: t\n    metrics:\n      - type: acc\n        value: -0.5\n        verified: false\n"
                + "tags:\n  - a\n  - 12\nlicense: mit   \n";
        assertThat(PlainBlockYaml.compose(yaml)).isPresent();
        assertThat(shape(PlainBlockYaml.compose(yaml).get())).isEqualTo(shape(YamlReader.compose(yaml).orElseThrow()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a: 'quoted'\n", "a: [1, 2]\n", "a: &x 1\nb: *x\n", "a:\nb: 1\n", "a: one\n  two\n", "# c\na: 1\n",
            "a: 1 # c\n", "a: |\n  text\n", "---\na: 1\n", "<<: {}\n", "a: b: c\n", "a:\tb\n", "  a: 1\n", "a: \uD83D\uDE00\n",
            "- a\n-\n  - b\n", "a:\n  b: 1\n c: 2\n", "just text\n", "a: 1\nb: 2\n...\n"})
    void declinesWhatItDoesNotHandle(String yaml) {
        assertThat(PlainBlockYaml.compose(yaml)).isEmpty();
    }

    private static final ScalarResolver CORE = new CoreSchema().getScalarResolver();

    /** Values near every shape the shortcut decides itself, and seeded random ones over the characters that matter. */
    static Stream<String> scalars() {
        List<String> values = new ArrayList<>(List.of("0", "12", "-3", "+4", "007", "1.", "1.5", "-0.875", "+.5", ".5", "-.5",
                "1e5", "1.5e-3", "1.5E+3", "0x1F", "0o17", "0b1", "1_000", "1.2.3", "1,5", "12a", "-", "+", "--1", ".", ".inf",
                "-.inf", "+.Inf", ".nan", ".NaN", "null", "Null", "NULL", "~", "true", "True", "TRUE", "false", "False", "FALSE",
                "yes", "no", "on", "off", "nul", "tru", "nulls", "falsey", "${HOME}", "${X:-y}", "$x", "<<", "<a>", "name",
                "accuracy", "https://example.org", "٣", "１２", "1.0-beta", "3B", "-1.5.2", "1.5 ", "1 5"));
        java.util.Random random = new java.util.Random(20261130L);
        String alphabet = "0123456789+-.eExo_abnNtTfFlu$~{}<> ";
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(7);
            for (int k = 0; k < length; k++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            values.add(b.toString());
        }
        return values.stream();
    }

    @ParameterizedTest
    @MethodSource("scalars")
    void resolvesEveryPlainScalarAsTheCoreSchemaDoes(String value) {
        assertThat(PlainBlockYaml.resolve(value)).as(value).isEqualTo(CORE.resolve(value, true));
    }
}
