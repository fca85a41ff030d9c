package dev.cardwright.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;

/**
 * issue 12: the exported HTML page, loaded by a real browser (headless Chromium), runs nothing
 * of a card full of known XSS vectors (filter-evasion tricks in the manner of OWASP's list,
 * written out here). Every payload would mark the page (an attribute on the body, the title) or
 * navigate it away; the dumped DOM must show neither, and must still end with our marker text.
 * Skipped, with a message, where Chromium is not installed ({@code apt-get install chromium}).
 */
public class ExportedHtmlInChromiumTest {
    @TempDir
    Path dir;

    private static final String MARK = "document.body.setAttribute('data-pwned','1');document.title='PWNED'";

    /** Shared with the preview's WebView test (issue 12: the same vectors in both engines). */
    public static List<String> vectors() {
        String m = MARK;
        String enc = "&#x64;ocument.title=&#39;PWNED&#39;";
        return List.of(
                "<script>" + m + "</script>",
                "<SCRIPT SRC=data:text/javascript," + m + "></SCRIPT>",
                "<img src=x onerror=\"" + m + "\">",
                "<IMG SRC=\"javascript:" + m + "\">",
                "<IMG SRC=javascript:" + enc + ">",
                "<img src=x:x onerror=" + enc + ">",
                "<svg onload=\"" + m + "\"></svg>",
                "<svg><script>" + m + "</script></svg>",
                "<math><mtext><table><mglyph><style><img src=x onerror=\"" + m + "\"></style></mglyph></table></mtext></math>",
                "<body onload=\"" + m + "\">",
                "<iframe src=\"javascript:parent." + m + "\"></iframe>",
                "<iframe srcdoc=\"<script>parent." + m + "</script>\"></iframe>",
                "<object data=\"javascript:" + m + "\"></object>",
                "<embed src=\"javascript:" + m + "\">",
                "<a href=\"javascript:" + m + "\" id=clickme>click</a>",
                "<a href=\"&#106;avascript:" + m + "\">x</a>",
                "<a href=\"  JaVaScRiPt:" + m + "\">x</a>",
                "<a href=\"java&#x09;script:" + m + "\">x</a>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "<a href=\"data:text/html,<script>" + m + "</script>\">x</a>",
                "<meta http-equiv=\"refresh\" content=\"0;url=about:blank\">",
                "<base href=\"javascript:/\">",
                "<form action=\"javascript:" + m + "\"><button>go</button></form>",
                "<input autofocus onfocus=\"" + m + "\">",
                "<details open ontoggle=\"" + m + "\"><summary>s</summary></details>",
                "<div style=\"background:url(javascript:" + m + ")\">x</div>",
                "<div style=\"width:expression(" + m + ")\">x</div>",
                "<style>@import 'javascript:" + m + "';</style>",
                "<link rel=stylesheet href=\"javascript:" + m + "\">",
                "<video><source onerror=\"" + m + "\"></video>",
                "<audio src=x onerror=\"" + m + "\"></audio>",
                "<marquee onstart=\"" + m + "\">m</marquee>",
                "<p onmouseover=\"" + m + "\" style=\"position:fixed;top:0;left:0;width:100%;height:100%\">cover</p>",
                "<img src=\"x\" onerror=\"&#100;ocument.title='PWNED'\">",
                "<<script>script>" + m + "<</script>/script>",
                "<scr<script>ipt>" + m + "</scr</script>ipt>",
                "<noscript><p title=\"</noscript><img src=x onerror='" + m + "'>\"></noscript>",
                "<template><script>" + m + "</script></template>",
                "<textarea><script>" + m + "</script></textarea>",
                "<xmp><img src=x onerror=\"" + m + "\"></xmp>",
                "<isindex type=image src=1 onerror=\"" + m + "\">",
                "<img src=`x` onerror=`" + m + "`>",
                "<svg><a xlink:href=\"javascript:" + m + "\"><text x=20 y=20>x</text></a></svg>",
                "<svg><animate onbegin=\"" + m + "\" attributeName=x dur=1s>",
                "<img srcset=\"javascript:" + m + " 1x\">",
                "<picture><source srcset=\"x\" onerror=\"" + m + "\"><img src=x></picture>",
                "[link](javascript:" + m.replace("(", "%28").replace(")", "%29") + ")",
                "[link](JAVASCRIPT:document.title='PWNED')",
                "![img](x\" onerror=\"" + m + ")",
                "<a href=\"#\" onclick=\"" + m + "\">x</a>",
                "<script>location='about:blank'</script>",
                "<img src=x onerror=\"location='about:blank'\">",
                "<style>", // an unclosed element must not take the marker with it
                "<textarea>");
    }

    private Path profileFor(Path page) throws Exception {
        return Files.createDirectory(dir.resolve("profile-" + page.getFileName()));
    }

    private String dumpDom(String chromium, Path page) throws Exception {
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profileFor(page), "--virtual-time-budget=3000", "--dump-dom", page.toUri().toString()));
        Path out = dir.resolve(page.getFileName() + ".dom");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly().waitFor();
        }
        assertThat(done).as("chromium finished").isTrue();
        return Files.readString(out);
    }

    @Test
    void aPageOfKnownVectorsRunsNothingInChromium() throws Exception {
        String chromium = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome").stream()
                .filter(p -> new File(p).canExecute()).findFirst().orElse(null);
        assumeTrue(chromium != null, "Chromium is not installed (apt-get install chromium); the exported page is not checked in a browser");
        StringBuilder md = new StringBuilder("# Vectors\n\n");
        for (String v : vectors()) {
            md.append(v).append("\n\n");
        }
        md.append("## End\n\ncw-end-marker\n");
        Card card = ReadmeReader.read(md.toString().getBytes(StandardCharsets.UTF_8), "README.md");
        Path page = dir.resolve("README.html");
        Files.writeString(page, HtmlExport.toHtml(card));
        String dom = dumpDom(chromium, page);
        // the control: the same browser on an unsanitized page does show the mark, so its absence means something
        Path control = dir.resolve("control.html");
        Files.writeString(control, "<html><body><img src=x onerror=\"" + MARK + "\">cw-end-marker</body></html>");
        assertThat(dumpDom(chromium, control)).containsPattern("<body[^>]*data-pwned");
        assertThat(dom).as("the page was not navigated away and kept all its text").contains("cw-end-marker");
        // the vectors' text may show, escaped, as text; what must not happen is their effect
        assertThat(dom).doesNotContainPattern("<body[^>]*data-pwned").doesNotContain("<title>PWNED</title>");
        assertThat(dom).containsPattern("<body[^>]*>");
    }
}
