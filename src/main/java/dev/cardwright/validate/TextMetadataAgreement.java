package dev.cardwright.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Rule CW309: the Model Description's key–value lines ({@code - **License:** …},
 * {@code - **Language(s) (NLP):** …}, {@code - **Finetuned from model:** …}) say something the
 * metadata contradicts. Only lines the template defines are read, and only values that can be
 * recognised (a license by its id or name, languages by code or English or Chinese name, a base
 * model by its Hub id): prose is never guessed at, so the rule stays quiet rather than wrong.
 */
final class TextMetadataAgreement {
    private static final Pattern FIELD = Pattern.compile(
            "^\\s*[-*+]\\s+\\*\\*\\s*(License|Language\\(s\\)(?:\\s*\\(NLP\\))?|Languages?|Finetuned from model(?:\\s*\\[optional])?)\\s*:?\\s*\\*\\*\\s*:?\\s*(.*?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HUB_ID = Pattern.compile("(?:huggingface\\.co/)?([A-Za-z0-9][\\w.-]*/[\\w.-]+)");
    private static final Pattern LIST_SPLIT = Pattern.compile("\\s*(?:,|，|、|;|/|\\band\\b|和|及)\\s*");

    private final Map<String, String> licenseByKey = new HashMap<>();
    private final Map<String, String> languageByName = new HashMap<>();

    TextMetadataAgreement(Vocabulary vocabulary) {
        vocabulary.licenses().values().forEach(t -> {
            licenseByKey.put(licenseKey(t.id()), t.id());
            if (t.name() != null && !t.name().isBlank()) {
                licenseByKey.putIfAbsent(licenseKey(t.name()), t.id());
            }
        });
        // codes first: "en" is English before it is the name of the language En (ISO 639-3 enc)
        for (Vocabulary.Language l : vocabulary.languages()) {
            languageByName.putIfAbsent(l.code().toLowerCase(Locale.ROOT), l.code());
        }
        for (Vocabulary.Language l : vocabulary.languages()) {
            if (l.nameEn() != null && !l.nameEn().isBlank()) {
                languageByName.putIfAbsent(l.nameEn().toLowerCase(Locale.ROOT), l.code());
            }
            if (l.nameZh() != null && !l.nameZh().isBlank()) {
                languageByName.putIfAbsent(l.nameZh(), l.code());
            }
        }
    }

    /** "Apache License 2.0", "apache-2.0" and "Apache 2.0" all give "apache20". */
    static String licenseKey(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("\\b(the|licen[cs]e[sd]?|version)\\b", "");
        return s.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    void check(MappingNode root, List<TextBlock> blocks, Findings out) {
        if (root == null) {
            return;
        }
        String license = YamlNodes.get(root, "license").map(YamlNodes::text).orElse(null);
        List<String> languages = strings(YamlNodes.get(root, "language").orElse(null));
        List<String> baseModels = strings(YamlNodes.get(root, "base_model").orElse(null));
        for (TextBlock block : blocks) {
            String[] lines = block.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = FIELD.matcher(lines[i]);
                if (!m.find()) {
                    continue;
                }
                String label = m.group(1).toLowerCase(Locale.ROOT);
                String value = m.group(2);
                if (value.isEmpty() || value.contains("[More Information Needed]") || value.startsWith("{{")) {
                    continue;
                }
                int column = m.start(2);
                if (label.startsWith("license")) {
                    checkLicense(block, i, column, value, license, out);
                } else if (label.startsWith("language")) {
                    checkLanguages(block, i, column, value, languages, out);
                } else {
                    checkBaseModel(block, i, column, value, baseModels, out);
                }
            }
        }
    }

    private void checkLicense(TextBlock block, int line, int column, String value, String license, Findings out) {
        if (license == null) {
            return;
        }
        String said = licenseByKey.get(licenseKey(stripLink(value)));
        if (said != null && !said.equals(license) && !"other".equals(license)) {
            out.at(block, line, column, Rule.TEXT_CONTRADICTS_METADATA, null, "license", value, license);
        }
    }

    private void checkLanguages(TextBlock block, int line, int column, String value, List<String> languages, Findings out) {
        if (languages.isEmpty()) {
            return;
        }
        Set<String> said = new LinkedHashSet<>();
        for (String part : LIST_SPLIT.split(stripLink(value))) {
            String p = part.strip().replaceAll("[.。]$", "");
            if (p.isEmpty()) {
                continue;
            }
            String code = languageByName.getOrDefault(p.toLowerCase(Locale.ROOT), languageByName.get(p));
            if (code == null) {
                return; // something not recognised: not ours to judge
            }
            said.add(code);
        }
        Set<String> meta = new LinkedHashSet<>();
        languages.forEach(l -> meta.add(l.toLowerCase(Locale.ROOT)));
        if (!said.isEmpty() && !said.equals(meta)) {
            out.at(block, line, column, Rule.TEXT_CONTRADICTS_METADATA, null, "language", value, String.join(", ", languages));
        }
    }

    private static void checkBaseModel(TextBlock block, int line, int column, String value, List<String> baseModels, Findings out) {
        if (baseModels.isEmpty()) {
            return;
        }
        Matcher id = HUB_ID.matcher(value);
        if (!id.find()) {
            return;
        }
        String said = id.group(1).replaceAll("[.)]+$", "");
        boolean known = baseModels.stream().anyMatch(b -> b.equalsIgnoreCase(said));
        if (!known) {
            out.at(block, line, column, Rule.TEXT_CONTRADICTS_METADATA, null, "base_model", value, String.join(", ", baseModels));
        }
    }

    /** The text of a Markdown link, {@code [text](url)} → {@code text}; other text as it is. */
    private static String stripLink(String value) {
        return value.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").replace("*", "").replace("`", "").strip();
    }

    private static List<String> strings(Node node) {
        List<String> out = new ArrayList<>();
        if (node instanceof SequenceNode seq) {
            for (Node n : seq.getValue()) {
                String t = YamlNodes.text(n);
                if (t != null && !t.isBlank()) {
                    out.add(t);
                }
            }
        } else if (node != null) {
            String t = YamlNodes.text(node);
            if (t != null && !t.isBlank()) {
                out.add(t);
            }
        }
        return out;
    }
}
