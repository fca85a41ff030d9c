package dev.cardwright.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.cardwright.testing.Shared;

/** Every case of ../shared/fixtures/hf-parity must render exactly as huggingface_hub 2.0.0 rendered it. */
class HfParityTest {
    static final Path FIXTURES = Shared.path("fixtures");

    static Stream<String> cases() throws IOException {
        Path dir = FIXTURES.resolve("hf-parity");
        if (!Files.isDirectory(dir)) {
            return Stream.of("(hf-parity fixtures absent)");
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<String> names = s.filter(p -> Files.exists(p.resolve("case.json"))).map(p -> p.getFileName().toString()).sorted().toList();
            return names.stream();
        }
    }

    static Path templateOf(Path caseDir) throws IOException {
        JsonNode c = JsonMapper.builder().build().readTree(caseDir.resolve("case.json").toFile());
        return FIXTURES.resolve("templates").resolve(c.get("template").asText());
    }

    @ParameterizedTest(name = "hf-parity/{0}")
    @MethodSource("cases")
    void rendersLikeHuggingfaceHub(String name) throws IOException {
        Path dir = Shared.assumeDirectory("fixtures/hf-parity").resolve(name);
        Path template = templateOf(dir);
        RenderValues values = RenderValues.parse(Files.readString(dir.resolve("case.json")), dir.resolve("case.json").toString());
        String out = CardRenderer.render(Files.readString(template), template.toString(), values);
        String expected = Files.readString(dir.resolve("expected.md"), StandardCharsets.UTF_8);
        assertThat(out).isEqualTo(expected);
    }
}
