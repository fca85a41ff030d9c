package dev.cardwright.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cardwright.cli.CardwrightCommand;

class HtmlExportTest {
    private static final String README = "---\nlicense: mit\nlanguage:\n- zh\n---\n\n# 模型卡片\n\n简介 <img src=\"a.png\" onerror=\"alert(1)\">\n\n## Uses\n\nText.\n";

    @Test
    void exportWithHtmlWritesAStandalonePageBesideTheReadme(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("in/README.md");
        Files.createDirectories(input.getParent());
        Files.writeString(input, README, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        StringWriter stdout = new StringWriter();
        int code = CardwrightCommand.run(new PrintWriter(stdout), new PrintWriter(new StringWriter()),
                "export", input.toString(), "-o", out.toString(), "--html");
        assertThat(code).isEqualTo(CardwrightCommand.OK);
        assertThat(Files.readString(out.resolve("README.md"), StandardCharsets.UTF_8)).isEqualTo(README);
        Path html = out.resolve("README.html");
        assertThat(stdout.toString()).contains(html.toString());
        Document page = Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8));
        assertThat(page.title()).isEqualTo("模型卡片");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("[onerror]")).isEmpty();
        assertThat(page.selectFirst("img").attr("src")).isEqualTo("a.png");
        assertThat(page.select(".cw-language .cw-tag").text()).isEqualTo("zh");
        assertThat(page.select("section[data-section-id]")).hasSize(3);
    }

    @Test
    void withoutHtmlNoPageIsWritten(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("README.md");
        Files.writeString(input, README, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        int code = CardwrightCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "export", input.toString(), "-o", out.toString());
        assertThat(code).isEqualTo(CardwrightCommand.OK);
        assertThat(out.resolve("README.html")).doesNotExist();
    }
}
