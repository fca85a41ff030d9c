package dev.cardwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export/import/validate --hub modelscope as a script runs them. */
class ModelScopeCommandsTest {
    private static final String HUB_CARD = """
            ---
            license: apache-2.0
            pipeline_tag: text-to-image
            library_name: diffusers
            language:
            - zh
            ---
            # 模型

            一个文生图模型。
            """;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CardwrightCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void exportWritesTheTwinIntoItsOwnFolderAndLeavesTheHubReadmeAlone(@TempDir Path dir) throws IOException {
        Path readme = Files.writeString(dir.resolve("README.md"), HUB_CARD);
        Run r = run("export", readme.toString(), "--hub", "modelscope");
        assertThat(r.code).isZero();
        Path twin = dir.resolve("modelscope").resolve("README.md");
        assertThat(r.out).contains("wrote " + twin);
        assertThat(Files.readString(readme)).isEqualTo(HUB_CARD);
        assertThat(Files.readString(twin)).startsWith("---\ntasks:\n- text-to-image-synthesis\nframeworks:\n- pytorch\nlicense: Apache License 2.0\n");
        assertThat(r.err).contains(readme + ": note: body: the card has no Chinese translation");

        Run valid = run("validate", "--hub", "modelscope", twin.toString());
        assertThat(valid.out).doesNotContain("CW60");
        assertThat(valid.code).isZero();
    }

    @Test
    void validateFindsTheHubsKeysInAModelScopeReadme(@TempDir Path dir) throws IOException {
        Path readme = Files.writeString(dir.resolve("README.md"), HUB_CARD.replace("# 模型\n\n一个文生图模型。", "# Model\n\nText to image."));
        Run r = run("validate", "--hub", "modelscope", readme.toString());
        assertThat(r.out)
                .contains(readme + ":2:1: warning CW601 no \"tasks\"; ModelScope lists, filters and runs a model by its task; "
                        + "pipeline_tag \"text-to-image\" is \"text-to-image-synthesis\" there")
                .contains(readme + ":2:10: warning CW603 \"license\" with value \"apache-2.0\" is not one of ModelScope's license names [Apache License 2.0, MIT, ")
                .contains("(did you mean \"Apache License 2.0\"?)")
                .contains(readme + ":3:1: info CW605 \"pipeline_tag\" is the Hub's key; ModelScope reads \"tasks\" instead")
                .contains(readme + ":8:1: info CW608 the card's text has no Chinese")
                .doesNotContain("CW101");
        assertThat(r.code).isZero(); // warnings only
        assertThat(run("validate", "--hub", "modelscope", "--strict", readme.toString()).code).isEqualTo(1);
    }

    @Test
    void validateChecksTasksFrameworksAndIndexing(@TempDir Path dir) throws IOException {
        Path readme = Files.writeString(dir.resolve("README.md"), """
                ---
                tasks:
                - automatic-speech-recognition
                frameworks: pytorch
                indexing:
                  results:
                  - task:
                      name: ASR
                    metrics:
                    - type: CER
                ---
                # 语音识别
                """);
        Run r = run("validate", "--hub", "modelscope", readme.toString());
        assertThat(r.out)
                .contains(readme + ":3:3: warning CW602 \"tasks[0]\" with value \"automatic-speech-recognition\" is not a ModelScope task (did you mean \"auto-speech-recognition\"?)")
                .contains(readme + ":4:13: warning CW607 \"frameworks\" must be a list on ModelScope, not a string")
                .contains(": error CW606 \"indexing.results[0].dataset.name\" is required")
                .contains(readme + ":10:7: error CW606 \"indexing.results[0].metrics[0].value\" is required");
        assertThat(r.code).isEqualTo(1);
    }

    @Test
    void importMapsAModelScopeReadmeBack(@TempDir Path dir) throws IOException {
        Path readme = Files.writeString(dir.resolve("README.md"), "---\ntasks:\n- text-to-image-synthesis\nlicense: Apache License 2.0\n---\n# 模型\n");
        Path source = dir.resolve("m.card.yaml");
        Run r = run("import", readme.toString(), "--hub", "modelscope", "-o", source.toString());
        assertThat(r.code).isZero();
        Run back = run("export", source.toString(), "-o", dir.resolve("hub").toString());
        assertThat(back.code).isZero();
        assertThat(Files.readString(dir.resolve("hub").resolve("README.md")))
                .isEqualTo("---\nlicense: apache-2.0\npipeline_tag: text-to-image\n---\n# 模型\n");
    }

    @Test
    void anUnknownHubIsBadUsage(@TempDir Path dir) throws IOException {
        Path readme = Files.writeString(dir.resolve("README.md"), HUB_CARD);
        for (String command : new String[] {"export", "validate"}) {
            Run r = run(command, readme.toString(), "--hub", "gitee");
            assertThat(r.code).as(command).isEqualTo(2);
            assertThat(r.err).contains("--hub must be huggingface or modelscope (got 'gitee')");
        }
        assertThat(Files.exists(dir.resolve("modelscope"))).isFalse();
    }
}
