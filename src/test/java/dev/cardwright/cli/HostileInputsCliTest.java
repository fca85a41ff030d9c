package dev.cardwright.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * issue 12: the command line keeps its promise on hostile inputs under {@code -Xmx256m}: a child
 * JVM per run, each ends with exit 0, 1 or 2 and, on 2, one {@code file:line:col: message} line,
 * never a stack trace or "internal error". The harness stops a run after a generous bound (the
 * machine is shared) and reports it as a failure: that is a hang, not slowness.
 */
class HostileInputsCliTest {
    private static final long BOUND_SECONDS = 120;

    @TempDir
    static Path dir;

    static Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    static String repeat(String s, int n) {
        return s.repeat(n);
    }

    static String nested(String open, String close, int n, String inner) {
        return open.repeat(n) + inner + close.repeat(n);
    }

    static String nestedSectionsSource(int depth) {
        StringBuilder b = new StringBuilder("cardwright: 1\ncard_type: model\nreadme:\n  encoding: utf-8\n  line_ending: lf\n");
        String indent = "";
        for (int i = 0; i < depth; i++) {
            b.append(indent).append(i == 0 ? "sections:\n" : "  sections:\n");
            indent = i == 0 ? "  " : indent + "    ";
            b.append(indent).append("- id: s").append(i).append('\n')
                    .append(indent).append("  level: 1\n")
                    .append(indent).append("  title: T\n")
                    .append(indent).append("  heading: \"# T\\n\"\n")
                    .append(indent).append("  text: \"x\\n\"\n");
        }
        return b.toString();
    }

    /** d0 writes two characters; each of d1 … dN calls the one before twice: 2^N calls in all. */
    static String macroChain(int n) {
        StringBuilder t = new StringBuilder("{% macro d0() %}ab{% endmacro %}");
        for (int k = 1; k <= n; k++) {
            t.append("{% macro d").append(k).append("() %}{{ d").append(k - 1).append("() }}{{ d").append(k - 1).append("() }}{% endmacro %}");
        }
        return t.append("{{ d").append(n).append("() }}\n").toString();
    }

    static final String BOMB = "---\na: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
            + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
            + "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g,*g]\n---\n# T\n";

    static Stream<Arguments> cases() throws Exception {
        List<Arguments> all = new ArrayList<>();
        Path dashes = write("dashes.md", "# T\n\n" + repeat("-", 2000) + "\n");
        Path stars = write("stars.md", "# T\n\n" + repeat("*", 5000) + "\n");
        Path quotes = write("quotes.md", "# T\n\n" + repeat(">", 1000) + " deep\n");
        Path comment = write("comment.md", "# T\n\na <!--\n" + repeat("x\n", 1000));
        Path flow = write("flow.md", "---\nx: " + nested("[", "]", 20_000, "") + "\n---\n# T\n");
        Path maps = write("maps.md", "---\nx: " + nested("{a: ", "}", 5000, "1") + "\n---\n# T\n");
        Path alias = write("alias.md", "---\na: &a [*a]\n---\n# T\n");
        Path bomb = write("bomb.md", BOMB);
        Path sections = write("deep.card.yaml", nestedSectionsSource(1000));
        all.add(Arguments.of("import thematic break of 2000 dashes", List.of("import", dashes.toString(), "-o", dir.resolve("o1.card.yaml").toString())));
        all.add(Arguments.of("set on 5000 stars", List.of("set", stars.toString(), "license=mit")));
        all.add(Arguments.of("export --html of 1000 nested quotes", List.of("export", quotes.toString(), "--html", "-o", dir.resolve("out1").toString())));
        all.add(Arguments.of("export --html of an unclosed comment", List.of("export", comment.toString(), "--html", "-o", dir.resolve("out2").toString())));
        all.add(Arguments.of("import of [[[ 20000 deep", List.of("import", flow.toString(), "-o", dir.resolve("o2.card.yaml").toString())));
        all.add(Arguments.of("set on {a: 5000 deep", List.of("set", maps.toString(), "license=mit")));
        all.add(Arguments.of("set on a recursive alias", List.of("set", alias.toString(), "license=mit")));
        all.add(Arguments.of("set on an alias bomb", List.of("set", bomb.toString(), "license=mit")));
        all.add(Arguments.of("status of 1000 nested sections", List.of("status", sections.toString())));
        all.add(Arguments.of("export of 1000 nested sections", List.of("export", sections.toString(), "-o", dir.resolve("out3").toString())));
        all.add(Arguments.of("validate all of them", List.of("validate", dashes.toString(), stars.toString(), quotes.toString(),
                flow.toString(), maps.toString(), alias.toString(), bomb.toString(), sections.toString())));
        // issue 12, the rest: quadratic or unbounded cases, each linear now or refused with a limit
        Path headings = write("headings.md", "---\nlicense: mit\n---\n" + repeat("# Same\n", 100_000));
        Path setext = write("setext.md", repeat("Title\n===\n", 100_000));
        Path chain = write("chain.j2", macroChain(39));
        Path doubling = write("doubling.j2", "{% macro d(s) %}{{s~s}}{% endmacro %}{% set a = \"ab\" %}" + repeat("{% set a = d(a) %}", 39) + "{{ a }}\n");
        Path values = write("values.json", "{\"card_type\": \"model\", \"card_data\": {}, \"kwargs\": {}}");
        all.add(Arguments.of("import of 100000 identical headings", List.of("import", headings.toString(), "-o", dir.resolve("o4.card.yaml").toString())));
        all.add(Arguments.of("import of 100000 setext headings", List.of("import", setext.toString(), "-o", dir.resolve("o5.card.yaml").toString())));
        all.add(Arguments.of("render of 39 macros each calling the one before twice", List.of("render", "--template", chain.toString(),
                "--values", values.toString(), "-o", dir.resolve("chain.md").toString())));
        all.add(Arguments.of("render of a string doubled 39 times by a macro", List.of("render", "--template", doubling.toString(),
                "--values", values.toString(), "-o", dir.resolve("doubling.md").toString())));
        // 100,000 image lines make one paragraph, which flexmark's heading parser rebuilt on every line
        Path images = write("images.md", "---\nlicense: mit\n---\n# T\n\n" + repeat("![a](b.png)\n", 100_000));
        Path imagesCrlf = write("images-crlf.md", "---\r\nlicense: mit\r\n---\r\n# T\r\n\r\n" + repeat("![a](b.png)\r\n", 100_000));
        all.add(Arguments.of("import of 100000 image lines (CRLF)", List.of("import", imagesCrlf.toString(), "-o", dir.resolve("o6.card.yaml").toString())));
        all.add(Arguments.of("set on 100000 image lines (CRLF)", List.of("set", imagesCrlf.toString(), "license=apache-2.0")));
        all.add(Arguments.of("export --html of 100000 image lines", List.of("export", images.toString(), "--html", "-o", dir.resolve("out4").toString())));
        all.add(Arguments.of("validate 100000 image lines", List.of("validate", images.toString(), imagesCrlf.toString())));
        StringBuilder deepList = new StringBuilder("# T\n\n");
        for (int i = 0; i < 5000; i++) {
            deepList.append("  ".repeat(i)).append("- a\n");
        }
        Path list = write("list.md", deepList.toString());
        all.add(Arguments.of("export --html of a 5000-level nested list", List.of("export", list.toString(), "--html", "-o", dir.resolve("out5").toString())));
        Path millionItems = write("million-items.md", "---\nlicense: mit\n---\n# T\n\n" + repeat("- a\n", 1_000_000));
        all.add(Arguments.of("export --html of a 1000000-item list", List.of("export", millionItems.toString(), "--html", "-o", dir.resolve("out7").toString())));
        all.add(Arguments.of("validate a 1000000-item list", List.of("validate", millionItems.toString())));
        Path million = write("million.md", "---\nlicense: mit\ntags: [" + repeat("a, ", 999_999) + "a]\n---\n# T\n");
        Path millionSource = write("million.card.yaml", "cardwright: 1\ncard_type: model\nroles: [" + repeat("a, ", 999_999) + "a]\n");
        all.add(Arguments.of("import of a 1000000-item flow list", List.of("import", million.toString(), "-o", dir.resolve("o7.card.yaml").toString())));
        all.add(Arguments.of("set on a 1000000-item flow list", List.of("set", million.toString(), "license=apache-2.0")));
        all.add(Arguments.of("validate a 1000000-item flow list", List.of("validate", million.toString(), millionSource.toString())));
        all.add(Arguments.of("export of a card source with 1000000 values", List.of("export", millionSource.toString(), "-o", dir.resolve("out6").toString())));
        if (Files.exists(Path.of("/dev/zero"))) {
            all.add(Arguments.of("import /dev/zero", List.of("import", "/dev/zero", "-o", dir.resolve("o3.card.yaml").toString())));
            all.add(Arguments.of("validate /dev/zero", List.of("validate", "/dev/zero")));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void keepsItsPromiseIn256Megabytes(String name, List<String> args) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        assumeTrue(classpath != null && classpath.contains("classes"), "needs the build's classes on the class path");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", classpath, "dev.cardwright.Launcher"));
        command.addAll(args);
        Path errFile = dir.resolve("err-" + Math.abs(name.hashCode()) + ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errFile.toFile()).start();
        boolean finished = p.waitFor(BOUND_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly().waitFor();
        }
        String err = Files.readString(errFile);
        assertThat(finished).as("%s finished within %d s", name, BOUND_SECONDS).isTrue();
        assertThat(p.exitValue()).as("%s: exit code; stderr:%n%s", name, err).isIn(0, 1, 2);
        assertThat(err).as(name).doesNotContain("internal error").doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("OutOfMemory").doesNotContain("StackOverflow")
                // the last-resort refusal when the heap runs out is no limit: 100,000 headings passed so after 36 s
                .doesNotContain("needs more memory");
        for (String line : err.lines().toList()) {
            assertThat(line).as(name).matches("([^:]+:\\d+:\\d+: .*|cardwright[^:]*: .*)");
        }
    }
}
