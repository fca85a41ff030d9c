package dev.cardwright.repo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.cardwright.card.Card;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.cli.CardwrightCommand;
import dev.cardwright.testing.Shared;
import dev.cardwright.yaml.CardSourceFile;

/**
 * A card is a repository folder: import DIR, then export, gives back every file byte for byte.
 * Folders are built from every pair of ../shared/corpus/PAIRS.tsv (the English card as README.md
 * and the Chinese one under each naming scheme, and the other way round) plus the
 * {@code .eval_results} fixtures.
 */
class RepositoryRoundTripTest {
    private static final String[] EVAL_FIXTURES = {"commented.yaml", "crlf.yml", "broken.yaml", "hf-written.yaml"};
    private static final String[] CHINESE_NAMES = {"README_zh.md", "README_CN.md", "README.zh.md", "README_zh-CN.md"};
    private static final String[] ENGLISH_NAMES = {"README_en.md", "README_EN.md"};

    static Stream<Arguments> folders() throws IOException {
        Path corpus = Shared.assumeDirectory("corpus");
        List<Arguments> cases = new ArrayList<>();
        List<String> lines = Files.readAllLines(corpus.resolve("PAIRS.tsv"), StandardCharsets.UTF_8);
        int i = 0;
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            Path english = corpus.resolve(f[1]);
            Path chinese = corpus.resolve(f[2]);
            cases.add(Arguments.of(f[0] + " en+" + CHINESE_NAMES[i % 4], english, chinese, CHINESE_NAMES[i % 4]));
            cases.add(Arguments.of(f[0] + " zh+" + ENGLISH_NAMES[i % 2], chinese, english, ENGLISH_NAMES[i % 2]));
            i++;
        }
        return cases.stream();
    }

    private static Map<String, byte[]> build(Path dir, Path readme, Path translation, String translationName) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("README.md", Files.readAllBytes(readme));
        files.put(translationName, Files.readAllBytes(translation));
        for (String name : EVAL_FIXTURES) {
            try (var in = RepositoryRoundTripTest.class.getResourceAsStream("/dev/cardwright/evalresults/files/" + name)) {
                files.put(".eval_results/" + name, in.readAllBytes());
            }
        }
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }
        return files;
    }

    private static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }

    private static int cli(String... args) {
        return CardwrightCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("folders")
    void importThenExportGivesEveryFileBackByteForByte(String name, Path readme, Path translation, String translationName,
            @TempDir Path tmp) throws IOException {
        Path repo = tmp.resolve("repo");
        Map<String, byte[]> original = build(repo, readme, translation, translationName);
        Path source = tmp.resolve("card.card.yaml");
        assertThat(cli("import", repo.toString(), "-o", source.toString())).isZero();
        Path out = tmp.resolve("out");
        assertThat(cli("export", source.toString(), "-o", out.toString())).isZero();
        Map<String, byte[]> exported = contents(out);
        assertThat(exported.keySet()).containsExactlyElementsOf(original.keySet());
        for (String path : original.keySet()) {
            assertThat(exported.get(path)).as(path).isEqualTo(original.get(path));
        }
        Card card = CardSourceFile.read(source);
        assertThat(card.getTranslations()).hasSize(1);
        assertThat(card.getRepository().getTranslations()).singleElement()
                .satisfies(t -> assertThat(t.path()).isEqualTo(translationName));
        assertThat(card.getEvalResultsFiles()).extracting(f -> f.getPath())
                .containsExactly(".eval_results/broken.yaml", ".eval_results/commented.yaml", ".eval_results/crlf.yml",
                        ".eval_results/hf-written.yaml");
    }

    @Test
    void anEditedTranslationIsWrittenFromTheCardUnderItsOwnName(@TempDir Path tmp) throws IOException {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo);
        Files.writeString(repo.resolve("README.md"), "---\nlicense: mit\n---\n# Model\n\nA model.\n\n## Uses\n\nFor tests.\n");
        Files.writeString(repo.resolve("README_CN.md"), "# 模型\n\n一个模型。\n\n## 用途\n\n用于测试。\n");
        Path source = tmp.resolve("m.card.yaml");
        assertThat(cli("import", repo.toString(), "-o", source.toString())).isZero();
        Card card = CardSourceFile.read(source);
        TranslatedSection uses = card.getTranslations().get(0).getSections().get("uses");
        uses.setText("\n用于测试和演示。\n");
        CardSourceFile.write(card, source);
        Path out = tmp.resolve("out");
        assertThat(cli("export", source.toString(), "-o", out.toString())).isZero();
        assertThat(Files.readString(out.resolve("README_CN.md"))).isEqualTo("# 模型\n\n一个模型。\n\n## 用途\n\n用于测试和演示。\n");
        assertThat(out.resolve("README_zh.md")).doesNotExist();
    }

    @Test
    void linkedLocalFilesAreRecordedAndCopied(@TempDir Path tmp) throws IOException {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve("img"));
        Files.writeString(repo.resolve("README.md"), "# Model\n\n![loss](img/loss%20curve.png)\n\n"
                + "<img src=\"./img/arch.png\" width=\"300\">\n\nSee [the license](LICENSE) and [the docs](https://example.com/x.png).\n\n"
                + "```\n![not a link](img/in-code.png)\n```\n");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
        Files.write(repo.resolve("img/loss curve.png"), png);
        Files.write(repo.resolve("img/arch.png"), png);
        Files.write(repo.resolve("img/in-code.png"), png);
        Files.writeString(repo.resolve("LICENSE"), "MIT\n");
        Path source = tmp.resolve("sub/m.card.yaml");
        Files.createDirectories(source.getParent());
        assertThat(cli("import", repo.toString(), "-o", source.toString())).isZero();
        Card card = CardSourceFile.read(source);
        assertThat(card.getRepository().getFolder()).isEqualTo("../repo");
        assertThat(card.getRepository().getLinked()).extracting(l -> l.path())
                .containsExactly("img/loss curve.png", "img/arch.png", "LICENSE");
        assertThat(card.getRepository().getLinked().get(2).size()).isEqualTo(4);
        Path out = tmp.resolve("out");
        assertThat(cli("export", source.toString(), "-o", out.toString())).isZero();
        assertThat(contents(out).keySet()).containsExactly("LICENSE", "README.md", "img/arch.png", "img/loss curve.png");
        assertThat(Files.readAllBytes(out.resolve("img/arch.png"))).isEqualTo(png);
        // exporting into the folder it came from rewrites nothing but leaves every file as it was
        Map<String, byte[]> before = contents(repo);
        assertThat(cli("export", source.toString(), "-o", repo.toString())).isZero();
        Map<String, byte[]> after = contents(repo);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((k, v) -> assertThat(after.get(k)).as(k).isEqualTo(v));
    }

    @Test
    void oldCardSourcesStillLoadAndExportAsBefore(@TempDir Path tmp) throws IOException {
        String old = "cardwright: 1\ncard_type: model\nreadme:\n  encoding: utf-8\n  line_ending: lf\npreamble: |\n  Hello.\n"
                + "export:\n  readme_name: README.md\n  translation_naming: README_{lang}.md\n  language_links: false\n";
        Path source = tmp.resolve("old.card.yaml");
        Files.writeString(source, old);
        Card card = CardSourceFile.read(source);
        assertThat(card.getRepository().isEmpty()).isTrue();
        assertThat(card.getEvalResultsFiles()).isEmpty();
        assertThat(CardSourceFile.toYaml(card)).doesNotContain("repository:").doesNotContain("eval_results:");
        Path out = tmp.resolve("out");
        assertThat(cli("export", source.toString(), "-o", out.toString())).isZero();
        assertThat(contents(out).keySet()).containsExactly("README.md");
    }

    @Test
    void aSecondFileForOneLanguageIsKeptAsItIs(@TempDir Path tmp) throws IOException {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo);
        Files.writeString(repo.resolve("README.md"), "# Model\n\nA model.\n");
        Files.writeString(repo.resolve("README_zh.md"), "# 模型\n\n一个模型。\n");
        byte[] crlf = "# 模型\r\n\r\n旧的译文。\r\n".getBytes(StandardCharsets.UTF_8);
        Files.write(repo.resolve("README_CN.md"), crlf);
        Path source = tmp.resolve("m.card.yaml");
        StringWriter err = new StringWriter();
        assertThat(CardwrightCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "import", repo.toString(), "-o", source.toString())).isZero();
        assertThat(err.toString()).contains("README_zh.md:1:1: warning: a second zh translation (the first is README_CN.md)");
        Card card = CardSourceFile.read(source);
        assertThat(card.getTranslations()).singleElement().satisfies(t -> assertThat(t.getLanguage()).isEqualTo("zh"));
        Path out = tmp.resolve("out");
        assertThat(cli("export", source.toString(), "-o", out.toString())).isZero();
        assertThat(Files.readAllBytes(out.resolve("README_CN.md"))).isEqualTo(crlf);
        assertThat(Files.readString(out.resolve("README_zh.md"))).isEqualTo("# 模型\n\n一个模型。\n");
    }

    @Test
    void theBundleHoldsExactlyTheRepositoryFilesAndPrintsTheUploadCommand(@TempDir Path tmp) throws IOException {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve(".eval_results"));
        Files.createDirectories(repo.resolve("img"));
        Files.writeString(repo.resolve("README.md"), "---\nlicense: mit\n---\n# Model\n\n![plot](img/p.png)\n");
        Files.writeString(repo.resolve("README_zh.md"), "# 模型\n");
        Files.writeString(repo.resolve("notes.txt"), "not part of the card\n");
        Files.write(repo.resolve("img/p.png"), new byte[] {1, 2, 3});
        Files.writeString(repo.resolve(".eval_results/hle.yaml"), "- dataset: {id: cais/hle, task_id: default}\n  value: 1\n");
        Path source = tmp.resolve("m.card.yaml");
        assertThat(cli("import", repo.toString(), "-o", source.toString())).isZero();
        Path bundle = tmp.resolve("bundle dir");
        StringWriter out = new StringWriter();
        int code = CardwrightCommand.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
                "export", source.toString(), "--bundle", bundle.toString());
        assertThat(code).isZero();
        assertThat(contents(bundle).keySet()).containsExactly(".eval_results/hle.yaml", "README.md", "README_zh.md", "img/p.png");
        assertThat(out.toString()).contains("4 files, ")
                .contains("upload with: hf upload ORG/NAME '" + bundle + "' . --create-pr --commit-message 'Update model card'");
        // a second bundle into the same, now full, folder is refused
        StringWriter err = new StringWriter();
        assertThat(CardwrightCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "export", source.toString(), "--bundle", bundle.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not an empty folder");
    }
}
