package dev.cardwright.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.cardwright.card.Card;
import dev.cardwright.card.EvalResultsFile;
import dev.cardwright.card.RepositoryOrigin;
import dev.cardwright.card.ExportSettings;
import dev.cardwright.card.FrontMatter;
import dev.cardwright.card.LineEnding;
import dev.cardwright.card.Section;
import dev.cardwright.card.SourceText;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.Translation;

/**
 * Writes the fixed shape of the card source file (see docs/card-source.md). A general YAML
 * emitter would choose scalar styles by its own taste; this one picks the most readable style
 * that holds each text exactly, and records every string it wrote under its path so that
 * {@link CardSourceFile#toYaml} can read the result back and quote whatever did not survive.
 */
final class CardSourceFileEmitter {
    static final String HEADER = "# Cardwright card source: the card, its translations and export settings.\n"
            + "# Text values are the README's Markdown; see docs/card-source.md.\n";

    private final Set<String> quoted;
    private final StringBuilder out = new StringBuilder();
    /** Path (keys and list indices joined by '/') → the string written there. */
    final Map<String, String> written = new LinkedHashMap<>();
    private boolean dashWritten;

    CardSourceFileEmitter(Set<String> quoted) {
        this.quoted = quoted;
    }

    String emit(Card card) {
        LineEnding ending = card.getFormat().lineEnding();
        out.append(HEADER);
        number(0, "cardwright", CardSourceFile.FORMAT_VERSION);
        string(0, "card_type", "card_type", card.getCardType());
        key(0, "readme").append('\n');
        string(2, "encoding", "readme/encoding", card.getFormat().encoding().id());
        string(2, "line_ending", "readme/line_ending", ending.id());
        if (!card.getPrefix().isEmpty() || card.originalPrefix() != null && !card.originalPrefix().raw().isEmpty()) {
            string(0, "prefix", "prefix", card.getPrefix());
            raw(0, "prefix", "", card.originalPrefix(), card.getPrefix(), ending);
        }
        FrontMatter fm = card.getFrontMatter();
        if (fm != null) {
            key(0, "front_matter").append('\n');
            piece(2, "opening", "front_matter/", fm.originalOpening(), fm.getOpening(), ending);
            piece(2, "yaml", "front_matter/", fm.originalYaml(), fm.getYaml(), ending);
            piece(2, "closing", "front_matter/", fm.originalClosing(), fm.getClosing(), ending);
        }
        piece(0, "preamble", "", card.originalPreamble(), card.getPreamble(), ending);
        sections(0, "sections", card.getSections(), ending);
        if (!card.getTranslations().isEmpty()) {
            key(0, "translations").append('\n');
            int t = 0;
            for (Translation translation : card.getTranslations()) {
                String base = "translations/" + t++ + "/";
                dash(4);
                string(4, "language", base + "language", translation.getLanguage());
                if (!translation.getCjkSpacing().isEmpty()) {
                    string(4, "cjk_spacing", base + "cjk_spacing", translation.getCjkSpacing());
                }
                if (translation.getSections().isEmpty()) {
                    continue;
                }
                key(4, "sections").append('\n');
                int i = 0;
                for (TranslatedSection ts : translation.getSections().values()) {
                    String at = base + "sections/" + i++ + "/";
                    dash(8);
                    string(8, "id", at + "id", ts.getSectionId());
                    string(8, "status", at + "status", ts.getStatus().id());
                    string(8, "source_fingerprint", at + "source_fingerprint", ts.getSourceFingerprint());
                    string(8, "heading", at + "heading", ts.getHeading());
                    string(8, "text", at + "text", ts.getText());
                    string(8, "source_text", at + "source_text", ts.getSourceText());
                    // history and review notes (issue 11): absent when there are none, so older files stay as they were
                    if (ts.getSourceCommits() > 0) {
                        number(8, "source_commits", ts.getSourceCommits());
                    }
                    if (!ts.getNote().isEmpty()) {
                        string(8, "note", at + "note", ts.getNote());
                    }
                    if (ts.isNoteResolved()) {
                        key(8, "note_resolved").append(" true\n");
                    }
                }
            }
        }
        if (!card.getRoles().isEmpty()) {
            // who writes what (docs/roles.md): the card source only, never a README
            key(0, "roles").append('\n');
            int r = 0;
            for (var e : card.getRoles().entrySet()) {
                String base = "roles/" + r++ + "/";
                dash(4);
                string(4, "section", base + "section", e.getKey());
                string(4, "role", base + "role", e.getValue().role().id());
                if (!e.getValue().person().isEmpty()) {
                    string(4, "person", base + "person", e.getValue().person());
                }
            }
        }
        repository(card);
        ExportSettings export = card.getExportSettings();
        key(0, "export").append('\n');
        string(2, "readme_name", "export/readme_name", export.getReadmeName());
        string(2, "translation_naming", "export/translation_naming", export.getTranslationNaming());
        key(2, "language_links").append(' ').append(export.isLanguageLinks()).append('\n');
        if (export.getLineEnding() != null) {
            string(2, "line_ending", "export/line_ending", export.getLineEnding().id());
        }
        return out.toString();
    }

    /** The {@code .eval_results} files and where the card's files came from (docs/card-source.md, "Repository folders"). */
    private void repository(Card card) {
        if (!card.getEvalResultsFiles().isEmpty()) {
            key(0, "eval_results").append('\n');
            int i = 0;
            for (EvalResultsFile f : card.getEvalResultsFiles()) {
                String base = "eval_results/" + i++ + "/";
                dash(4);
                string(4, "path", base + "path", f.getPath());
                string(4, "text", base + "text", f.getText());
            }
        }
        RepositoryOrigin origin = card.getRepository();
        if (origin.isEmpty()) {
            return;
        }
        key(0, "repository").append('\n');
        if (origin.getFolder() != null) {
            string(2, "folder", "repository/folder", origin.getFolder());
        }
        if (origin.getHubRepository() != null) {
            string(2, "hub", "repository/hub", origin.getHubRepository());
        }
        if (origin.getHubRevision() != null) {
            string(2, "hub_revision", "repository/hub_revision", origin.getHubRevision());
        }
        string(2, "readme", "repository/readme", origin.getReadmePath());
        if (!origin.getTranslations().isEmpty()) {
            key(2, "translations").append('\n');
            int i = 0;
            for (RepositoryOrigin.TranslationFile t : origin.getTranslations()) {
                String base = "repository/translations/" + i++ + "/";
                dash(6);
                string(6, "language", base + "language", t.language());
                string(6, "path", base + "path", t.path());
                string(6, "encoding", base + "encoding", t.encoding().id());
                string(6, "state", base + "state", t.state());
                string(6, "original", base + "original", t.original());
            }
        }
        if (!origin.getKept().isEmpty()) {
            key(2, "kept").append('\n');
            int i = 0;
            for (RepositoryOrigin.TranslationFile t : origin.getKept()) {
                String base = "repository/kept/" + i++ + "/";
                dash(6);
                string(6, "path", base + "path", t.path());
                string(6, "encoding", base + "encoding", t.encoding().id());
                string(6, "original", base + "original", t.original());
            }
        }
        if (!origin.getLinked().isEmpty()) {
            key(2, "linked").append('\n');
            int i = 0;
            for (RepositoryOrigin.LinkedFile l : origin.getLinked()) {
                String base = "repository/linked/" + i++ + "/";
                dash(6);
                string(6, "path", base + "path", l.path());
                string(6, "sha256", base + "sha256", l.sha256());
                key(6, "size").append(' ').append(l.size()).append('\n');
            }
        }
    }

    private void sections(int indent, String name, List<Section> sections, LineEnding ending) {
        sections(indent, name, "", sections, ending);
    }

    private void sections(int indent, String name, String base, List<Section> sections, LineEnding ending) {
        if (sections.isEmpty()) {
            return;
        }
        key(indent, name).append('\n');
        int i = 0;
        for (Section s : sections) {
            String at = base + name + "/" + i++ + "/";
            int in = indent + 4;
            dash(in);
            string(in, "id", at + "id", s.getId());
            number(in, "level", s.getLevel());
            string(in, "title", at + "title", s.getTitle());
            piece(in, "heading", at, s.originalHeading(), s.getHeading(), ending);
            piece(in, "text", at, s.originalText(), s.getText(), ending);
            sections(in, "sections", at, s.getChildren(), ending);
        }
    }

    /** A text piece, plus its exact original when that is not simply the text with the card's line ending. */
    private void piece(int indent, String name, String base, SourceText original, String current, LineEnding ending) {
        string(indent, name, base + name, current);
        raw(indent, name, base, original, current, ending);
    }

    private void raw(int indent, String name, String base, SourceText original, String current, LineEnding ending) {
        if (original != null && !original.raw().equals(ending.denormalize(current))
                && original.normalized().equals(current)) {
            String key = name + "_raw";
            String path = base + key;
            key(indent, key);
            CardSourceFileScalars.quoted(out, original.raw(), indent + 2);
            written.put(path, original.raw());
        }
    }

    private void string(int indent, String name, String path, String value) {
        key(indent, name);
        written.put(path, value);
        if (quoted.contains(path)) {
            CardSourceFileScalars.quoted(out, value, indent + 2);
        } else if (CardSourceFileScalars.canBePlain(value)) {
            out.append(' ').append(value).append('\n');
        } else if (CardSourceFileScalars.canBeLiteral(value)) {
            CardSourceFileScalars.literal(out, value, indent + 2, indent);
        } else {
            CardSourceFileScalars.quoted(out, value, indent + 2);
        }
    }

    private void number(int indent, String name, int value) {
        key(indent, name).append(' ').append(value).append('\n');
    }

    private void dash(int indent) {
        out.append(" ".repeat(indent - 2)).append("- ");
        dashWritten = true;
    }

    private StringBuilder key(int indent, String name) {
        if (!dashWritten) {
            out.append(" ".repeat(indent));
        }
        dashWritten = false;
        return out.append(name).append(':');
    }
}
