package dev.cardwright.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

class PyYamlEmitterTest {

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void writesBlockMappingWithListsNotIndentedUnderTheirKey() {
        assertThat(PyYamlEmitter.dump(map("license", "mit", "tags", List.of("a", "b"), "extra", map("x", 1, "y", List.of(true)))))
                .isEqualTo("license: mit\ntags:\n- a\n- b\nextra:\n  x: 1\n  y:\n  - true\n");
    }

    @Test
    void writesMappingsInsideListsAndNestedLists() {
        assertThat(PyYamlEmitter.dump(map("model-index", List.of(map("name", "m", "results", List.of(map("task", map("type", "t"))))),
                "nested", List.of(List.of(1, 2), List.of()))))
                .isEqualTo("model-index:\n- name: m\n  results:\n  - task:\n      type: t\nnested:\n- - 1\n  - 2\n- []\n");
    }

    @Test
    void writesEmptyCollectionsInFlowStyle() {
        assertThat(PyYamlEmitter.dump(map("a", List.of(), "b", Map.of()))).isEqualTo("a: []\nb: {}\n");
        assertThat(PyYamlEmitter.dump(Map.of())).isEqualTo("{}\n");
        assertThat(PyYamlEmitter.dump(List.of())).isEqualTo("[]\n");
    }

    @Test
    void quotesStringsThatYaml11WouldReadAsSomethingElse() {
        assertThat(PyYamlEmitter.dump(map("language", "no", "v", "1.10", "d", "2023-01-01", "n", "null", "e", "", "t", "~", "i", "0x1F")))
                .isEqualTo("language: 'no'\nv: '1.10'\nd: '2023-01-01'\nn: 'null'\ne: ''\nt: '~'\ni: '0x1F'\n");
        // YAML 1.1 has no float without a dot, so 1e5 stays plain
        assertThat(PyYamlEmitter.dumpEntry("x", "1e5")).isEqualTo("x: 1e5\n");
    }

    @Test
    void quotesKeysTheSameWay() {
        assertThat(PyYamlEmitter.dump(map("yes", 1, "a: b", 2, "", 3))).isEqualTo("'yes': 1\n'a: b': 2\n? ''\n: 3\n"); // PyYAML never writes an empty simple key
    }

    @Test
    void writesScalarsOfEveryType() {
        assertThat(PyYamlEmitter.dump(map("f", 0.5, "g", 1.0e-5, "h", Double.POSITIVE_INFINITY, "i", 1e16, "j", 1.0,
                "k", null, "l", true, "m", false, "n", new BigInteger("1180591620717411303424"), "o", LocalDate.of(2023, 1, 2))))
                .isEqualTo("f: 0.5\ng: 1.0e-05\nh: .inf\ni: 1.0e+16\nj: 1.0\nk: null\nl: true\nm: false\nn: 1180591620717411303424\no: 2023-01-02\n");
    }

    @Test
    void foldsLongPlainScalarsAtColumnEighty() {
        String text = "You agree to not use the model to conduct experiments that cause harm to human subjects.";
        assertThat(PyYamlEmitter.dumpEntry("extra_gated_prompt", text))
                .isEqualTo("extra_gated_prompt: You agree to not use the model to conduct experiments that cause\n  harm to human subjects.\n");
    }

    @Test
    void writesMultiLineStringsSingleQuotedWithBlankLinesForBreaks() {
        assertThat(PyYamlEmitter.dumpEntry("c", "Ends\n")).isEqualTo("c: 'Ends\n\n  '\n");
        assertThat(PyYamlEmitter.dumpEntry("c", "a\nb")).isEqualTo("c: 'a\n\n  b'\n");
        assertThat(PyYamlEmitter.dumpEntry("q", "it's")).isEqualTo("q: it's\n");
        assertThat(PyYamlEmitter.dumpEntry("q", "'x'")).isEqualTo("q: '''x'''\n");
    }

    @Test
    void usesDoubleQuotesWhenEscapesAreNeeded() {
        assertThat(PyYamlEmitter.dumpEntry("a", "tab\there")).isEqualTo("a: \"tab\\there\"\n");
        assertThat(PyYamlEmitter.dumpEntry("a", "🚀\tx")).isEqualTo("a: \"\\U0001F680\\tx\"\n");
        assertThat(PyYamlEmitter.dumpEntry("a", "ok 🚀 中文")).isEqualTo("a: ok 🚀 中文\n");
        assertThat(PyYamlEmitter.dumpEntry("a", "sp \nbreak")).isEqualTo("a: \"sp \\nbreak\"\n");
    }

    @Test
    void writesTopLevelScalarsLikePyYaml() {
        assertThat(PyYamlEmitter.dump("abc")).isEqualTo("abc\n...\n");
        assertThat(PyYamlEmitter.dump("yes")).isEqualTo("'yes'\n");
        assertThat(PyYamlEmitter.dump(null)).isEqualTo("null\n...\n");
    }

    @Test
    void usesTheGivenLineBreak() {
        assertThat(PyYamlEmitter.dump(map("a", List.of("x", "y\nz")), "\r\n")).isEqualTo("a:\r\n- x\r\n- 'y\r\n\r\n  z'\r\n");
    }

    @Test
    void writesVeryLongKeysAsComplexKeys() {
        String key = "k".repeat(130);
        assertThat(PyYamlEmitter.dump(map(key, 1))).isEqualTo("? " + key + "\n: 1\n");
    }

    @Test
    void dumpEntryIsOneBlockOfADumpedMapping() {
        Map<String, Object> m = map("license", "apache-2.0", "tags", List.of("x", "y"), "model-index", List.of(map("name", "n")));
        StringBuilder joined = new StringBuilder();
        m.forEach((k, v) -> joined.append(PyYamlEmitter.dumpEntry(k, v)));
        assertThat(joined.toString()).isEqualTo(PyYamlEmitter.dump(m));
    }

    @Test
    void pythonFloatReprMatchesPython() {
        assertThat(PythonFloat.repr(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(PythonFloat.repr(1e-5)).isEqualTo("1e-05");
        assertThat(PythonFloat.repr(0.0001)).isEqualTo("0.0001");
        assertThat(PythonFloat.repr(1e15)).isEqualTo("1000000000000000.0");
        assertThat(PythonFloat.repr(1e16)).isEqualTo("1e+16");
        assertThat(PythonFloat.repr(123.456)).isEqualTo("123.456");
        assertThat(PythonFloat.repr(5e-324)).isEqualTo("5e-324");
        assertThat(PythonFloat.repr(-2.5)).isEqualTo("-2.5");
        assertThat(PythonFloat.repr(2e-3)).isEqualTo("0.002");
    }

    /** Values generated at random (seeded) by tools/gen_pyyaml_cases.py, with PyYAML 6.0.3's output for each. */
    static Stream<Arguments> pyyamlCases() throws IOException {
        JsonMapper mapper = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
        try (InputStream in = PyYamlEmitterTest.class.getResourceAsStream("pyyaml-cases.json")) {
            JsonNode root = mapper.readTree(in);
            List<Arguments> out = new ArrayList<>();
            int i = 0;
            for (JsonNode c : root.get("cases")) {
                out.add(Arguments.of(i++, toJava(c.get("value")), c.get("yaml").asText()));
            }
            return out.stream();
        }
    }

    private static Object toJava(JsonNode n) {
        if (n.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            n.fields().forEachRemaining(e -> m.put(e.getKey(), toJava(e.getValue())));
            return m;
        }
        if (n.isArray()) {
            List<Object> l = new ArrayList<>();
            n.forEach(x -> l.add(toJava(x)));
            return l;
        }
        if (n.isNull()) {
            return null;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isIntegralNumber()) {
            return n.canConvertToLong() ? (Object) n.longValue() : n.bigIntegerValue();
        }
        if (n.isNumber()) {
            return n.doubleValue();
        }
        return n.textValue();
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("pyyamlCases")
    void dumpsLikePyYaml(int index, Object value, String expected) {
        assertThat(PyYamlEmitter.dump(value)).isEqualTo(expected);
    }
}
