package dev.cardwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.cardwright.testing.Shared;

class RenderCommandTest {
    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CardwrightCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    static Stream<String> cases() throws IOException {
        Path dir = Shared.path("fixtures/hf-parity");
        if (!Files.isDirectory(dir)) {
            return Stream.of("(absent)");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "render hf-parity/{0} -o")
    @MethodSource("cases")
    void rendersEveryParityCaseToAFile(String name) throws IOException {
        Path dir = Shared.assumeDirectory("fixtures/hf-parity").resolve(name);
        String template = JsonMapper.builder().build().readTree(dir.resolve("case.json").toFile()).get("template").asText();
        Path out = tmp.resolve("README.md");
        Result r = run("render", "--template", Shared.path("fixtures/templates").resolve(template).toString(),
                "--values", dir.resolve("case.json").toString(), "-o", out.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(Files.readString(out)).isEqualTo(Files.readString(dir.resolve("expected.md")));
        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(dir.resolve("expected.md")));
    }

    @Test
    void printsToStdoutAndDefaultsToAModelCard() throws IOException {
        Path t = write("t.md", "---\n{{ card_data }}\n---\n# {{ title }} {{ langs }}\n");
        Path v = write("v.json", "{\"card_data\": {\"license\": \"mit\", \"model_name\": \"m\", \"tags\": [\"a\", \"a\"]}, "
                + "\"kwargs\": {\"title\": \"中文\", \"langs\": [\"en\", \"zh\"]}}");
        Result r = run("render", "--template", t.toString(), "--values", v.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("---\nlicense: mit\nmodel_name: m\ntags:\n- a\n---\n# 中文 ['en', 'zh']");
    }

    @Test
    void rendersDatasetCardsInDatasetKeyOrder() throws IOException {
        Path t = write("t.md", "---\n{{ card_data }}\n---\nbody\n");
        Path v = write("v.json", "{\"card_type\": \"dataset\", \"card_data\": {\"pretty_name\": \"P\", \"license\": \"mit\", "
                + "\"train_eval_index\": [{\"config\": \"c\"}], \"x\": 1}, \"kwargs\": {}}");
        Result r = run("render", "--template", t.toString(), "--values", v.toString());
        assertThat(r.out()).isEqualTo("---\nlicense: mit\npretty_name: P\nx: 1\ntrain-eval-index:\n- config: c\n---\nbody");
    }

    @Test
    void reportsTemplateSyntaxErrorsWithLineAndExit2() throws IOException {
        Path t = write("bad.md", "line one\nline two\n{% if x %}\nno end\n");
        Path v = write("v.json", "{}");
        Result r = run("render", "--template", t.toString(), "--values", v.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith(t + ":3:1:").contains("endif").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void reportsBadExpressionsWithLineAndColumn() throws IOException {
        Path t = write("bad.md", "a\n\nx {{ foo( }}\n");
        Result r = run("render", "--template", t.toString(), "--values", write("v.json", "{}").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).matches("(?s)" + java.util.regex.Pattern.quote(t.toString()) + ":3:3: .*\\R");
    }

    @Test
    void reportsBadJsonWithItsLineAndColumn() throws IOException {
        Path t = write("t.md", "x\n");
        Path v = write("v.json", "{\n  \"card_data\": {\n    \"license\": mit\n  }\n}\n");
        Result r = run("render", "--template", t.toString(), "--values", v.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith(v + ":3:16: not valid JSON");
    }

    @Test
    void rejectsValuesOfTheWrongShape() throws IOException {
        Path t = write("t.md", "x\n");
        Result r = run("render", "--template", t.toString(), "--values", write("v.json", "{\"card_type\": \"space\"}").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("card_type must be");
        r = run("render", "--template", t.toString(), "--values", write("w.json", "[1]").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith(tmp.resolve("w.json") + ":1:1: values must be a JSON object");
    }

    @Test
    void reportsMissingFilesWithExit2() throws IOException {
        Path v = write("v.json", "{}");
        Result r = run("render", "--template", tmp.resolve("nope.md").toString(), "--values", v.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(tmp.resolve("nope.md") + ":1:1: no such file" + System.lineSeparator());
        r = run("render", "--template", write("t.md", "x").toString(), "--values", tmp.resolve("none.json").toString());
        assertThat(r.code()).isEqualTo(2);
    }

    @Test
    void reportsMissingOptionsAsUsageErrors() {
        Result r = run("render", "--values", "v.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--template");
    }

    @Test
    void rejectsTemplatesThatAreNotUtf8() throws IOException {
        Path t = tmp.resolve("latin1.md");
        Files.write(t, new byte[] {'a', (byte) 0xE9, '\n'});
        Result r = run("render", "--template", t.toString(), "--values", write("v.json", "{}").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith(t + ":1:1: not valid UTF-8");
    }

    @Test
    void reportsRenderedFrontMatterThatIsNotYaml() throws IOException {
        Path t = write("t.md", "---\na: [1\n---\nbody\n");
        Result r = run("render", "--template", t.toString(), "--values", write("v.json", "{}").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith(t + ":").contains("rendered front matter is not valid YAML");
    }

    @Test
    void leavesTheOutputUntouchedWhenRenderingFails() throws IOException {
        Path out = write("README.md", "keep me");
        Path t = write("bad.md", "{% for %}");
        Result r = run("render", "--template", t.toString(), "--values", write("v.json", "{}").toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(Files.readString(out)).isEqualTo("keep me");
        assertThat(Files.list(tmp).map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder(List.of("README.md", "bad.md", "v.json").toArray(String[]::new));
    }

    @Test
    void hasHelp() {
        Result r = run("render", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--template").contains("--values").contains("-o");
    }
}
