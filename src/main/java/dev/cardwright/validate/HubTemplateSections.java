package dev.cardwright.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.cardwright.validate.SectionSchema.Requirement;

/**
 * The default section schema: the top-level headings of the Hub's model and dataset card
 * templates (huggingface_hub {@code templates/modelcard_template.md} and
 * {@code datasetcard_template.md}), with the localized headings Chinese cards use. Which
 * sections are required follows the Hub's model card guidance: a card must say what the model is,
 * how it is meant to be used and what its limits are. Used until the template package's schema
 * is wired in, and as the fallback for cards that name no template.
 */
public final class HubTemplateSections implements SectionSchema {
    private static final List<Entry> MODEL = List.of(
            new Entry("model-details", "Model Details", Requirement.REQUIRED),
            new Entry("uses", "Uses", Requirement.REQUIRED),
            new Entry("bias-risks-limitations", "Bias, Risks, and Limitations", Requirement.REQUIRED),
            new Entry("how-to-get-started", "How to Get Started with the Model", Requirement.RECOMMENDED),
            new Entry("training-details", "Training Details", Requirement.RECOMMENDED),
            new Entry("evaluation", "Evaluation", Requirement.RECOMMENDED),
            new Entry("citation", "Citation", Requirement.RECOMMENDED),
            new Entry("environmental-impact", "Environmental Impact", Requirement.OPTIONAL),
            new Entry("technical-specifications", "Technical Specifications", Requirement.OPTIONAL),
            new Entry("model-card-contact", "Model Card Contact", Requirement.OPTIONAL));
    private static final List<Entry> DATASET = List.of(
            new Entry("dataset-details", "Dataset Details", Requirement.REQUIRED),
            new Entry("uses", "Uses", Requirement.REQUIRED),
            new Entry("dataset-structure", "Dataset Structure", Requirement.RECOMMENDED),
            new Entry("dataset-creation", "Dataset Creation", Requirement.RECOMMENDED),
            new Entry("bias-risks-limitations", "Bias, Risks, and Limitations", Requirement.REQUIRED),
            new Entry("citation", "Citation", Requirement.RECOMMENDED),
            new Entry("dataset-card-contact", "Dataset Card Contact", Requirement.OPTIONAL));
    // Declared before ALIASES: its static block normalizes headings with them.
    private static final Pattern TRAILING = Pattern.compile("[\\s:：]+$");
    /** Section numbers such as {@code 2.1 }. */
    private static final Pattern NUMBERING = Pattern.compile("^[\\s\\d.]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Map<String, String> ALIASES = new HashMap<>();

    static {
        alias("model-details", "model details", "model description", "model detail", "模型详情", "模型介绍", "模型简介", "模型描述");
        alias("uses", "uses", "intended uses", "intended use", "intended uses & limitations", "intended uses and limitations",
                "how to use", "usage", "用途", "使用方法", "使用");
        alias("bias-risks-limitations", "bias, risks, and limitations", "bias risks and limitations", "limitations",
                "limitations and bias", "bias and limitations", "risks and limitations", "局限性", "偏见、风险和局限性", "局限性与偏见");
        alias("how-to-get-started", "how to get started with the model", "how to get started", "quick start", "quickstart", "快速开始", "快速上手");
        alias("training-details", "training details", "training", "training data", "training procedure", "训练细节", "训练");
        alias("evaluation", "evaluation", "evaluation results", "eval results", "results", "评估", "评测", "评估结果");
        alias("citation", "citation", "citation information", "bibtex entry and citation info", "citing", "cite", "引用");
        alias("environmental-impact", "environmental impact", "环境影响");
        alias("technical-specifications", "technical specifications", "technical specifications [optional]", "技术规格");
        alias("model-card-contact", "model card contact", "contact", "联系方式");
        alias("dataset-details", "dataset details", "dataset description", "dataset summary", "数据集详情");
        alias("dataset-structure", "dataset structure", "数据集结构");
        alias("dataset-creation", "dataset creation", "数据集构建");
        alias("dataset-card-contact", "dataset card contact");
    }

    private static void alias(String id, String... headings) {
        for (String h : headings) {
            ALIASES.putIfAbsent(normalize(h), id);
        }
    }

    @Override
    public List<Entry> entries(String cardType) {
        return "dataset".equals(cardType) ? DATASET : MODEL;
    }

    @Override
    public Optional<Entry> match(String cardType, CardText.SectionText section) {
        List<Entry> entries = entries(cardType);
        String id = ALIASES.getOrDefault(normalize(section.title()), section.id());
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Lower case, without {@code [optional]} markers, emphasis and trailing colons. */
    static String normalize(String heading) {
        String h = heading.toLowerCase(Locale.ROOT).replace("[optional]", "").replace("*", "").replace("_", " ");
        h = TRAILING.matcher(h).replaceAll("");
        h = NUMBERING.matcher(h).replaceAll("");
        return SPACES.matcher(h).replaceAll(" ").trim();
    }

}
