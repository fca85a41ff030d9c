package dev.cardwright.validate;

import static dev.cardwright.validate.Check.first;
import static dev.cardwright.validate.Check.meta;
import static dev.cardwright.validate.Check.readme;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Each metadata rule with a card that passes and one that fails, and the exact place of the
 * failure. Front matter starts at line 2 (line 1 is the opening fence).
 */
class MetadataRulesTest {

    @Test
    void licenseFromTheHubListPasses() {
        assertThat(meta("license: apache-2.0\n")).isEmpty();
        assertThat(meta("license:\n- mit\n- cc-by-4.0\n")).isEmpty();
    }

    @Test
    void unknownLicenseIsAnErrorAtItsValueWithTheLikelyId() {
        ValidationResult r = readme("---\nlanguage: en\nlicense: Apache 2.0\n---\n");
        Diagnostic d = first(r, "CW101");
        assertThat(d.line()).isEqualTo(3);
        assertThat(d.column()).isEqualTo(10);
        assertThat(d.path()).isEqualTo("license");
        assertThat(d.fix()).isEqualTo("apache-2.0");
        assertThat(d.message()).startsWith("\"license\" must be one of [apache-2.0, mit,").contains("did you mean \"apache-2.0\"");
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void unknownLicenseInAListIsLocatedAtItsItem() {
        assertThat(meta("license:\n- mit\n- gpl-5.0\n")).containsExactly("CW101@4:3");
        assertThat(first(readme("---\nlicense:\n- mit\n- gpl-5.0\n---\n"), "CW101").path()).isEqualTo("license[1]");
    }

    @Test
    void licenseOtherNeedsNameAndLink() {
        assertThat(meta("license: other\nlicense_name: my-license\nlicense_link: LICENSE\n")).isEmpty();
        assertThat(meta("license: other\nlicense_name: my-license\n")).containsExactly("CW102@2:10");
        assertThat(meta("license: other\n")).containsExactly("CW102@2:10", "CW102@2:10");
    }

    @Test
    void languageCodesAreIso639OrTheSpecialValues() {
        assertThat(meta("language:\n- en\n- zh\n- yue\n- fra\n- code\n- multilingual\n")).isEmpty();
        assertThat(meta("language:\n- en\n- english\n- Chinese\n")).containsExactly("CW103@4:3", "CW103@5:3");
        Diagnostic d = first(readme("---\nlanguage: English\n---\n"), "CW103");
        assertThat(d.fix()).isEqualTo("en");
        assertThat(d.message()).startsWith("\"language\" with value \"English\" is not valid.");
    }

    @Test
    void languageWithRegionIsAWarningWithThePrimaryCode() {
        Diagnostic d = first(readme("---\nlanguage:\n- nn-NO\n---\n"), "CW104");
        assertThat(d.line()).isEqualTo(3);
        assertThat(d.column()).isEqualTo(3);
        assertThat(d.fix()).isEqualTo("nn");
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void pipelineTagMustBeKnown() {
        assertThat(meta("pipeline_tag: text-generation\n")).isEmpty();
        assertThat(meta("pipeline_tag: text-generator\n")).containsExactly("CW105@2:15");
        assertThat(first(readme("---\npipeline_tag: text-generator\n---\n"), "CW105").fix()).isEqualTo("text-generation");
    }

    @Test
    void unknownLibraryIsOnlyAWarning() {
        assertThat(meta("library_name: transformers\n")).isEmpty();
        Diagnostic d = first(readme("---\nlibrary_name: transformer\n---\n"), "CW106");
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.line()).isEqualTo(2);
        assertThat(d.column()).isEqualTo(15);
        assertThat(d.fix()).isEqualTo("transformers");
    }

    @Test
    void datasetsAndBaseModelAreHubIdsNotPathsOrUrls() {
        assertThat(meta("datasets:\n- squad\n- allenai/c4\nbase_model: meta-llama/Llama-2-7b-hf\n")).isEmpty();
        assertThat(meta("datasets:\n- ./data/train.csv\n- https://huggingface.co/datasets/squad\n- my data\n"
                + "base_model: /home/me/model\n"))
                .containsExactly("CW107@3:3", "CW107@4:3", "CW107@5:3", "CW107@6:13");
        assertThat(first(readme("---\ndatasets:\n- squad\n- data/train.csv\n---\n"), "CW107").message())
                .isEqualTo("\"datasets[1]\" with value \"data/train.csv\" is not valid. It must be a Hub id (name or org/name), not a path or URL");
    }

    @Test
    void baseModelRelationIsOneOfFour() {
        assertThat(meta("base_model: gpt2\nbase_model_relation: quantized\n")).isEmpty();
        assertThat(meta("base_model: gpt2\nbase_model_relation: distilled\n")).containsExactly("CW108@3:22");
    }

    @Test
    void widgetMustBeAList() {
        assertThat(meta("widget:\n- text: Hello\n")).isEmpty();
        assertThat(meta("widget:\n  text: Hello\n")).containsExactly("CW109@3:3");
    }

    @Test
    void co2IsANumberOrTheDocumentedMapping() {
        assertThat(meta("co2_eq_emissions: 12.5\n")).isEmpty();
        assertThat(meta("co2_eq_emissions:\n  emissions: 12\n  source: CodeCarbon\n  training_type: fine-tuning\n")).isEmpty();
        assertThat(meta("co2_eq_emissions: a lot\n")).containsExactly("CW110@2:19");
        assertThat(meta("co2_eq_emissions:\n  source: CodeCarbon\n")).containsExactly("CW110@3:3");
        assertThat(meta("co2_eq_emissions:\n  emissions: twelve\n  hardware_used: 3\n")).containsExactly("CW110@3:14", "CW110@4:18");
    }

    @Test
    void gatedFieldsHaveKnownTypes() {
        assertThat(meta("extra_gated_fields:\n  Name: text\n  I agree: checkbox\n  Country: country\n"
                + "  Use:\n    type: select\n    options:\n    - Research\n")).isEmpty();
        assertThat(meta("extra_gated_fields:\n  Name: string\n  Use:\n    type: select\n"))
                .containsExactly("CW111@3:9", "CW111@5:5");
    }

    @Test
    void tagsMustBeStrings() {
        assertThat(meta("tags:\n- nlp\n- '2021'\n")).isEmpty();
        assertThat(meta("tags:\n- nlp\n- [a, b]\n")).containsExactly("CW112@4:3");
    }

    @Test
    void frontMatterThatIsNotYamlIsLocatedAtTheProblem() {
        assertThat(meta("language: en\nlicense: \"mit\"tags:\n")).containsExactly("CW003@3:15");
        assertThat(meta("language: en\n\tlicense: mit\n")).hasSize(1).first().asString().startsWith("CW003@3:");
    }

    @Test
    void frontMatterThatIsNotAMappingIsAnError() {
        assertThat(meta("- en\n- fr\n")).containsExactly("CW004@2:1");
        assertThat(first(readme("---\n- en\n---\n"), "CW004").message()).isEqualTo("repo card metadata block should be a dict, not an array");
    }

    @Test
    void duplicateKeysAreErrorsAtTheSecondOne() {
        assertThat(meta("license: mit\ntags:\n- a\nlicense: mit\n")).containsExactly("CW005@5:1");
        assertThat(first(readme("---\nlicense: mit\ntags:\n- a\nlicense: mit\n---\n"), "CW005").message())
                .isEqualTo("duplicated mapping key \"license\" (first at line 2)");
        assertThat(meta("widget:\n- text: a\n  text: b\n")).containsExactly("CW005@4:3");
    }

    @Test
    void keysMustBeStrings() {
        assertThat(meta("{{card_data}}\n")).containsExactly("CW006@2:2");
    }

    @Test
    void yaml11BooleansAreWarningsWithTheQuotedFix() {
        assertThat(meta("language:\n- \"no\"\n- en\n")).isEmpty();
        Diagnostic d = first(readme("---\nlanguage:\n- no\n---\n"), "CW010");
        assertThat(d.line()).isEqualTo(3);
        assertThat(d.column()).isEqualTo(3);
        assertThat(d.fix()).isEqualTo("\"no\"");
        assertThat(d.path()).isEqualTo("language[0]");
        assertThat(d.message()).isEqualTo("no is read as the boolean False by YAML 1.1 readers such as huggingface_hub; quote it: \"no\"");
    }

    @Test
    void unquotedDatesAreWarnings() {
        assertThat(meta("release: \"2023-01-05\"\n")).isEmpty();
        assertThat(meta("release: 2023-01-05\n")).containsExactly("CW011@2:10");
    }

    @Test
    void versionsThatLoseTheirTextAreWarningsButMetricValuesAreNot() {
        assertThat(meta("version: \"1.10\"\nother: 1.5\n")).isEmpty();
        assertThat(meta("version: 1.10\n")).containsExactly("CW012@2:10");
        assertThat(first(readme("---\nversion: 1.10\n---\n"), "CW012").fix()).isEqualTo("\"1.10\"");
        assertThat(meta("model-index:\n- name: m\n  results:\n  - task:\n      type: t\n    dataset:\n      type: d\n      name: D\n"
                + "    metrics:\n    - type: acc\n      value: 0.80\n")).isEmpty();
    }

    @Test
    void misspelledKeysGetADidYouMean() {
        assertThat(meta("license: mit\nlanguage: en\n")).isEmpty();
        assertThat(meta("licence: mit\nliscence: mit\npipeline-tag: fill-mask\nmodel_index: []\nDatasets: [squad]\nlang: en\n"))
                .containsExactly("CW020@2:1", "CW020@3:1", "CW020@4:1", "CW020@5:1", "CW020@6:1", "CW020@7:1");
        Diagnostic d = first(readme("---\npipeline-tag: fill-mask\n---\n"), "CW020");
        assertThat(d.message()).isEqualTo("unknown key \"pipeline-tag\"; did you mean \"pipeline_tag\"?");
        assertThat(d.fix()).isEqualTo("pipeline_tag");
    }

    @Test
    void topLevelKeysInsideModelIndexAreMisplaced() {
        assertThat(meta("model-index:\n- name: m\n  license: mit\n  results: []\n")).containsExactly("CW021@4:3");
    }

    @Test
    void metadataFieldsAreLocatedInsideAFrontMatterAfterText() {
        // Text before the front matter (prefix) and CRLF line endings must not shift the location.
        ValidationResult r = readme("\n\n---\r\nlicense: nope\r\n---\r\n# Card\r\n");
        Diagnostic d = first(r, "CW101");
        assertThat(d.line()).isEqualTo(4);
        assertThat(d.column()).isEqualTo(10);
    }
}
