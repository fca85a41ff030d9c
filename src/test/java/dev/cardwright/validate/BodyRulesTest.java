package dev.cardwright.validate;

import static dev.cardwright.validate.Check.first;
import static dev.cardwright.validate.Check.readme;
import static dev.cardwright.validate.Check.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each body rule with a passing and a failing card, located in the README (front matter lines counted). */
class BodyRulesTest {
    private static final String HEAD = "---\nlicense: mit\n---\n";

    @Test
    void placeholdersLeftAreFoundButNotInCode() {
        assertThat(where(readme(HEAD + "# Card\n\nAll filled in.\n"), "CW301")).isEmpty();
        assertThat(where(readme(HEAD + "# Card\n\n`[More Information Needed]`\n```\n[More Information Needed]\n```\n"), "CW301")).isEmpty();
        assertThat(where(readme(HEAD + "# Card\n\n- **Developed by:** [More Information Needed]\n"), "CW301"))
                .containsExactly("CW301@6:21");
    }

    @Test
    void templateGuidanceCommentsAreFoundOthersAreNot() {
        assertThat(where(readme(HEAD + "# Card\n\n<!-- my own note -->\n"), "CW302")).isEmpty();
        String guidance = "<!-- Provide a quick summary of what the model is/does. -->";
        assertThat(where(readme(HEAD + "# Card\n\n" + guidance + "\n"), "CW302")).containsExactly("CW302@6:1");
        String spread = "Text <!-- Provide a longer summary\n   of what this model is. -->\n";
        assertThat(where(readme(HEAD + "# Card\n\n" + spread), "CW302")).containsExactly("CW302@6:6");
    }

    @Test
    void pythonListReprsAreFoundWithTheirFix() {
        assertThat(where(readme(HEAD + "# Card\n\nLanguages: zh, en\n"), "CW303")).isEmpty();
        assertThat(where(readme(HEAD + "# Card\n\n```python\nx = ['zh', 'en']\n```\n"), "CW303")).isEmpty();
        Diagnostic d = first(readme(HEAD + "# Card\n\n- **Language(s):** ['zh', 'en']\n"), "CW303");
        assertThat(d.line()).isEqualTo(6);
        assertThat(d.column()).isEqualTo(20);
        assertThat(d.fix()).isEqualTo("zh, en");
        assertThat(d.message()).isEqualTo("Python list ['zh', 'en'] shown as text; write it as zh, en");
    }

    @Test
    void emptyRequiredAndRecommendedSectionsAreReportedAtTheirHeading() {
        String card = HEAD + "# Card\n\n## Model Details\n\nA model.\n\n## Uses\n\n<!-- guidance -->\n\n"
                + "## Bias, Risks, and Limitations\n\n[More Information Needed]\n\n## Citation\n\n";
        ValidationResult r = readme(card);
        assertThat(where(r, "CW304")).containsExactly("CW304@10:1", "CW304@14:1");
        assertThat(where(r, "CW305")).containsExactly("CW305@18:1");
        assertThat(where(r, "CW306")).containsExactly("CW306@4:1"); // Evaluation
        assertThat(first(r, "CW304").message()).isEqualTo("required section \"Uses\" is empty");
    }

    @Test
    void missingRequiredSectionsAreNotes() {
        ValidationResult r = readme(HEAD + "# Card\n\n## Model Details\n\nA model.\n");
        assertThat(where(r, "CW306")).containsExactly("CW306@4:1", "CW306@4:1", "CW306@4:1"); // Uses, Bias, Evaluation
        assertThat(first(r, "CW306").severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void relativeLinksAndImagesMustExistBesideTheCard(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("LICENSE"), "MIT");
        Files.createDirectories(dir.resolve("img"));
        Files.write(dir.resolve("img/arch one.png"), new byte[] {1});
        String ok = HEAD + "# Card\n\n[license](LICENSE) ![arch](img/arch%20one.png) [web](https://x.org/a.png) [top](#card)"
                + " <img src=\"img/arch one.png\">\n";
        assertThat(where(readme(ok, dir), "CW307")).isEmpty();
        String bad = HEAD + "# Card\n\nSee [the license](LICENSE.md) and\n![plot](plots/loss.png \"loss\") <img width=3 src=\"fig.png\">\n";
        ValidationResult r = readme(bad, dir);
        assertThat(where(r, "CW307")).containsExactly("CW307@6:19", "CW307@7:9", "CW307@7:50");
        assertThat(first(r, "CW307").message()).isEqualTo("relative link to \"LICENSE.md\", but there is no such file beside the card");
    }

    @Test
    void bibtexThatParsesPasses() {
        String card = HEAD + "# Card\n\n## Citation\n\n```bibtex\n@article{doe2024,\n  title = {A {Model} Card},\n"
                + "  author = \"Doe, J.\",\n  year = 2024,\n}\n@misc{x, note = \"a\" # \"b\"}\n```\n";
        assertThat(where(readme(card), "CW308")).isEmpty();
    }

    @Test
    void bibtexThatDoesNotParseIsLocatedInsideTheBlock() {
        String card = HEAD + "# Card\n\n## Citation\n\n```bibtex\n@article{doe2024,\n  title = {A Model Card,\n  year = 2024\n}\n```\n";
        Diagnostic d = first(readme(card), "CW308");
        assertThat(d.line()).isEqualTo(9);
        assertThat(d.column()).isEqualTo(1);
        assertThat(d.message()).isEqualTo("BibTeX citation does not parse: @article entry is not closed (a { or \" has no match)");
        String noComma = HEAD + "# Card\n\n## Citation\n\n```\n@article{doe2024,\n  title = {A}\n  year = 2024\n}\n```\n";
        assertThat(where(readme(noComma), "CW308")).containsExactly("CW308@11:3");
    }
}
