package dev.cardwright.validate;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

import dev.cardwright.card.Card;
import dev.cardwright.card.TextEncoding;

/**
 * Validates a card offline with the Hub's rules (see {@link Rule} for the list and
 * docs/validation.md for what each checks). Stateless and thread-safe: one instance serves a
 * whole lint run and the editor's background checks.
 */
public final class CardValidator {
    /** Metadata keys only dataset cards carry: a card with one of them is measured against the dataset schema. */
    private static final Set<String> DATASET_KEYS = Set.of("task_categories", "task_ids", "size_categories",
            "annotations_creators", "language_creators", "multilinguality", "source_datasets", "configs", "dataset_info");
    /** A {@code ---} block that is not where the Hub looks: after other text, or opened by more than three dashes. */
    private static final Pattern STRAY_BLOCK = Pattern.compile("(?m)^(-{3,})[ \\t]*\\n(?=[A-Za-z_][\\w-]*:)");

    private final MetadataValidator metadata;
    private final SectionSchema schema;
    private final TextMetadataAgreement agreement;
    private final boolean modelScope;

    public CardValidator() {
        this(Vocabulary.hub(), new TemplateSectionSchema());
    }

    public CardValidator(Vocabulary vocabulary, SectionSchema schema) {
        this(new MetadataValidator(vocabulary), vocabulary, schema, false);
    }

    private CardValidator(MetadataValidator metadata, Vocabulary vocabulary, SectionSchema schema, boolean modelScope) {
        this.metadata = metadata;
        this.schema = schema;
        this.agreement = new TextMetadataAgreement(vocabulary);
        this.modelScope = modelScope;
    }

    /** A validator for ModelScope READMEs: ModelScope's metadata rules (CW6xx) in place of the Hub's CW1xx/CW2xx. */
    public static CardValidator modelScope() {
        return new CardValidator(new MetadataValidator(Vocabulary.hub(), new ModelScopeRules()), Vocabulary.hub(), new TemplateSectionSchema(), true);
    }

    /** Validates a card read from a README; links are resolved against {@code directory} (null: not checked). */
    public ValidationResult validate(Card card, String file, Path directory) {
        return validate(CardText.ofReadme(card, file, directory), card.getCardType());
    }

    public ValidationResult validate(CardText card, String cardType) {
        Findings out = new Findings();
        encoding(card, out);
        MappingNode root = null;
        if (card.frontMatter() != null) {
            root = metadata.check(card.frontMatter(), out);
            if (root == null && card.frontMatter().text().isBlank()) {
                out.add(Rule.METADATA_MISSING.at(card.frontMatter().line(), 1, null, null));
            }
        } else {
            strayFrontMatter(card.preamble(), out);
        }
        String type = root != null && isDataset(root) ? "dataset" : cardType == null ? "model" : cardType;
        BodyChecks body = new BodyChecks(out, card.directory());
        body.check(card.preamble(), false);
        card.sections().stream().flatMap(CardText.SectionText::flatten)
                .forEach(s -> body.check(s.block(), isCitation(s.title())));
        // ModelScope names licenses and languages its own way; the Hub's agreement rule would misread them.
        if (!modelScope) agreement.check(root, card.sections().stream().flatMap(CardText.SectionText::flatten).map(CardText.SectionText::block).toList(), out);
        if (modelScope && !hasChinese(card)) {
            out.add(Rule.MODELSCOPE_BODY_NOT_CHINESE.at(card.preamble().line(), 1, null, null));
        }
        Completeness completeness = Completeness.of(card, type, schema);
        sectionRules(card, completeness, out);
        List<Diagnostic> sorted = out.list().stream()
                .sorted(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column))
                .toList();
        return new ValidationResult(card.file(), sorted, completeness);
    }

    private static boolean hasChinese(CardText card) {
        return han(card.preamble().text()) || card.sections().stream().flatMap(CardText.SectionText::flatten)
                .anyMatch(s -> han(s.title()) || han(s.block().text()));
    }

    private static boolean han(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static void encoding(CardText card, Findings out) {
        TextEncoding enc = card.encoding();
        if (enc == TextEncoding.UTF_16LE_BOM || enc == TextEncoding.UTF_16BE_BOM) {
            out.add(Rule.ENCODING_NOT_UTF8.at(1, 1, null, null, enc == TextEncoding.UTF_16LE_BOM ? "UTF-16LE" : "UTF-16BE"));
        } else if (enc == TextEncoding.UTF_8_BOM && card.frontMatter() != null) {
            out.add(Rule.BYTE_ORDER_MARK.at(1, 1, null, null));
        }
    }

    private static void strayFrontMatter(TextBlock preamble, Findings out) {
        String text = preamble.text();
        Matcher m = STRAY_BLOCK.matcher(text);
        if (m.find() && text.indexOf("\n---", m.end() - 1) >= 0) {
            int line = CardText.newlines(text.substring(0, m.start()));
            String why = m.group(1).length() > 3 ? "its opening line has " + m.group(1).length() + " dashes, not three"
                    : "text comes before it (the block must open the file)";
            out.at(preamble, line, 0, Rule.FRONT_MATTER_MISPLACED, null, why);
        } else if (preamble.line() == 1) {
            out.add(Rule.METADATA_MISSING.at(1, 1, null, null));
        }
    }

    private static boolean isDataset(MappingNode root) {
        for (NodeTuple t : root.getValue()) {
            String key = YamlNodes.text(t.getKeyNode());
            if (key != null && DATASET_KEYS.contains(key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCitation(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        return t.contains("citation") || t.contains("bibtex") || t.contains("cite") || t.contains("引用");
    }

    private static void sectionRules(CardText card, Completeness completeness, Findings out) {
        for (Completeness.SectionScore s : completeness.sections()) {
            if (s.present() && s.score() == 0) {
                if (s.requirement() == SectionSchema.Requirement.REQUIRED) {
                    out.add(Rule.REQUIRED_SECTION_EMPTY.at(s.line(), 1, null, null, s.heading()));
                } else if (s.requirement() == SectionSchema.Requirement.RECOMMENDED) {
                    out.add(Rule.RECOMMENDED_SECTION_EMPTY.at(s.line(), 1, null, null, s.heading()));
                }
            } else if (!s.present() && s.topLevel() && s.requirement() == SectionSchema.Requirement.REQUIRED
                    && !s.id().equals("title")) { // a card without a level-1 heading is common and fine on the Hub
                out.add(Rule.REQUIRED_SECTION_MISSING.at(card.preamble().line(), 1, null, null, s.heading()));
            }
        }
    }
}
