package dev.cardwright.yaml;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.EvalResultsFile;
import dev.cardwright.card.ExportSettings;
import dev.cardwright.card.FileFormat;
import dev.cardwright.card.FrontMatter;
import dev.cardwright.card.LineEnding;
import dev.cardwright.card.RepositoryOrigin;
import dev.cardwright.card.Section;
import dev.cardwright.card.SourceText;
import dev.cardwright.card.TextEncoding;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.Translation;
import dev.cardwright.card.TranslationStatus;

/**
 * Reads the card source file from its YAML node tree, so that every mistake (in the YAML or in
 * the shape) is reported at its line and column. Unknown keys are errors rather than ignored: a
 * misspelt {@code txt:} would otherwise silently drop a section's text on the next save.
 */
final class CardSourceFileParser {
    private final String fileName;
    private final Set<String> sectionIds = new HashSet<>();

    CardSourceFileParser(String fileName) {
        this.fileName = fileName;
    }

    Card parse(String text) throws CardFormatException {
        Optional<Node> root;
        try {
            root = YamlReader.composeCardSource(text);
        } catch (CountedEvents.TooMany e) {
            throw new CardFormatException(fileName, e.line(), e.column(), "refused: " + e.getMessage());
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
            throw mark == null ? new CardFormatException(fileName, 1, 1, "not valid YAML: " + problem)
                    : new CardFormatException(fileName, mark.getLine() + 1, mark.getColumn() + 1, "not valid YAML: " + problem);
        } catch (ReaderException e) {
            int[] at = lineAndColumn(text, e.getPosition());
            throw new CardFormatException(fileName, at[0], at[1], "not valid YAML: character U+"
                    + String.format("%04X", e.getCodePoint()) + " is not allowed (write it as an escape in a double-quoted string)");
        } catch (YamlEngineException e) {
            throw new CardFormatException(fileName, 1, 1, "not valid YAML: " + e.getMessage());
        } catch (StackOverflowError e) {
            throw new CardFormatException(fileName, 1, 1, "the card source nests too deeply to be read");
        }
        if (root.isEmpty()) {
            throw new CardFormatException(fileName, 1, 1, "empty file: not a card source (expected 'cardwright: 1' and the card)");
        }
        Fields top = fields(root.get(), "the card source");
        int version = top.integer("cardwright", -1);
        if (version == -1) {
            throw error(root.get(), "not a card source: 'cardwright: " + CardSourceFile.FORMAT_VERSION + "' is missing");
        }
        if (version != CardSourceFile.FORMAT_VERSION) {
            throw error(top.node("cardwright"), "card source format " + version + " is not supported (this Cardwright reads format "
                    + CardSourceFile.FORMAT_VERSION + ")");
        }
        top.allow("cardwright", "card_type", "readme", "prefix", "prefix_raw", "front_matter", "preamble",
                "preamble_raw", "sections", "translations", "eval_results", "repository", "roles", "export");
        Card card = new Card();
        card.setCardType(top.string("card_type", "model"));
        FileFormat format = FileFormat.DEFAULT;
        if (top.has("readme")) {
            Fields readme = fields(top.node("readme"), "readme");
            readme.allow("encoding", "line_ending");
            TextEncoding encoding = readme.has("encoding") ? choice(readme.node("encoding"), TextEncoding::fromId) : TextEncoding.UTF_8;
            LineEnding ending = readme.has("line_ending") ? lineEnding(readme.node("line_ending")) : LineEnding.LF;
            format = new FileFormat(encoding, ending);
        }
        card.setFormat(format);
        LineEnding ending = format.lineEnding();
        Piece prefix = top.piece("prefix");
        Piece preamble = top.piece("preamble");
        card.setPrefix(prefix.text);
        card.setPreamble(preamble.text);
        card.setOriginals(prefix.original(), preamble.original());
        if (top.has("front_matter")) {
            Fields fm = fields(top.node("front_matter"), "front_matter");
            fm.allow("opening", "opening_raw", "yaml", "yaml_raw", "closing", "closing_raw");
            card.setFrontMatter(FrontMatter.read(fm.piece("opening", "---\n").raw(ending),
                    fm.piece("yaml").raw(ending), fm.piece("closing", "---\n").raw(ending)));
        }
        if (top.has("sections")) {
            card.getSections().setAll(sections(top.node("sections"), 1));
        }
        if (top.has("translations")) {
            for (Node t : sequence(top.node("translations"), "translations")) {
                card.getTranslations().add(translation(t));
            }
        }
        if (top.has("eval_results")) {
            for (Node item : sequence(top.node("eval_results"), "eval_results")) {
                Fields f = fields(item, "an eval_results file");
                f.allow("path", "text");
                String path = f.required("path");
                if (!path.startsWith(EvalResultsFile.FOLDER + "/") || path.contains("..")) {
                    throw error(f.node("path"), "an eval_results path must be " + EvalResultsFile.FOLDER + "/NAME.yaml, not '" + path + "'");
                }
                card.getEvalResultsFiles().add(new EvalResultsFile(path, f.string("text", "")));
            }
        }
        if (top.has("repository")) {
            repository(fields(top.node("repository"), "repository"), card.getRepository());
        }
        if (top.has("roles")) {
            for (Node r : sequence(top.node("roles"), "roles")) {
                Fields f = fields(r, "a role");
                f.allow("section", "role", "person");
                String role = f.required("role");
                dev.cardwright.card.Role parsed = dev.cardwright.card.Role.fromId(role)
                        .orElseThrow(() -> error(f.node("role"), "unknown role '" + role + "' (expected developer, sociotechnic or project-organiser)"));
                card.getRoles().put(f.required("section"), new dev.cardwright.card.RoleAssignment(parsed, f.string("person", "")));
            }
        }
        if (top.has("export")) {
            exportSettings(fields(top.node("export"), "export"), card.getExportSettings());
        }
        return card;
    }

    /** Headings have six levels, so subsections nest at most six deep; deeper is refused before anything recurses further. */
    private List<Section> sections(Node node, int depth) throws CardFormatException {
        if (depth > 6) {
            throw error(node, "sections nest more than 6 deep (a heading has six levels)");
        }
        List<Section> result = new java.util.ArrayList<>();
        for (Node item : sequence(node, "sections")) {
            Fields f = fields(item, "a section");
            f.allow("id", "level", "title", "heading", "heading_raw", "text", "text_raw", "sections");
            String id = f.required("id");
            if (id.isBlank()) {
                throw error(f.node("id"), "section id is empty");
            }
            if (!sectionIds.add(id)) {
                throw error(f.node("id"), "section id '" + id + "' is used twice; ids must be unique within a card");
            }
            int level = f.integer("level", 1);
            if (level < 1 || level > 6) {
                throw error(f.node("level"), "section level must be 1 to 6, not " + level);
            }
            Piece heading = f.piece("heading");
            Piece text = f.piece("text");
            Section section = new Section(id, level, heading.text, f.string("title", ""), text.text);
            section.setOriginals(heading.original(), text.original());
            if (f.has("sections")) {
                section.getChildren().setAll(sections(f.node("sections"), depth + 1));
            }
            result.add(section);
        }
        return result;
    }

    private Translation translation(Node node) throws CardFormatException {
        Fields f = fields(node, "a translation");
        f.allow("language", "cjk_spacing", "sections");
        String language = f.required("language");
        Translation translation = new Translation(language);
        if (f.has("cjk_spacing")) {
            String spacing = scalar(f.node("cjk_spacing"), "cjk_spacing");
            if (!spacing.equals("space") && !spacing.equals("nospace")) {
                throw error(f.node("cjk_spacing"), "cjk_spacing must be space or nospace, not '" + spacing + "'");
            }
            translation.setCjkSpacing(spacing);
        }
        if (f.has("sections")) {
            for (Node item : sequence(f.node("sections"), "sections")) {
                Fields s = fields(item, "a translated section");
                s.allow("id", "status", "source_fingerprint", "heading", "text", "source_text", "source_commits", "note", "note_resolved");
                String id = s.required("id");
                if (translation.getSections().containsKey(id)) {
                    throw error(s.node("id"), "section '" + id + "' is translated twice into " + language);
                }
                TranslatedSection ts = translation.section(id);
                if (s.has("status")) {
                    ts.setStatus(choice(s.node("status"), TranslationStatus::fromId));
                }
                ts.setSourceFingerprint(s.string("source_fingerprint", ""));
                ts.setHeading(s.string("heading", ""));
                ts.setText(s.string("text", ""));
                ts.setSourceText(s.string("source_text", ""));
                ts.setSourceCommits(Math.max(0, s.integer("source_commits", 0)));
                ts.setNote(s.string("note", ""));
                ts.setNoteResolved(s.has("note_resolved") && bool(s.node("note_resolved"), "note_resolved"));
            }
        }
        return translation;
    }

    private void repository(Fields f, RepositoryOrigin origin) throws CardFormatException {
        f.allow("folder", "hub", "hub_revision", "readme", "translations", "kept", "linked");
        origin.setFolder(f.string("folder", null));
        origin.setHubRepository(f.string("hub", null));
        origin.setHubRevision(f.string("hub_revision", null));
        origin.setReadmePath(f.string("readme", origin.getReadmePath()));
        if (f.has("translations")) {
            for (Node item : sequence(f.node("translations"), "translations")) {
                Fields t = fields(item, "a translation file");
                t.allow("language", "path", "encoding", "state", "original");
                TextEncoding encoding = t.has("encoding") ? choice(t.node("encoding"), TextEncoding::fromId) : TextEncoding.UTF_8;
                origin.getTranslations().add(new RepositoryOrigin.TranslationFile(t.required("language"), t.required("path"),
                        encoding, t.string("original", ""), t.string("state", "")));
            }
        }
        if (f.has("kept")) {
            for (Node item : sequence(f.node("kept"), "kept")) {
                Fields k = fields(item, "a kept file");
                k.allow("path", "encoding", "original");
                TextEncoding encoding = k.has("encoding") ? choice(k.node("encoding"), TextEncoding::fromId) : TextEncoding.UTF_8;
                origin.getKept().add(new RepositoryOrigin.TranslationFile(null, k.required("path"), encoding,
                        k.string("original", ""), ""));
            }
        }
        if (f.has("linked")) {
            for (Node item : sequence(f.node("linked"), "linked")) {
                Fields l = fields(item, "a linked file");
                l.allow("path", "sha256", "size");
                long size;
                try {
                    size = Long.parseLong(l.string("size", "0").trim());
                } catch (NumberFormatException e) {
                    throw error(l.node("size"), "size must be a whole number of bytes");
                }
                origin.getLinked().add(new RepositoryOrigin.LinkedFile(l.required("path"), l.string("sha256", ""), size));
            }
        }
    }

    private boolean bool(Node node, String key) throws CardFormatException {
        String value = scalar(node, key);
        if (!value.equals("true") && !value.equals("false")) {
            throw error(node, key + " must be true or false, not '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    private void exportSettings(Fields f, ExportSettings settings) throws CardFormatException {
        f.allow("readme_name", "translation_naming", "language_links", "line_ending");
        settings.setReadmeName(f.string("readme_name", settings.getReadmeName()));
        settings.setTranslationNaming(f.string("translation_naming", settings.getTranslationNaming()));
        if (f.has("language_links")) {
            settings.setLanguageLinks(bool(f.node("language_links"), "language_links"));
        }
        if (f.has("line_ending")) {
            settings.setLineEnding(lineEnding(f.node("line_ending")));
        }
    }

    private LineEnding lineEnding(Node node) throws CardFormatException {
        String value = scalar(node, "line_ending");
        try {
            return LineEnding.fromId(value);
        } catch (IllegalArgumentException e) {
            throw error(node, "unknown line ending '" + value + "' (expected lf, crlf or cr)");
        }
    }

    private <T> T choice(Node node, java.util.function.Function<String, T> parse) throws CardFormatException {
        try {
            return parse.apply(scalar(node, "value"));
        } catch (IllegalArgumentException e) {
            throw error(node, e.getMessage());
        }
    }

    /** A text and, when the file stores it, its exact original (with its own line endings). */
    private record Piece(String text, String rawOriginal) {
        SourceText original() {
            return rawOriginal == null ? null : new SourceText(rawOriginal);
        }

        /** What was in the README: the stored original while it still matches the text, else the text with the card's ending. */
        String raw(LineEnding ending) {
            return rawOriginal != null ? rawOriginal : ending.denormalize(text);
        }
    }

    private final class Fields {
        private final MappingNode mapping;
        private final Map<String, NodeTuple> byKey = new LinkedHashMap<>();

        Fields(MappingNode mapping) throws CardFormatException {
            this.mapping = mapping;
            for (NodeTuple tuple : mapping.getValue()) {
                String key = scalar(tuple.getKeyNode(), "key");
                if (byKey.put(key, tuple) != null) {
                    throw error(tuple.getKeyNode(), "duplicate key '" + key + "'");
                }
            }
        }

        void allow(String... keys) throws CardFormatException {
            Set<String> known = Set.of(keys);
            for (NodeTuple tuple : byKey.values()) {
                String key = ((ScalarNode) tuple.getKeyNode()).getValue();
                if (!known.contains(key)) {
                    throw error(tuple.getKeyNode(), "unknown key '" + key + "' (expected one of: " + String.join(", ", keys) + ")");
                }
            }
        }

        boolean has(String key) {
            return byKey.containsKey(key);
        }

        Node node(String key) {
            NodeTuple tuple = byKey.get(key);
            return tuple == null ? mapping : tuple.getValueNode();
        }

        String string(String key, String fallback) throws CardFormatException {
            return has(key) ? scalar(node(key), key) : fallback;
        }

        String required(String key) throws CardFormatException {
            if (!has(key)) {
                throw error(mapping, "'" + key + "' is missing");
            }
            return scalar(node(key), key);
        }

        int integer(String key, int fallback) throws CardFormatException {
            if (!has(key)) {
                return fallback;
            }
            String value = scalar(node(key), key);
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw error(node(key), key + " must be a whole number, not '" + value + "'");
            }
        }

        Piece piece(String key) throws CardFormatException {
            return piece(key, "");
        }

        /** The text under {@code key} and its original under {@code key_raw}, kept only while they agree. */
        Piece piece(String key, String fallback) throws CardFormatException {
            String text = string(key, fallback);
            String raw = has(key + "_raw") ? scalar(node(key + "_raw"), key + "_raw") : null;
            if (raw != null && !LineEnding.normalize(raw).equals(text)) {
                raw = null; // the text was edited by hand: the original no longer applies
            }
            return new Piece(text, raw);
        }
    }

    private Fields fields(Node node, String what) throws CardFormatException {
        if (node instanceof MappingNode mapping) {
            return new Fields(mapping);
        }
        throw error(node, what + " must be a mapping (key: value lines)");
    }

    private List<Node> sequence(Node node, String what) throws CardFormatException {
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        if (node instanceof ScalarNode s && s.getValue().isEmpty()) {
            return List.of();
        }
        throw error(node, what + " must be a list ('- ' items)");
    }

    private String scalar(Node node, String what) throws CardFormatException {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        throw error(node, what + " must be a single value, not a " + (node instanceof MappingNode ? "mapping" : "list"));
    }

    private CardFormatException error(Node node, String message) {
        return node.getStartMark()
                .map(m -> new CardFormatException(fileName, m.getLine() + 1, m.getColumn() + 1, message))
                .orElseGet(() -> new CardFormatException(fileName, 1, 1, message));
    }

    private static int[] lineAndColumn(String text, int codePointIndex) {
        int offset = text.offsetByCodePoints(0, Math.min(codePointIndex, text.codePointCount(0, text.length())));
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, 1 + text.codePointCount(lineStart, offset)};
    }
}
