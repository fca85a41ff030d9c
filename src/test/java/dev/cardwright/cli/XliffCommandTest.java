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
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.translate.TranslationTracker;
import dev.cardwright.yaml.CardSourceFile;

class XliffCommandTest {
    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CardwrightCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path card() throws Exception {
        String readme = "# Demo\n\nA demo.\n\n## Uses\n\nChat. Code.\n\n## Bias\n\nSome.\n";
        Card card = ReadmeReader.read(readme.getBytes(StandardCharsets.UTF_8), "README.md");
        TranslationTracker tracker = new TranslationTracker(card);
        tracker.record("zh", "uses", "## 用途\n", "\n聊天。代码。\n\n");
        tracker.record("ja", "uses", "## 用途\n", "\nチャット。コード。\n\n");
        Path file = dir.resolve("demo.card.yaml");
        CardSourceFile.write(card, file);
        return file;
    }

    @Test
    void exportsOneFilePerLanguageAndImportsThemBackUnchanged() throws Exception {
        Path file = card();
        byte[] before = Files.readAllBytes(file);
        Path x = dir.resolve("xliff");
        assertThat(run("export", file.toString(), "--xliff", x.toString())).as(err.toString()).isZero();
        assertThat(x.resolve("demo.zh.xlf")).exists();
        assertThat(x.resolve("demo.ja.xlf")).exists();
        assertThat(out.toString()).contains("wrote " + x.resolve("demo.zh.xlf"));

        assertThat(run("import", file.toString(), "--xliff", x.resolve("demo.zh.xlf").toString(),
                "--xliff", x.resolve("demo.ja.xlf").toString())).as(err.toString()).isZero();
        assertThat(err.toString()).contains("zh: 0 sections changed, 1 unchanged, 2 without translation");
        assertThat(out.toString()).contains(file + " unchanged");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void importsATranslatedFileIntoTheCardSource() throws Exception {
        Path file = card();
        Path x = dir.resolve("x");
        run("export", file.toString(), "--xliff", x.toString());
        Path zh = x.resolve("demo.zh.xlf");
        String xml = Files.readString(zh).replace("<target>\n聊天。</target>", "<target>\n对话。</target>");
        Files.writeString(zh, xml);
        Path out2 = dir.resolve("out.card.yaml");
        assertThat(run("import", file.toString(), "--xliff", zh.toString(), "-o", out2.toString())).as(err.toString()).isZero();
        var ts = CardSourceFile.read(out2).findTranslation("zh").orElseThrow().getSections().get("uses");
        assertThat(ts.getText()).isEqualTo("\n对话。代码。\n\n");
        assertThat(ts.getStatus()).isEqualTo(TranslationStatus.TRANSLATED);
    }

    @Test
    void aStaleFileIsRefusedWithItsUnitAndNothingIsWritten() throws Exception {
        Path file = card();
        Path x = dir.resolve("x");
        run("export", file.toString(), "--xliff", x.toString());
        Card card = CardSourceFile.read(file);
        card.findSection("uses").orElseThrow().setText("\nChat only.\n\n");
        CardSourceFile.write(card, file);
        byte[] before = Files.readAllBytes(file);

        assertThat(run("import", file.toString(), "--xliff", x.resolve("demo.zh.xlf").toString())).isEqualTo(1);
        assertThat(err.toString()).containsPattern("demo\\.zh\\.xlf:\\d+:\\d+: unit 'uses': its source text no longer matches")
                .contains("nothing written");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void unreadableOrMisusedIsExitTwo() throws Exception {
        Path file = card();
        Path bad = dir.resolve("bad.xlf");
        Files.writeString(bad, "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" trgLang=\"zh\">\n<file>");
        assertThat(run("import", file.toString(), "--xliff", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith(bad + ":2:").contains("not well-formed XML");
        assertThat(run("import", file.toString(), "--xliff", bad.toString(), "--translation", "zh=README_zh.md")).isEqualTo(2);
        assertThat(run("export", file.toString(), "--xliff", dir.toString(), "--html")).isEqualTo(2);

        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "# A\n\nText.\n");
        assertThat(run("export", readme.toString(), "--xliff", dir.resolve("x").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no translations to export as XLIFF");
    }
}
