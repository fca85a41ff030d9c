package dev.cardwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * issue 12: block quotes and lists nested deeper than {@code Limits.MAX_MARKDOWN_DEPTH} are
 * refused by every command, at their line and column, instead of parsing for minutes (a
 * 5,000-level list did not render in two); nothing is written.
 */

class DeepMarkdownCommandsTest {
    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    /** Front matter (3 lines), a heading, a blank line, then a list whose level 101 opens on line 106. */
    private static Path deepList(Path dir) throws IOException {
        StringBuilder b = new StringBuilder("---\nlicense: mit\n---\n# T\n\n");
        for (int i = 0; i < 1000; i++) {
            b.append("  ".repeat(i)).append("- a\n");
        }
        return Files.writeString(dir.resolve("README.md"), b.toString());
    }

    private static final String REFUSAL = ":10[67]:\\d+: block quotes and lists nest more than 100 deep";

    @Test
    void importExportAndSetRefuseAtTheLineAndWriteNothing(@TempDir Path dir) throws IOException {
        Path readme = deepList(dir);
        String before = Files.readString(readme);
        CommandRun imported = run("import", readme.toString(), "-o", dir.resolve("x.card.yaml").toString());
        CommandRun exported = run("export", readme.toString(), "--html", "-o", dir.resolve("out").toString());
        CommandRun set = run("set", readme.toString(), "license=apache-2.0");
        for (CommandRun r : new CommandRun[] {imported, exported, set}) {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err().strip()).matches(java.util.regex.Pattern.quote(readme.toString()) + REFUSAL);
        }
        assertThat(dir.resolve("x.card.yaml")).doesNotExist();
        assertThat(dir.resolve("out").resolve("README.html")).doesNotExist();
        assertThat(Files.readString(readme)).isEqualTo(before);
    }

    @Test
    void validateReportsItAsCw015AndGoesOn(@TempDir Path dir) throws IOException {
        Path readme = deepList(dir);
        CommandRun r = run("validate", readme.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).containsPattern(java.util.regex.Pattern.quote(readme.toString())
                + ":10[67]:\\d+: error CW015 block quotes and lists nest more than 100 deep; Cardwright refuses to open or export this text");
        assertThat(r.out()).contains("CW306"); // the rest of the card was still checked
    }

    /**
     * A card source is the editor's own file: it may hold text typed past the limit, and must
     * open again, so it is not refused; its HTML shows that section's text flattened, and the
     * parse behind it stops at the limit.
     */
    @Test
    void aCardSourceIsExportedWithTheDeepTextFlattened(@TempDir Path dir) throws IOException {
        Path source = Files.writeString(dir.resolve("deep.card.yaml"), "cardwright: 1\ncard_type: model\nsections:\n- id: t\n  level: 1\n"
                + "  title: T\n  heading: \"# T\\n\"\n  text: |\n    intro\n    " + ">".repeat(50_000) + " deep\n");
        CommandRun exported = run("export", source.toString(), "--html", "-o", dir.resolve("out").toString());
        assertThat(exported.code()).isZero();
        String html = Files.readString(dir.resolve("out").resolve("README.html"));
        assertThat(html).contains("<pre class=\"too-deep\">").contains("intro\n&gt;&gt;&gt;").contains("&gt; deep");
        assertThat(Files.readString(dir.resolve("out").resolve("README.md"))).contains(">".repeat(50_000) + " deep\n");
    }
}
