package dev.cardwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --drop-empty-optional}: empty [optional] sections and field lines stay out of the README. */
class DropEmptyOptionalTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static final String README = "---\nlicense: mit\n---\n# Model Card for org/m\n\n## Model Details\n\n"
            + "- **Developed by:** Ann\n- **Funded by [optional]:** [More Information Needed]\n- **Shared by [optional]:** \n"
            + "- **Paper [optional]:** arXiv:1234\n\n"
            + "### Model Sources [optional]\n\n<!-- Provide the basic links for the model. -->\n\n- **Repository:** [More Information Needed]\n\n"
            + "### Model Examination [optional]\n\nWe looked at attention maps.\n\n## Uses\n\nUse it.\n";

    private int run(String... args) {
        return CardwrightCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void emptyOptionalPartsAreLeftOutOthersStayByteForByte() throws Exception {
        Path readme = dir.resolve("in").resolve("README.md");
        Files.createDirectories(readme.getParent());
        Files.writeString(readme, README, StandardCharsets.UTF_8);
        Path plain = dir.resolve("plain");
        Path dropped = dir.resolve("dropped");
        assertThat(run("export", readme.toString(), "-o", plain.toString())).as(err.toString()).isZero();
        assertThat(run("export", readme.toString(), "-o", dropped.toString(), "--drop-empty-optional")).as(err.toString()).isZero();
        assertThat(Files.readString(plain.resolve("README.md"))).isEqualTo(README);
        assertThat(Files.readString(dropped.resolve("README.md"))).isEqualTo("---\nlicense: mit\n---\n# Model Card for org/m\n\n## Model Details\n\n"
                + "- **Developed by:** Ann\n- **Paper [optional]:** arXiv:1234\n\n"
                + "### Model Examination [optional]\n\nWe looked at attention maps.\n\n## Uses\n\nUse it.\n");
    }
}
