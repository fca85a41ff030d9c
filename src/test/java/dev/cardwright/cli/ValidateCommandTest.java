package dev.cardwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The validate and lint commands as scripts see them: output formats and exit codes. */
class ValidateCommandTest {
    private static final String CLEAN = "---\nlicense: mit\nlanguage: en\n---\n# Card\n\n## Model Details\n\nA model.\n";
    private static final String BROKEN = "---\nlicense: nope\nlanguage:\n- no\n---\n# Card\n";
    private static final String WARNED = "---\nlicense: mit\nlibrary_name: transformer\n---\n# Card\n";

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CardwrightCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void cleanCardExitsZero(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("README.md"), CLEAN);
        Run r = run("validate", f.toString());
        assertThat(r.code).isZero();
        assertThat(r.out).doesNotContain(": error ");
        assertThat(r.out).contains(f + ": completeness ");
    }

    @Test
    void errorsExitOneInCompilerFormat(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("README.md"), BROKEN);
        Run r = run("validate", f.toString());
        assertThat(r.code).isEqualTo(1);
        assertThat(r.out).contains(f + ":2:10: error CW101 \"license\" must be one of [")
                .contains(f + ":4:3: warning CW010 no is read as the boolean False");
    }

    @Test
    void strictMakesWarningsFail(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("README.md"), WARNED);
        assertThat(run("validate", f.toString()).code).isZero();
        assertThat(run("validate", "--strict", f.toString()).code).isEqualTo(1);
    }

    @Test
    void badUsageAndUnreadableInputExitTwo(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("README.md"), CLEAN);
        Run missing = run("validate", dir.resolve("nope.md").toString(), f.toString());
        assertThat(missing.code).isEqualTo(2);
        assertThat(missing.err).contains(dir.resolve("nope.md") + ":1:1: no such file");
        assertThat(run("validate", "--format", "xml", f.toString()).code).isEqualTo(2);
        assertThat(run("validate").code).isEqualTo(2);
        assertThat(run("lint", f.toString()).code).isEqualTo(2);
    }

    @Test
    void jsonFollowsTheContract(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("README.md"), BROKEN);
        Run r = run("validate", "--format", "json", f.toString());
        JsonNode root = new ObjectMapper().readTree(r.out);
        JsonNode file = root.path("files").get(0);
        assertThat(file.path("path").asText()).isEqualTo(f.toString());
        assertThat(file.path("completeness").isNumber()).isTrue();
        JsonNode d = file.path("diagnostics").get(0);
        assertThat(d.path("code").asText()).isEqualTo("CW101");
        assertThat(d.path("severity").asText()).isEqualTo("error");
        assertThat(d.path("line").asInt()).isEqualTo(2);
        assertThat(d.path("column").asInt()).isEqualTo(10);
        assertThat(d.path("path").asText()).isEqualTo("license");
        assertThat(d.has("message")).isTrue();
        JsonNode trap = file.path("diagnostics").get(1);
        assertThat(trap.path("fix").asText()).isEqualTo("\"no\"");
        assertThat(root.path("summary").path("errors").asInt()).isEqualTo(1);
        assertThat(root.path("summary").path("files").asInt()).isEqualTo(1);
    }

    @Test
    void sarifIsVersion210WithRulesAndRegions(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("README.md"), BROKEN);
        JsonNode root = new ObjectMapper().readTree(run("validate", "--format", "sarif", f.toString()).out);
        assertThat(root.path("version").asText()).isEqualTo("2.1.0");
        JsonNode run = root.path("runs").get(0);
        assertThat(run.path("tool").path("driver").path("name").asText()).isEqualTo("cardwright");
        JsonNode result = run.path("results").get(0);
        assertThat(result.path("ruleId").asText()).isEqualTo("CW101");
        assertThat(result.path("level").asText()).isEqualTo("error");
        int index = result.path("ruleIndex").asInt();
        assertThat(run.path("tool").path("driver").path("rules").get(index).path("id").asText()).isEqualTo("CW101");
        JsonNode region = result.path("locations").get(0).path("physicalLocation").path("region");
        assertThat(region.path("startLine").asInt()).isEqualTo(2);
        assertThat(region.path("startColumn").asInt()).isEqualTo(10);
    }

    @Test
    void lintFindsEveryCardBelowTheDirectoryAndSummarizes(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/README.md"), CLEAN);
        Files.writeString(dir.resolve("a/b/README.md"), BROKEN);
        Files.writeString(dir.resolve("a/b/notes.txt"), "not a card");
        Run r = run("lint", dir.toString());
        assertThat(r.code).isEqualTo(1);
        assertThat(r.out).contains(dir.resolve("a/b/README.md") + ":2:10: error CW101");
        assertThat(r.out).contains("2 files, 1 with errors: 1 errors");
        assertThat(r.err).isEmpty(); // no terminal here, so no progress bar
        Run json = run("lint", "--format", "json", dir.toString());
        assertThat(new ObjectMapper().readTree(json.out).path("files")).hasSize(2);
    }

    @Test
    void lintOfACleanTreeExitsZero(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("README.md"), CLEAN);
        assertThat(run("lint", dir.toString()).code).isZero();
    }

    @Test
    void lintTakesCardsAndLinkedCardsInPathOrderButDoesNotFollowLinkedFolders(@TempDir Path dir) throws IOException {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Files.createDirectories(tree.resolve("b"));
        Files.writeString(tree.resolve("b/README.md"), CLEAN);
        Files.writeString(tree.resolve("a.card.yaml"), "not read here");
        Files.writeString(tree.resolve("c.txt"), "not a card");
        Files.createDirectories(tree.resolve("folder.md")); // a folder named like a card is no card
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("README.md"), CLEAN);
        Files.createSymbolicLink(tree.resolve("linked.md"), outside.resolve("README.md"));
        Files.createSymbolicLink(tree.resolve("linked-folder"), outside);
        Files.createSymbolicLink(tree.resolve("dangling.md"), dir.resolve("missing.md"));
        assertThat(LintCommand.cards(tree)).containsExactly(tree.resolve("a.card.yaml"), tree.resolve("b/README.md"), tree.resolve("linked.md"));
    }
}
