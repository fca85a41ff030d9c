package dev.cardwright.validate;

import static dev.cardwright.validate.Severity.ERROR;
import static dev.cardwright.validate.Severity.INFO;
import static dev.cardwright.validate.Severity.WARNING;

/**
 * Every check Cardwright makes, with its stable code (a contract: scripts and editor
 * integrations key on it), its name, its severity and its message template ({@code {0}},
 * {@code {1}} … are filled in order). Codes: {@code CW0xx} file and YAML, {@code CW1xx}
 * metadata values, {@code CW2xx} {@code model-index}, {@code CW3xx} body, {@code CW4xx} translations, {@code CW5xx} {@code .eval_results} files. docs/validation.md
 * lists them with an example each; never renumber.
 */
public enum Rule {
    ENCODING_NOT_UTF8("CW001", "encoding-not-utf8", ERROR,
            "the Hub reads README.md as UTF-8, but this file is {0}; its metadata will not be seen"),
    BYTE_ORDER_MARK("CW002", "byte-order-mark", WARNING,
            "the file starts with a byte order mark; huggingface_hub then finds no metadata block"),
    YAML_INVALID("CW003", "yaml-invalid", ERROR,
            "metadata is not valid YAML: {0}"),
    METADATA_NOT_MAPPING("CW004", "metadata-not-mapping", ERROR,
            "repo card metadata block should be a dict, not {0}"),
    DUPLICATE_KEY("CW005", "duplicate-key", ERROR,
            "duplicated mapping key \"{0}\" (first at line {1})"),
    KEY_NOT_STRING("CW006", "key-not-string", ERROR,
            "metadata keys must be strings, not {0}"),
    YAML_REFUSED("CW007", "yaml-refused", ERROR,
            "metadata refused: {0}"),
    FRONT_MATTER_MISPLACED("CW008", "front-matter-misplaced", WARNING,
            "this \"---\" block looks like metadata, but {0}, so the Hub does not read it"),
    METADATA_MISSING("CW009", "metadata-missing", WARNING,
            "no metadata block; the Hub shows \"Empty or missing yaml metadata in repo card\""),
    YAML11_BOOLEAN("CW010", "yaml11-boolean", WARNING,
            "{0} is read as the boolean {1} by YAML 1.1 readers such as huggingface_hub; quote it: {2}"),
    YAML11_DATE("CW011", "yaml11-date", WARNING,
            "{0} is read as a date by YAML 1.1 readers such as huggingface_hub; quote it: {1}"),
    YAML_NUMBER_TEXT("CW012", "yaml-number-text", WARNING,
            "{0} is read as the number {1}; quote it to keep the text: {2}"),
    // issue 12: PyYAML's safe_load (the Hub's reader) constructs only the YAML 1.1 standard tags
    YAML_UNSAFE_TAG("CW013", "yaml-unsafe-tag", ERROR,
            "metadata cannot be read by PyYAML's safe_load, which the Hub uses: could not determine a constructor for the tag '{0}'"),
    FOLDER_UNREADABLE("CW014", "folder-unreadable", ERROR,
            "cannot read this folder ({0}); the cards in it were not checked"),
    // issue 12: flexmark's work grows with the nesting on each line (a 5,000-level list did not finish)
    MARKDOWN_TOO_DEEP("CW015", "markdown-too-deep", ERROR,
            "block quotes and lists nest more than {0} deep; Cardwright refuses to open or export this text"),
    KEY_MISSPELLED("CW020", "key-misspelled", WARNING,
            "unknown key \"{0}\"; did you mean \"{1}\"?"),
    KEY_MISPLACED("CW021", "key-misplaced", WARNING,
            "\"{0}\" has no effect here; did you mean to put it at the top level of the metadata?"),

    LICENSE_UNKNOWN("CW101", "license-unknown", ERROR,
            "\"{0}\" must be one of [{1}]; \"{2}\" is not{3}"),
    LICENSE_OTHER_INCOMPLETE("CW102", "license-other-incomplete", ERROR,
            "\"license\" is \"other\", so \"{0}\" is required"),
    LANGUAGE_INVALID("CW103", "language-invalid", ERROR,
            "\"{0}\" with value \"{1}\" is not valid. It must be an ISO 639-1, 639-2 or 639-3 code, \"code\" or \"multilingual\"{2}"),
    LANGUAGE_REGION("CW104", "language-region", WARNING,
            "\"{0}\" with value \"{1}\" carries a region; the Hub expects the ISO 639 code \"{2}\""),
    PIPELINE_TAG_UNKNOWN("CW105", "pipeline-tag-unknown", ERROR,
            "\"pipeline_tag\" must be one of [{0}]; \"{1}\" is not{2}"),
    LIBRARY_UNKNOWN("CW106", "library-unknown", WARNING,
            "\"library_name\" with value \"{0}\" is not a library the Hub knows; no widget or code snippet will show{1}"),
    HUB_ID_INVALID("CW107", "hub-id-invalid", ERROR,
            "\"{0}\" with value \"{1}\" is not valid. It must be a Hub id (name or org/name), not a path or URL"),
    BASE_MODEL_RELATION_INVALID("CW108", "base-model-relation-invalid", ERROR,
            "\"base_model_relation\" must be one of [adapter, merge, quantized, finetune]; \"{0}\" is not"),
    WIDGET_NOT_LIST("CW109", "widget-not-list", ERROR,
            "\"widget\" must be an array"),
    CO2_INVALID("CW110", "co2-invalid", ERROR,
            "\"{0}\" {1}"),
    GATED_FIELD_INVALID("CW111", "gated-field-invalid", ERROR,
            "\"{0}\" {1}"),
    VALUE_TYPE("CW112", "value-type", ERROR,
            "\"{0}\" must be {1}"),

    MODEL_INDEX_REQUIRED("CW201", "model-index-required", ERROR,
            "\"{0}\" is required"),
    MODEL_INDEX_TYPE("CW202", "model-index-type", ERROR,
            "\"{0}\" must be {1}"),

    PLACEHOLDER_LEFT("CW301", "placeholder-left", WARNING,
            "placeholder \"{0}\" left in the card"),
    TEMPLATE_COMMENT_LEFT("CW302", "template-comment-left", INFO,
            "guidance comment from the template left in the card"),
    PYTHON_LIST_REPR("CW303", "python-list-repr", WARNING,
            "Python list {0} shown as text; write it as {1}"),
    REQUIRED_SECTION_EMPTY("CW304", "required-section-empty", WARNING,
            "required section \"{0}\" is empty"),
    RECOMMENDED_SECTION_EMPTY("CW305", "recommended-section-empty", INFO,
            "recommended section \"{0}\" is empty"),
    REQUIRED_SECTION_MISSING("CW306", "required-section-missing", INFO,
            "required section \"{0}\" is missing"),
    LINK_BROKEN("CW307", "link-broken", WARNING,
            "relative {0} to \"{1}\", but there is no such file beside the card"),
    BIBTEX_INVALID("CW308", "bibtex-invalid", WARNING,
            "BibTeX citation does not parse: {0}"),
    TEXT_CONTRADICTS_METADATA("CW309", "text-contradicts-metadata", WARNING,
            "the text gives the {0} as \"{1}\", but the metadata says \"{2}\""),

    // CW4xx: translations kept in a card source, checked against their source (docs/translation.md)
    TRANSLATION_MISSING("CW401", "translation-missing", INFO,
            "section \"{0}\" is not translated into {1}"),
    TRANSLATION_NEEDS_REVIEW("CW402", "translation-needs-review", WARNING,
            "the {1} translation of section \"{0}\" needs review"),
    GLOSSARY_TERM("CW403", "glossary-term", WARNING,
            "'{0}' should be rendered as '{1}'{2}"),
    PROTECTED_MISSING("CW404", "protected-missing", WARNING,
            "{0} '{1}' of the source is missing or changed"),
    PROTECTED_ADDED("CW405", "protected-added", WARNING,
            "{0} '{1}' is not in the source"),
    CODE_BLOCK_CHANGED("CW406", "code-block-changed", WARNING,
            "code block {0} differs from the source: line {1} '{2}' became '{3}'"),
    FACT_NUMBER_MISSING("CW410", "fact-number-missing", WARNING,
            "the source says {0}; the translation does not have that number"),
    FACT_NUMBER_CHANGED("CW411", "fact-number-changed", WARNING,
            "the source says {0}; the translation says {1}"),
    FACT_TABLES("CW412", "fact-table-count", WARNING,
            "the source has {0} tables here, the translation {1}"),
    FACT_TABLE_SHAPE("CW413", "fact-table-shape", WARNING,
            "table {0} has {1} rows and {2} columns in the source, {3} rows and {4} columns in the translation"),
    // Chinese typography of zh translations (issue 11; docs/translation.md, "Chinese typography")
    ZH_HALFWIDTH_PUNCTUATION("CW420", "zh-halfwidth-punctuation", WARNING,
            "half-width '{0}' in Chinese text; Chinese takes the full-width '{1}'"),
    ZH_SPACE_MISSING("CW421", "zh-latin-space-missing", WARNING,
            "no space between Chinese and '{0}'; the card's convention is a space between Chinese and Latin text or digits"),
    ZH_SPACE_EXTRA("CW422", "zh-latin-space-extra", WARNING,
            "a space between Chinese and '{0}'; the card's convention is no space between Chinese and Latin text or digits"),
    ZH_SPACE_INCONSISTENT_MISSING("CW423", "zh-latin-space-inconsistent", INFO,
            "no space between Chinese and '{0}' here, but {1} of the {2} such places in this section have one"),
    ZH_SPACE_INCONSISTENT_EXTRA("CW424", "zh-latin-space-inconsistent-extra", INFO,
            "a space between Chinese and '{0}' here, but {1} of the {2} such places in this section have none"),

    // .eval_results/*.yaml files (hub-docs eval_results.yaml, huggingface_hub's EvalResultEntry)
    EVAL_RESULTS_YAML_INVALID("CW501", "eval-results-yaml-invalid", ERROR,
            "evaluation results are not valid YAML: {0}"),
    EVAL_RESULTS_SHAPE("CW502", "eval-results-shape", ERROR,
            "\"{0}\" must be {1}"),
    EVAL_RESULTS_REQUIRED("CW503", "eval-results-required", ERROR,
            "\"{0}\" is required"),
    EVAL_RESULTS_DATE_INVALID("CW504", "eval-results-date-invalid", ERROR,
            "\"{0}\" with value \"{1}\" is not an ISO-8601 date or date-time (2025-01-15, 2025-01-15T10:30:00Z)"),
    EVAL_RESULTS_DATE_UNQUOTED("CW505", "eval-results-date-unquoted", WARNING,
            "\"{0}\" is read as a date, not text, by YAML 1.1 readers such as huggingface_hub; quote it: \"{1}\""),
    EVAL_RESULTS_SOURCE_URL("CW506", "eval-results-source-url", ERROR,
            "\"{0}\" is given, so \"{0}.url\" is required"),
    EVAL_RESULTS_DATASET_ID("CW507", "eval-results-dataset-id", ERROR,
            "\"{0}\" with value \"{1}\" is not valid. It must be a Hub dataset id (name or org/name), not a path or URL"),
    EVAL_RESULTS_KEY_UNKNOWN("CW508", "eval-results-key-unknown", WARNING,
            "unknown key \"{0}\" in an evaluation result; the Hub ignores it{1}"),
    // CW6xx: ModelScope's rules, for `validate --hub modelscope` (docs/modelscope.md)
    MODELSCOPE_TASKS_MISSING("CW601", "modelscope-tasks-missing", WARNING,
            "no \"tasks\"; ModelScope lists, filters and runs a model by its task{0}"),
    MODELSCOPE_TASK_UNKNOWN("CW602", "modelscope-task-unknown", WARNING,
            "\"{0}\" with value \"{1}\" is not a ModelScope task{2}"),
    MODELSCOPE_LICENSE_UNKNOWN("CW603", "modelscope-license-unknown", WARNING,
            "\"license\" with value \"{0}\" is not one of ModelScope's license names [{1}]{2}"),
    MODELSCOPE_FRAMEWORK_UNKNOWN("CW604", "modelscope-framework-unknown", WARNING,
            "\"{0}\" with value \"{1}\" is not a framework ModelScope names [{2}]{3}"),
    MODELSCOPE_HUB_KEY("CW605", "modelscope-hub-key", INFO,
            "\"{0}\" is the Hub's key; ModelScope reads \"{1}\" instead"),
    MODELSCOPE_INDEXING_INVALID("CW606", "modelscope-indexing-invalid", ERROR,
            "\"{0}\" {1}"),
    MODELSCOPE_LIST_EXPECTED("CW607", "modelscope-list-expected", WARNING,
            "\"{0}\" must be a list on ModelScope, not {1}"),
    MODELSCOPE_BODY_NOT_CHINESE("CW608", "modelscope-body-not-chinese", INFO,
            "the card's text has no Chinese; ModelScope readers expect a Chinese card (export --hub modelscope takes the zh translation)");

    private final String code;
    private final String id;
    private final Severity severity;
    private final String template;

    Rule(String code, String id, Severity severity, String template) {
        this.code = code;
        this.id = id;
        this.severity = severity;
        this.template = template;
    }

    public String code() { return code; }
    /** The rule's name, e.g. {@code license-unknown}. */
    public String id() { return id; }
    public Severity severity() { return severity; }
    public String template() { return template; }

    /** The message with its arguments filled in. */
    public String message(Object... args) {
        return DiagnosticText.fill(template, java.util.Arrays.asList(args));
    }

    /** The message in a locale's language (see {@link DiagnosticText}); English for English. */
    public String message(java.util.Locale locale, Object... args) {
        return DiagnosticText.localize(code, message(args), strings(args), locale);
    }

    public Diagnostic at(int line, int column, String path, String fix, Object... args) {
        return new Diagnostic(code, severity, message(args), line, column, path, fix, strings(args));
    }

    private static java.util.List<String> strings(Object... args) {
        return java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    /** The rule of a code, if there is one. */
    public static java.util.Optional<Rule> byCode(String code) {
        for (Rule r : values()) {
            if (r.code.equals(code)) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }
}
