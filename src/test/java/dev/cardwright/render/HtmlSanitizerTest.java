package dev.cardwright.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlSanitizerTest {
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final MarkdownRenderer markdown = new MarkdownRenderer(sanitizer);

    /** Written with the known XSS filter-evasion families in mind (OWASP cheat sheet, html5sec.org). */
    static Stream<String> knownAttacks() {
        return Stream.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "<scr<script>ipt>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<IMG SRC=x OnErRoR=alert(1)>",
                "<img src=\"javascript:alert(1)\">",
                "<img src=\"jav&#x09;ascript:alert(1)\">",
                "<img src=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">",
                "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
                "<a href=\"javascript&colon;alert(1)\">x</a>",
                "<a href=\" \u0001javascript:alert(1)\">x</a>",
                "<a href=\"java\nscript:alert(1)\">x</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
                "<img src=\"data:text/html,<script>alert(1)</script>\">",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<object data=\"evil.swf\"></object><embed src=\"evil.swf\">",
                "<form action=\"https://evil.example\"><input name=q><button formaction=javascript:alert(1)>go</button></form>",
                "<svg onload=alert(1)><script>alert(1)</script></svg>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<style>body{background:url(javascript:alert(1))}</style>",
                "<div style=\"background-image:url(javascript:alert(1))\">x</div>",
                "<div style=\"width: expression(alert(1))\">x</div>",
                "<div style=\"position:fixed;top:0;left:0;width:100%;height:100%\">cover</div>",
                "<details open ontoggle=alert(1)><summary>x</summary></details>",
                "<body onload=alert(1)>",
                "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
                "<base href=\"https://evil.example/\">",
                "<link rel=stylesheet href=\"https://evil.example/x.css\">",
                "<video src=x onerror=alert(1)><source onerror=alert(1)></video>",
                "<a href=\"#\" onclick=\"alert(1)\">x</a>",
                "<p align=center onmouseover=alert(1)>x</p>",
                "<!--<img src=x onerror=alert(1)>-->",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
                "<template><script>alert(1)</script></template>",
                "<textarea><script>alert(1)</script></textarea>",
                "[click](javascript:alert(1))",
                "![img](javascript:alert(1))",
                "<javascript:alert(1)>",
                "[x](  JAVASCRIPT:alert(1) )",
                "[x]: javascript:alert(1)\n\n[y][x]");
    }

    @ParameterizedTest
    @MethodSource("knownAttacks")
    void knownAttacksComeOutClean(String attack) {
        assertClean(sanitizer.sanitize(attack));
        assertClean(markdown.render(attack));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026, 31337})
    void generatedHostileSnippetsComeOutClean(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 400; i++) {
            String snippet = HostileSnippets.next(random);
            String cleaned = sanitizer.sanitize(snippet);
            assertClean(cleaned);
            assertThat(sanitizer.sanitize(cleaned)).as("sanitizing twice changes nothing: %s", snippet).isEqualTo(cleaned);
            assertClean(markdown.render(snippet));
        }
    }

    @Test
    void keepsTheHtmlRealCardsUse() {
        String html = "<p align=\"center\"><img src=\"assets/logo.png\" alt=\"logo\" width=\"300\" height=\"120\" align=\"left\"></p>"
                + "<div align=\"center\"><a href=\"https://huggingface.co\" name=\"top\" id=\"top\">hub</a></div>"
                + "<center>centered</center>"
                + "<details open><summary>More</summary>hidden<br>text</details>"
                + "<table><tr><th align=\"left\" colspan=\"2\">h</th></tr><tr><td align=\"right\" rowspan=\"2\">1</td></tr></table>"
                + "<sup>1</sup><sub>2</sub><kbd>Ctrl</kbd>"
                + "<picture><source media=\"(prefers-color-scheme: dark)\" srcset=\"dark.png\"><img src=\"light.png\"></picture>"
                + "<img src=\"data:image/png;base64,iVBORw0KGgo=\">"
                + "<span style=\"text-decoration:underline;\">u</span>";
        String cleaned = sanitizer.sanitize(html);
        Element body = Jsoup.parseBodyFragment(cleaned).body();
        assertThat(body.selectFirst("p[align=center] > img[src=assets/logo.png][alt=logo][width=300][height=120][align=left]")).isNotNull();
        assertThat(body.selectFirst("div[align=center] > a[href=https://huggingface.co][name=top][id=top]")).isNotNull();
        assertThat(body.select("center")).hasSize(1);
        assertThat(body.selectFirst("details[open] > summary")).isNotNull();
        assertThat(body.select("details br")).hasSize(1);
        assertThat(body.selectFirst("th[align=left][colspan=2]")).isNotNull();
        assertThat(body.selectFirst("td[align=right][rowspan=2]")).isNotNull();
        assertThat(body.select("sup, sub, kbd")).hasSize(3);
        assertThat(body.selectFirst("picture > source[media][srcset=dark.png]")).isNotNull();
        assertThat(body.selectFirst("img[src^=data:image/png]")).isNotNull();
        assertThat(body.selectFirst("span[style]")).isNotNull();
    }

    @Test
    void removesFormsFramesAndScriptsButKeepsTheirNeighbours() {
        String cleaned = sanitizer.sanitize("<p>before</p><iframe src=\"https://x\"></iframe><form><input></form>"
                + "<script>alert(1)</script><p>after</p>");
        assertThat(cleaned).isEqualTo("<p>before</p><p>after</p>");
    }

    @Test
    void aCardCannotFakeThePreviewsOwnStructure() {
        String cleaned = sanitizer.sanitize("<section data-section-id=\"uses\"><header class=\"cw-metadata\">x</header></section>"
                + "<div class=\"cw-notice\" data-x=\"1\">y</div>");
        Element body = Jsoup.parseBodyFragment(cleaned).body();
        assertThat(body.select("section, header, [data-section-id], [class], [data-x]")).isEmpty();
        assertThat(body.text()).isEqualTo("x y");
    }

    @Test
    void unknownTagsLeaveTheirTextBehind() {
        // Chat templates in cards write <think> and <user> outside code spans; the Hub shows the text.
        assertThat(sanitizer.sanitize("<think>reasoning</think> and <font size=\"4\">big</font>"))
                .isEqualTo("reasoning and <font size=\"4\">big</font>");
    }

    @Test
    void headingsGetIdsForInPageLinks() {
        String html = markdown.render("## Model Details\n\n[see](#model-details)\n");
        Element body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.selectFirst("h2").id()).isEqualTo("model-details");
        assertThat(body.selectFirst("a").attr("href")).isEqualTo("#model-details");
    }

    @Test
    void rendersGitHubFlavour() {
        String html = markdown.render("| a | b |\n|:--|--:|\n| 1 | 2 |\n\n~~gone~~ https://huggingface.co\n\n- [x] done\n- [ ] open\n");
        Element body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.select("table th")).hasSize(2);
        assertThat(body.select("del")).hasSize(1);
        assertThat(body.selectFirst("a[href=https://huggingface.co]")).isNotNull();
        assertThat(body.text()).contains("\u2611 done").contains("\u2610 open");
        assertThat(body.select("input")).isEmpty();
    }

    private static final Set<String> FORBIDDEN_TAGS = Set.of("script", "style", "iframe", "frame", "frameset", "object",
            "embed", "applet", "form", "input", "button", "select", "textarea", "base", "meta", "link", "svg", "math",
            "template", "noscript");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "srcset", "poster", "action", "formaction",
            "xlink:href", "background", "data", "cite", "srcdoc");

    /** Judged on a fresh HTML5 parse of the output: what a browser would build from it. */
    static void assertClean(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element element : body.getAllElements()) {
            assertThat(FORBIDDEN_TAGS).as("tag in %s", html).doesNotContain(element.normalName());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute in %s", html).doesNotStartWith("on");
                String value = squeeze(attribute.getValue());
                if (URL_ATTRIBUTES.contains(name)) {
                    for (String url : name.equals("srcset") ? value.split(",") : new String[] {value}) {
                        assertThat(url).as("%s in %s", name, html).doesNotStartWith("javascript:").doesNotStartWith("vbscript:");
                        boolean dataImage = element.normalName().equals("img") && name.equals("src") && url.startsWith("data:image/");
                        if (!dataImage) {
                            assertThat(url).as("%s in %s", name, html).doesNotStartWith("data:");
                        }
                    }
                }
                if (name.equals("style")) {
                    assertThat(value).as("style in %s", html).doesNotContain("url(").doesNotContain("expression")
                            .doesNotContain("position:fixed");
                }
            }
        }
    }

    /** The value as a URL parser reads its scheme: no white space or controls; anything not ASCII in front dropped, to be strict. */
    private static String squeeze(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().filter(c -> c > ' ' && c != 0x7f).forEach(c -> out.appendCodePoint(Character.toLowerCase(c)));
        return out.toString().replaceFirst("^[^a-z0-9/#.?]+", "");
    }

    /** Hostile HTML built from the pieces attacks are made of, in random case and nesting. */
    static final class HostileSnippets {
        private static final String[] TAGS = {"a", "img", "div", "p", "details", "video", "source", "svg", "math", "iframe",
                "script", "table", "td", "body", "object", "form", "input", "style", "span", "picture", "summary", "marquee"};
        private static final String[] EVENTS = {"onerror", "onload", "onclick", "onmouseover", "onfocus", "ontoggle",
                "onanimationstart", "onbegin", "onpointerenter"};
        private static final String[] URL_ATTRS = {"href", "src", "srcset", "poster", "action", "formaction", "xlink:href", "background", "data"};
        private static final String[] SCHEMES = {"javascript:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>",
                "&#106;avascript:alert(1)", "&#x6a;&#x61;vascript:alert(1)", "java&#9;script:alert(1)", "java&Tab;script:alert(1)",
                "java&NewLine;script:alert(1)", "\u0000javascript:alert(1)", " javascript:alert(1)", "javascript&colon;alert(1)",
                "&#0000106avascript:alert(1)", "jav\rascript:alert(1)", "https://ok.example/a.png"};

        static String next(Random random) {
            StringBuilder out = new StringBuilder();
            int depth = 1 + random.nextInt(4);
            List<String> open = new ArrayList<>();
            for (int d = 0; d < depth; d++) {
                String tag = randomCase(random, TAGS[random.nextInt(TAGS.length)]);
                out.append('<').append(tag);
                int attributes = random.nextInt(4);
                for (int a = 0; a < attributes; a++) {
                    out.append(random.nextBoolean() ? " " : random.nextBoolean() ? "/" : "\n");
                    if (random.nextBoolean()) {
                        out.append(randomCase(random, EVENTS[random.nextInt(EVENTS.length)])).append('=').append(quote(random, "alert(1)"));
                    } else {
                        out.append(randomCase(random, URL_ATTRS[random.nextInt(URL_ATTRS.length)])).append('=')
                                .append(quote(random, randomCase(random, SCHEMES[random.nextInt(SCHEMES.length)])));
                    }
                }
                if (random.nextInt(5) == 0) {
                    out.append(" style=").append(quote(random, "background:url(javascript:alert(1))"));
                }
                out.append('>');
                open.add(tag);
                if (random.nextInt(3) == 0) {
                    out.append(random.nextBoolean() ? "text" : "[md](javascript:alert(1))");
                }
            }
            for (int i = open.size() - 1; i >= 0; i--) {
                if (random.nextInt(4) != 0) { // sometimes left unclosed
                    out.append("</").append(open.get(i)).append('>');
                }
            }
            return out.toString();
        }

        private static String quote(Random random, String value) {
            return switch (random.nextInt(3)) {
                case 0 -> "\"" + value + "\"";
                case 1 -> "'" + value + "'";
                default -> value.replace(' ', '+');
            };
        }

        private static String randomCase(Random random, String s) {
            StringBuilder out = new StringBuilder(s.length());
            IntStream.range(0, s.length()).forEach(i -> {
                char c = s.charAt(i);
                out.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
            });
            // Entities are case-sensitive: only change the case of letters outside them.
            return s.contains("&") ? s : out.toString();
        }
    }
}
