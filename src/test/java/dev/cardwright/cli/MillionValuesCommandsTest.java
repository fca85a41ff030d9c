package dev.cardwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * issue 12: a front matter with a 1,000,000-item flow list (3 MB) is refused before it is composed
 * (it took 30 s and ran out of 256 MB); each command says so at the block, and nothing is lost.
 */

class MillionValuesCommandsTest {
    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private static Path card(Path dir) throws IOException {
        return Files.writeString(dir.resolve("README.md"), "---\nlicense: mit\ntags: [" + "a, ".repeat(999_999) + "a]\n---\n# T\n\ntext\n");
    }

    @Test
    void validateAndSetRefuseAtTheBlock(@TempDir Path dir) throws IOException {
        Path readme = card(dir);
        String before = Files.readString(readme);
        CommandRun validate = run("validate", readme.toString());
        CommandRun set = run("set", readme.toString(), "license=apache-2.0");
        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.out()).contains(readme + ":2:1: error CW007 metadata refused: it holds more than 300000 values");
        assertThat(set.code()).isEqualTo(1);
        assertThat(set.err().strip()).isEqualTo(readme + ":2:1: metadata refused: it holds more than 300000 values (list items, keys and scalars)");
        assertThat(Files.readString(readme)).isEqualTo(before);
    }

    @Test
    void importKeepsTheBlockAsTextAndExportGivesItBackByteForByte(@TempDir Path dir) throws IOException {
        Path readme = card(dir);
        Path source = dir.resolve("c.card.yaml");
        CommandRun imported = run("import", readme.toString(), "-o", source.toString());
        assertThat(imported.code()).isZero();
        assertThat(imported.err()).contains(readme + ":2:1: warning: front matter is not valid YAML: refused: it holds more than 300000 values");
        CommandRun exported = run("export", source.toString(), "-o", dir.resolve("out").toString());
        assertThat(exported.code()).isZero();
        assertThat(Files.readString(dir.resolve("out").resolve("README.md"))).isEqualTo(Files.readString(readme));
    }
}
