package dev.cardwright.validate;

import static dev.cardwright.validate.Check.first;
import static dev.cardwright.validate.Check.readme;
import static dev.cardwright.validate.Check.where;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CW309: the Model Description's lines against the metadata. */
class TextMetadataAgreementTest {
    private static String card(String yaml, String lines) {
        return "---\n" + yaml + "---\n# Card\n\n## Model Details\n\n### Model Description\n\n" + lines;
    }

    @Test
    void aLicenseNamedInTheTextThatIsNotTheMetadatasIsFlaggedAtTheValue() {
        Diagnostic d = first(readme(card("license: mit\n", "- **License:** Apache 2.0\n")), "CW309");
        assertThat(d.line()).isEqualTo(10);
        assertThat(d.column()).isEqualTo(16);
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.message()).isEqualTo("the text gives the license as \"Apache 2.0\", but the metadata says \"mit\"");
    }

    @Test
    void licensesThatAgreeOrCannotBeRecognisedAreNotFlagged() {
        assertThat(where(readme(card("license: apache-2.0\n", "- **License:** Apache License 2.0\n")), "CW309")).isEmpty();
        assertThat(where(readme(card("license: apache-2.0\n", "- **License:** apache-2.0\n")), "CW309")).isEmpty();
        assertThat(where(readme(card("license: mit\n", "- **License:** [MIT](LICENSE)\n")), "CW309")).isEmpty();
        assertThat(where(readme(card("license: mit\n", "- **License:** see the file beside the weights\n")), "CW309")).isEmpty();
        assertThat(where(readme(card("license: mit\n", "- **License:** [More Information Needed]\n")), "CW309")).isEmpty();
        assertThat(where(readme(card("license: mit\n", "The Apache 2.0 code we compare with.\n")), "CW309"))
                .as("prose is not read").isEmpty();
        assertThat(where(readme(card("tags: [a]\n", "- **License:** Apache 2.0\n")), "CW309")).as("no license in the metadata").isEmpty();
    }

    @Test
    void aDifferentBaseModelIsFlagged() {
        String yaml = "license: mit\nbase_model: google-bert/bert-base-chinese\n";
        assertThat(where(readme(card(yaml, "- **Finetuned from model [optional]:** google-bert/bert-base-chinese\n")), "CW309")).isEmpty();
        assertThat(where(readme(card(yaml, "- **Finetuned from model [optional]:** [BERT](https://huggingface.co/google-bert/bert-base-chinese)\n")), "CW309")).isEmpty();
        Diagnostic d = first(readme(card(yaml, "- **Finetuned from model [optional]:** hfl/chinese-roberta-wwm-ext\n")), "CW309");
        assertThat(d.message()).contains("base_model").contains("hfl/chinese-roberta-wwm-ext").contains("google-bert/bert-base-chinese");
        assertThat(where(readme(card(yaml, "- **Finetuned from model [optional]:** a BERT we trained\n")), "CW309")).isEmpty();
    }

    @Test
    void languagesByCodeEnglishOrChineseNameAgainstTheMetadataList() {
        String yaml = "license: mit\nlanguage:\n- zh\n- en\n";
        assertThat(where(readme(card(yaml, "- **Language(s) (NLP):** Chinese, English\n")), "CW309")).isEmpty();
        assertThat(where(readme(card(yaml, "- **Language(s) (NLP):** 中文、英语\n")), "CW309")).isEmpty();
        assertThat(where(readme(card(yaml, "- **Language(s) (NLP):** en and zh\n")), "CW309")).isEmpty();
        assertThat(where(readme(card(yaml, "- **Language(s) (NLP):** French\n")), "CW309")).hasSize(1);
        assertThat(where(readme(card(yaml, "- **Language(s) (NLP):** Chinese\n")), "CW309")).as("English missing").hasSize(1);
        assertThat(where(readme(card(yaml, "- **Language(s) (NLP):** mostly Chinese\n")), "CW309")).isEmpty();
    }
}
