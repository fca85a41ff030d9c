package dev.cardwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** issue 12: no output of {@code export} may be one of its inputs, and a refused name writes nothing. */
class ExportOutputsTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CardwrightCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static final String SOURCE = """
            cardwright: 1
            card_type: model
            readme:
              encoding: utf-8
              line_ending: lf
            preamble: "Hello.\\n"
            translations:
              - language: zh
                sections:
                  - id: _preamble
                    status: translated
                    source_fingerprint: x
                    text: "你好。\\n"
                    source_text: "Hello.\\n"
            export:
              readme_name: %s
              translation_naming: README_{lang}.md
              language_links: false
            """;

    private Path source(String name, String readmeName) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, SOURCE.formatted(readmeName));
        return p;
    }

    private String[] files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void aNamingThatNamesTheCardSourceIsRefusedAndNothingIsWritten() throws Exception {
        Path s = source("s.card.yaml", "README.md");
        String before = Files.readString(s);
        assertThat(run("export", s.toString(), "--naming", "s.card.yaml")).isEqualTo(2);
        assertThat(err.toString()).contains("s.card.yaml").contains("input");
        assertThat(Files.readString(s)).isEqualTo(before);
        assertThat(files()).containsExactly("s.card.yaml"); // not even README.md
    }

    @Test
    void aReadmeNameEqualToTheCardSourcesNameIsRefused() throws Exception {
        Path s = source("s.card.yaml", "s.card.yaml");
        String before = Files.readString(s);
        assertThat(run("export", s.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("input").doesNotContain("internal error");
        assertThat(Files.readString(s)).isEqualTo(before);
        assertThat(files()).containsExactly("s.card.yaml");
    }

    @Test
    void theInputIsRecognisedThroughASymlinkedFolder() throws Exception {
        Path s = source("s.card.yaml", "README.md");
        Path alias = Files.createSymbolicLink(dir.resolve("alias"), dir);
        String before = Files.readString(s);
        assertThat(run("export", s.toString(), "-o", alias.toString(), "--naming", "s.card.yaml")).isEqualTo(2);
        assertThat(Files.readString(s)).isEqualTo(before);
    }

    @Test
    void aBadNamingInTheCardSourceIsACleanErrorNotAnInternalOne() throws Exception {
        Path s = source("s.card.yaml", "README.md");
        Files.writeString(s, Files.readString(s).replace("README_{lang}.md", "x/{lang}.md"));
        assertThat(run("export", s.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith(s.toString() + ":").doesNotContain("internal error");
        assertThat(files()).containsExactly("s.card.yaml");
    }

    @Test
    void aNewlineInAFileNameIsRefused() throws Exception {
        Path s = source("s.card.yaml", "README.md");
        assertThat(run("export", s.toString(), "--naming", "README_{lang}\n.md")).isEqualTo(2);
        assertThat(files()).containsExactly("s.card.yaml");
    }
}
