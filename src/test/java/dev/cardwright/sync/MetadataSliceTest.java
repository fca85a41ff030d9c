package dev.cardwright.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.cardwright.yaml.Metadata;
import dev.cardwright.yaml.PyYamlEmitter;

/** Reading only the linked keys gives what a whole parse gives for them. */
class MetadataSliceTest {
    private static final List<String> KEYS = List.of("license", "license_name", "language", "base_model", "co2_eq_emissions",
            "tags", "model-index", "widget", "pipeline_tag", "datasets");

    private static Object value(Random r, int depth) {
        return switch (depth > 2 ? r.nextInt(3) : r.nextInt(6)) {
            case 0 -> "v" + r.nextInt(100) + (r.nextBoolean() ? ": colon" : "");
            case 1 -> r.nextInt(1000);
            case 2 -> r.nextBoolean() ? "- dash" : "# hash";
            case 3 -> {
                List<Object> l = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) {
                    l.add(value(r, depth + 1));
                }
                yield l;
            }
            default -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = r.nextInt(4); i > 0; i--) {
                    m.put(KEYS.get(r.nextInt(KEYS.size())) + i, value(r, depth + 1));
                }
                yield m;
            }
        };
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theSliceReadsTheLinkedKeysAsTheWholeParseDoes(long seed) throws Exception {
        Random r = new Random(seed);
        for (int round = 0; round < 50; round++) {
            Map<String, Object> meta = new LinkedHashMap<>();
            for (String k : KEYS) {
                if (r.nextInt(3) > 0) {
                    meta.put(k, value(r, 0));
                }
            }
            String yaml = PyYamlEmitter.dump(meta);
            if (r.nextBoolean()) {
                yaml = "# a comment first\n" + yaml.replace("\nlicense:", "\n# about the license\nlicense:");
            }
            Map<String, Object> whole = Metadata.parse(yaml);
            Map<String, Object> expected = new LinkedHashMap<>(whole);
            expected.keySet().retainAll(MetadataSlice.LINKED);
            assertThat(MetadataSlice.read(yaml, MetadataSlice.LINKED)).as(yaml).isEqualTo(expected);
        }
    }

    @Test
    void quotedKeysAndAFlowMappingAreReadToo() throws Exception {
        assertThat(MetadataSlice.read("\"license\": mit\ntags: [a]\n", Set.of("license"))).isEqualTo(Map.of("license", "mit"));
        assertThat(MetadataSlice.read("{license: mit, tags: [a]}\n", Set.of("license"))).containsEntry("license", "mit");
    }
}
