package dev.cardwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cardwright.testing.SharedCorpus;

class ImportExportCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CardwrightCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path file(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path file(String name, String text) throws Exception {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void importThenExportGivesTheReadmeBack() throws Exception {
        byte[] bytes = "---\r\nlicense: mit\r\n---\r\n# Model\r\ntext\n".getBytes(StandardCharsets.UTF_8);
        Path readme = file("README.md", bytes);
        Path source = dir.resolve("model.card.yaml");
        assertThat(run("import", readme.toString(), "-o", source.toString())).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(Files.readString(source)).contains("cardwright: 1");
        Path outDir = dir.resolve("out");
        assertThat(run("export", source.toString(), "-o", outDir.toString())).isZero();
        assertThat(Files.readAllBytes(outDir.resolve("README.md"))).isEqualTo(bytes);
    }

    @Test
    void exportWritesBesideTheSourceByDefault() throws Exception {
        Path readme = file("README.md", "# A\n");
        assertThat(run("import", readme.toString())).isZero();
        Path source = dir.resolve("README.card.yaml");
        assertThat(source).exists();
        Files.delete(readme);
        assertThat(run("export", source.toString())).isZero();
        assertThat(Files.readString(readme)).isEqualTo("# A\n");
    }

    @Test
    void htmlExportWritesAPageBesideTheReadme() throws Exception {
        Path readme = file("README.md", "# A\n");
        assertThat(run("export", readme.toString(), "--html")).isEqualTo(0);
        assertThat(java.nio.file.Files.readString(dir.resolve("README.html"))).contains("<section data-section-id=").doesNotContain("<script");
    }

    @Test
    void badInputIsOneLocatedLineAndExitTwo() throws Exception {
        Path readme = file("README.md", new byte[] {'#', ' ', 'A', '\n', 'x', (byte) 0xFF});
        assertThat(run("import", readme.toString(), "-o", dir.resolve("a.card.yaml").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith(readme + ":2:2: not valid UTF-8: byte 0xFF at byte offset 5");
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).doesNotContain("\tat ");
    }

    @Test
    void badCardSourceIsReportedWhereTheMistakeIs() throws Exception {
        Path source = file("a.card.yaml", "cardwright: 1\nsections:\n  - id: a\n    tilte: A\n");
        assertThat(run("export", source.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith(source + ":4:5: unknown key 'tilte'");
    }

    @Test
    void missingInputIsExitTwo() {
        assertThat(run("import", dir.resolve("nope.md").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("nope.md:1:1: no such file");
    }

    @Test
    void warnsButImportsFrontMatterThatIsAList() throws Exception {
        Path readme = file("README.md", "---\n- conversation\n---\n# A\n");
        Path source = dir.resolve("a.card.yaml");
        assertThat(run("import", readme.toString(), "-o", source.toString())).isZero();
        assertThat(err.toString()).startsWith(readme + ":2:1: warning: front matter is a list");
        assertThat(source).exists();
    }

    @Test
    void warnsAtTheLineOfBrokenYaml() throws Exception {
        Path readme = file("README.md", "\n---\nlicense: mit\ntags:  \tx: [\n---\n");
        Path source = dir.resolve("a.card.yaml");
        assertThat(run("import", readme.toString(), "-o", source.toString())).isZero();
        assertThat(err.toString()).matches("(?s)" + java.util.regex.Pattern.quote(readme.toString()) + ":4:\\d+: warning: front matter is not valid YAML.*");
        assertThat(run("export", source.toString(), "-o", dir.resolve("out").toString())).isZero();
        assertThat(Files.readString(dir.resolve("out/README.md"))).isEqualTo("\n---\nlicense: mit\ntags:  \tx: [\n---\n");
    }

    @Test
    void refusesToWriteYamlOverAFileThatIsNotACardSource() throws Exception {
        Path readme = file("README.md", "# A\n");
        assertThat(run("import", readme.toString(), "-o", readme.toString())).isEqualTo(2);
        assertThat(Files.readString(readme)).isEqualTo("# A\n");
    }

    @Test
    void failedExportLeavesTheOldReadmeIntact() throws Exception {
        Path source = file("a.card.yaml", "cardwright: 1\nreadme:\n  encoding: utf-8\npreamble: \"bad \\uD800\\n\"\n");
        Path outDir = Files.createDirectory(dir.resolve("out"));
        Path old = Files.writeString(outDir.resolve("README.md"), "good old card\n");
        assertThat(run("export", source.toString(), "-o", outDir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("U+D800");
        assertThat(Files.readString(old)).isEqualTo("good old card\n");
        try (var files = Files.list(outDir)) {
            assertThat(files).containsExactly(old);
        }
    }

    @Test
    void exportIntoAFileInsteadOfAFolderFails() throws Exception {
        Path readme = file("README.md", "# A\n");
        Path blocker = file("blocker", "x");
        assertThat(run("export", readme.toString(), "-o", blocker.toString())).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(Files.readString(blocker)).isEqualTo("x");
    }

    @Test
    void benchPrintsThroughput() throws Exception {
        Path cards = Files.createDirectory(dir.resolve("cards"));
        Files.writeString(cards.resolve("a.md"), "---\nlicense: mit\n---\n# A\ntext\n## B\nmore\n");
        Files.writeString(cards.resolve("b.md"), "# Only\n");
        assertThat(run("bench", "--corpus", cards.toString(), "--rounds", "2", "--warmup", "1")).isZero();
        assertThat(out.toString()).contains("corpus: 2 cards").containsPattern("import \\+ export +[0-9.]+ MB/s")
                .containsPattern("render default template +[0-9.]+ ms per card");
    }

    @Test
    void importsAndExportsTheUtf16CorpusCardExactly() throws Exception {
        Path card = SharedCorpus.card("saranscript_huggingface-models__models_Jtisch7_bertFinancialSent_README.md");
        Path source = dir.resolve("x.card.yaml");
        assertThat(run("import", card.toString(), "-o", source.toString())).isZero();
        assertThat(Files.readString(source)).contains("encoding: utf-16le-bom", "line_ending: crlf");
        assertThat(run("export", source.toString(), "-o", dir.toString())).isZero();
        assertThat(Files.readAllBytes(dir.resolve("README.md"))).isEqualTo(Files.readAllBytes(card));
    }
}
