package dev.cardwright.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.cardwright.validate.ValidationRun;

/**
 * issue 12: validate and lint on files that used to pass or stop the run: UTF-16 without a byte
 * order mark, tags PyYAML's safe_load refuses, a 50,000-column table, an unreadable folder.
 */
class ValidateHostileFilesTest {
    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRefusedAsImportRefusesIt(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("README.md");
        Files.write(f, "---\nlicense: mit\n---\n# Title\n\nText.\n".getBytes(StandardCharsets.UTF_16LE));
        CommandRun validate = run("validate", f.toString());
        CommandRun imported = run("import", f.toString(), "-o", dir.resolve("x.card.yaml").toString());
        assertThat(validate.code()).isEqualTo(2);
        assertThat(validate.err().strip()).isEqualTo(f + ":1:2: binary file: NUL byte at byte offset 1 (it looks like UTF-16 without a byte order mark;"
                + " save it as UTF-8); not a Markdown card");
        assertThat(imported.code()).isEqualTo(2);
        assertThat(imported.err().strip()).isEqualTo(validate.err().strip());
        // with a byte order mark it stays a card (with the CW001 error the Hub's UTF-8 reading earns)
        Files.write(f, ("\uFEFF---\nlicense: mit\n---\n# Title\n").getBytes(StandardCharsets.UTF_16LE));
        assertThat(run("validate", f.toString()).out()).contains("CW001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x: !!python/tuple [1, 2]|tag:yaml.org,2002:python/tuple", "x: !foo 1|!foo",
            "x: !!python/object:os.system {}|tag:yaml.org,2002:python/object:os.system", "x: !!merge {}|tag:yaml.org,2002:merge"})
    void tagsSafeLoadCannotConstructAreErrorsWhereTheyAre(String yamlAndTag, @TempDir Path dir) throws IOException {
        String[] parts = yamlAndTag.split("\\|");
        Path f = Files.writeString(dir.resolve("README.md"), "---\nlicense: mit\n" + parts[0] + "\n---\n# Title\n");
        CommandRun r = run("validate", f.toString());
        assertThat(r.code()).isEqualTo(1);
        // PyYAML: "could not determine a constructor for the tag '…'", line 3, column 4 (1-based here)
        assertThat(r.out()).contains(f + ":3:4: error CW013 metadata cannot be read by PyYAML's safe_load, which the Hub uses:"
                + " could not determine a constructor for the tag '" + parts[1] + "'");
    }

    @Test
    void tagsSafeLoadConstructsAreNotFlagged(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("README.md"), "---\nlicense: mit\na: !!set {x}\nb: !!binary aGk=\nc: !!timestamp 2020-01-01\n"
                + "d: !!omap [k: 1]\ne: &e !!str v\nf: *e\n---\n# Title\n");
        assertThat(run("validate", f.toString()).out()).doesNotContain("CW013");
    }

    @Test
    void aTableOfFiftyThousandColumnsIsValidatedWithoutAnInternalError(@TempDir Path dir) throws IOException {
        int n = 50_000;
        StringBuilder b = new StringBuilder("---\nlicense: mit\n---\n# T\n\n");
        for (String cell : List.of("c", "-", "v")) {
            b.append('|');
            for (int i = 0; i < n; i++) {
                b.append(cell).append(i).append('|');
            }
            b.append('\n');
        }
        Path f = Files.writeString(dir.resolve("README.md"), b.toString().replaceAll("\\|-\\d+", "|---"));
        CommandRun r = run("validate", f.toString());
        assertThat(r.code()).as(r.err()).isIn(0, 1);
        assertThat(r.out() + r.err()).doesNotContain("internal error").contains(f + ": completeness ");
    }

    @Test
    void anUnreadableFolderIsAnEntryOfTheReportAndTheLintGoesOn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("README.md"), "---\nlicense: mit\n---\n# Card\n");
        ValidationRun.Outcome outcome = new ValidationRun(new dev.cardwright.validate.CardValidator())
                .run(List.of(dir.resolve("README.md")), List.of(dir.resolve("README.md").toString()), i -> { });
        ValidationRun.Outcome with = LintCommand.withFolders(outcome, List.of(dir.resolve("locked")));
        assertThat(with.results()).extracting(r -> r.file()).containsExactly(dir.resolve("README.md").toString(), dir.resolve("locked").toString());
        assertThat(with.results().get(1).diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("CW014");
            assertThat(d.message()).isEqualTo("cannot read this folder (it could not be listed); the cards in it were not checked");
        });
        assertThat(LintCommand.exitCode(with, false, new PrintWriter(new StringWriter()))).isEqualTo(1);
    }

    @Test
    void lintReportsAFolderItMayNotReadAsJsonAndExitsOne(@TempDir Path dir) throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every folder; run as another user to see the refusal");
        Files.writeString(dir.resolve("README.md"), "---\nlicense: mit\n---\n# Card\n");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.writeString(locked.resolve("README.md"), "# inside\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            CommandRun r = run("lint", dir.toString(), "--format", "json");
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.out()).contains("\"CW014\"").contains("locked").contains("permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
