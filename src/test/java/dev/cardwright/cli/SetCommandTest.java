package dev.cardwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.yaml.CardSourceFile;

class SetCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CardwrightCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void setsSeveralKeysInPlaceInOrder() throws Exception {
        Path readme = file("README.md", "---\nlicense: apache-2.0 # old\ntags: [a]\n---\n# Model\n\nText.\n");
        int code = run("set", readme.toString(), "license=mit", "tags=[a, b]", "language='no'", "pipeline_tag=text-generation");
        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readString(readme)).isEqualTo(
                "---\nlicense: mit # old\ntags: [a, b]\nlanguage: 'no'\npipeline_tag: text-generation\n---\n# Model\n\nText.\n");
    }

    @Test
    void readsValuesAsYaml12SoNoStaysAString() throws Exception {
        Path readme = file("README.md", "---\nlicense: mit\n---\n");
        assertThat(run("set", readme.toString(), "language=no")).isZero();
        assertThat(Files.readString(readme)).isEqualTo("---\nlicense: mit\nlanguage: 'no'\n---\n");
    }

    @Test
    void anEmptyValueRemovesTheKey() throws Exception {
        Path readme = file("README.md", "---\nlicense: mit\ntags:\n- a\n---\nbody\n");
        assertThat(run("set", readme.toString(), "tags=")).isZero();
        assertThat(Files.readString(readme)).isEqualTo("---\nlicense: mit\n---\nbody\n");
    }

    @Test
    void writesToOutAndLeavesTheInputAlone() throws Exception {
        String text = "---\nlicense: mit\n---\nbody\n";
        Path readme = file("README.md", text);
        Path target = dir.resolve("out.md");
        assertThat(run("set", readme.toString(), "license=gpl-3.0", "-o", target.toString())).isZero();
        assertThat(Files.readString(readme)).isEqualTo(text);
        assertThat(Files.readString(target)).isEqualTo("---\nlicense: gpl-3.0\n---\nbody\n");
    }

    @Test
    void keepsCrlfAndTheBodyOfACrlfFile() throws Exception {
        Path readme = file("README.md", "---\r\nlicense: mit\r\ntags:\r\n- a\r\n---\r\n# Title\r\n\r\nText\r\n");
        assertThat(run("set", readme.toString(), "tags=[x, y]")).isZero();
        assertThat(Files.readString(readme))
                .isEqualTo("---\r\nlicense: mit\r\ntags:\r\n- x\r\n- y\r\n---\r\n# Title\r\n\r\nText\r\n");
    }

    @Test
    void givesACardWithoutFrontMatterOneBeforeTheBody() throws Exception {
        Path readme = file("README.md", "# Title\n\nText\n");
        assertThat(run("set", readme.toString(), "license=mit")).isZero();
        assertThat(Files.readString(readme)).isEqualTo("---\nlicense: mit\n---\n# Title\n\nText\n");
    }

    @Test
    void refusesAnUnsafeEditWithTheFilePositionAndLeavesTheFileUntouched() throws Exception {
        String text = "---\nlicense: mit\ntags: [a]\nlicense: gpl\n---\nbody\n";
        Path readme = file("README.md", text);
        assertThat(run("set", readme.toString(), "tags=[b]", "license=x")).isEqualTo(CardwrightCommand.PROBLEMS);
        assertThat(err.toString().strip()).isEqualTo(readme + ":4:1: duplicate key 'license' (first at line 1); which one to edit is ambiguous");
        assertThat(Files.readString(readme)).isEqualTo(text);
    }

    @Test
    void refusesFrontMatterThatIsNotYaml() throws Exception {
        String text = "\n---\nlicense: [mit\n---\nbody\n";
        Path readme = file("README.md", text);
        assertThat(run("set", readme.toString(), "license=x")).isEqualTo(CardwrightCommand.PROBLEMS);
        assertThat(err.toString()).startsWith(readme + ":4:").contains("not valid YAML");
        assertThat(Files.readString(readme)).isEqualTo(text);
    }

    @Test
    void editsTheFrontMatterOfACardSource() throws Exception {
        Card card = ReadmeReader.read("---\nlicense: mit\n---\n# T\n".getBytes(StandardCharsets.UTF_8), "README.md");
        Path source = dir.resolve("model.card.yaml");
        CardSourceFile.write(card, source);
        assertThat(run("set", source.toString(), "license=apache-2.0")).as(err.toString()).isZero();
        assertThat(CardSourceFile.read(source).getFrontMatter().getYaml()).isEqualTo("license: apache-2.0\n");
    }

    @Test
    void placesARefusalInsideACardSourceAtTheLineOfTheYaml() throws Exception {
        Card card = ReadmeReader.read("---\na: 1\nb: &x 2\nc: *x\n---\n# T\n".getBytes(StandardCharsets.UTF_8), "README.md");
        Path source = dir.resolve("model.card.yaml");
        CardSourceFile.write(card, source);
        assertThat(run("set", source.toString(), "c=3")).isEqualTo(CardwrightCommand.PROBLEMS);
        String message = err.toString().strip();
        assertThat(message).contains("anchor or alias");
        int line = Integer.parseInt(message.substring(source.toString().length() + 1).split(":")[0]);
        assertThat(Files.readAllLines(source).get(line - 1)).contains("b: &x 2");
    }

    @Test
    void badUsageIsExitTwo() throws Exception {
        Path readme = file("README.md", "---\nlicense: mit\n---\n");
        assertThat(run("set", readme.toString(), "license")).isEqualTo(CardwrightCommand.USAGE);
        assertThat(err.toString()).contains("expected KEY=VALUE");
        assertThat(run("set", readme.toString(), "tags=[a")).isEqualTo(CardwrightCommand.USAGE);
        assertThat(run("set", readme.toString())).isEqualTo(CardwrightCommand.USAGE);
        assertThat(run("set", dir.resolve("missing.md").toString(), "a=1")).isEqualTo(CardwrightCommand.USAGE);
        assertThat(err.toString()).contains("missing.md:1:1: no such file");
    }

    @Test
    void setsAKeyOnACardWhoseMetadataIsAnEmptyFlowMapping() throws Exception {
        Path readme = file("README.md", "---\n{}\n---\n# Model\n\nText.\n");
        assertThat(run("set", readme.toString(), "license=mit", "language=[zh]")).as(err.toString()).isZero();
        assertThat(Files.readString(readme)).isEqualTo("---\nlicense: mit\nlanguage:\n- zh\n---\n# Model\n\nText.\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void convertsAFlowMappingToBlockStyleWithANotice() throws Exception {
        Path readme = file("README.md", "---\n{license: apache-2.0, tags: [a]}\n---\nbody\n");
        assertThat(run("set", readme.toString(), "license=mit")).as(err.toString()).isZero();
        assertThat(Files.readString(readme)).isEqualTo("---\nlicense: mit\ntags:\n- a\n---\nbody\n");
        assertThat(err.toString()).contains(readme.toString()).contains("flow mapping").contains("block style");
    }

    @Test
    void hasHelp() {
        assertThat(run("set", "--help")).isZero();
        assertThat(out.toString()).contains("KEY=VALUE").contains("-o, --output");
    }

    // issue 12: data loss

    @Test
    void onACrOnlyFileEverySetEditsTheOneBlockWhichTheHubCanRead() throws Exception {
        Path readme = file("README.md", "# Title\r\rText\r");
        for (String license : new String[] {"mit", "gpl-3.0", "apache-2.0"}) {
            assertThat(run("set", readme.toString(), "license=" + license)).as(err.toString()).isZero();
        }
        // the closing fence must end in LF or CRLF for the Hub's rule; the rest keeps its CR
        assertThat(Files.readString(readme)).isEqualTo("---\rlicense: apache-2.0\r---\r\n# Title\r\rText\r");
        Card card = ReadmeReader.read(readme);
        assertThat(dev.cardwright.yaml.CardMetadata.read(card)).containsEntry("license", "apache-2.0");
    }

    @Test
    void refusesACrOnlyFileWhoseBlockTheHubCannotReadInsteadOfStackingASecond() throws Exception {
        String text = "---\rlicense: mit\r---\r# Title\rText\r";
        Path readme = file("README.md", text);
        assertThat(run("set", readme.toString(), "license=gpl-3.0")).isEqualTo(1);
        assertThat(err.toString()).contains("README.md:1:1:").contains("lone CR");
        assertThat(Files.readString(readme)).isEqualTo(text);
    }

    @Test
    void refusesTaggedValuesInsteadOfWritingJavaNames() throws Exception {
        String text = "---\nlicense: mit\n---\nbody\n";
        Path readme = file("README.md", text);
        assertThat(run("set", readme.toString(), "license=!!binary aGVsbG8=")).isEqualTo(2);
        assertThat(err.toString()).contains("license").contains("!!binary");
        assertThat(Files.readString(readme)).isEqualTo(text);
    }

    @Test
    void honoursTheBoolTagOrRefusesItButNeverIgnoresIt() throws Exception {
        Path readme = file("README.md", "---\nlicense: mit\n---\nbody\n");
        int code = run("set", readme.toString(), "x=!!bool yes");
        if (code == 0) {
            assertThat(dev.cardwright.yaml.CardMetadata.read(ReadmeReader.read(readme))).containsEntry("x", true);
        } else {
            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).contains("!!bool");
            assertThat(Files.readString(readme)).isEqualTo("---\nlicense: mit\n---\nbody\n");
        }
    }

    @Test
    void refusesToWriteACardSourceOverAReadme() throws Exception {
        Path source = file("a.card.yaml", "cardwright: 1\n");
        String readmeText = "---\nlicense: mit\n---\n# A\n";
        Path readme = file("a.md", readmeText);
        int code = run("set", source.toString(), "license=mit", "-o", readme.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("a.md").contains(".card.yaml");
        assertThat(Files.readString(readme)).isEqualTo(readmeText);
    }

    @Test
    void keepsTheModeOfTheFileItEdits() throws Exception {
        Path readme = file("README.md", "---\nlicense: mit\n---\nbody\n");
        Files.setPosixFilePermissions(readme, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        assertThat(run("set", readme.toString(), "license=gpl-3.0")).isZero();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(readme))).isEqualTo("rw-rw-r--");
    }
}
