package dev.cardwright.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.cardwright.card.AtomicWrite;
import dev.cardwright.card.Card;
import dev.cardwright.card.LineEnding;
import dev.cardwright.card.Section;
import dev.cardwright.card.SourceText;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.Translation;
import dev.cardwright.card.TranslationStatus;

/**
 * Writes a card's translations as README files beside its {@code README.md}.
 *
 * <ul>
 * <li>One file per language, named by the card's naming pattern ({@link TranslationNaming}). It has
 *     no front matter: the Hub reads metadata only from {@code README.md}, and a second copy would
 *     only drift. Sections follow the source's order; a section not yet translated is written in
 *     the source language so the file is complete; translations of sections the source no longer
 *     has are left out.</li>
 * <li>Optionally a line linking the languages at the top of every file (after the front matter
 *     in {@code README.md}): {@code **English** | [简体中文](README_zh.md)}.</li>
 * <li>Optionally one interleaved bilingual README: headings {@code ## 模型详情 (Model Details)},
 *     then each paragraph of the translation followed by the same paragraph of the source — the
 *     layout many Chinese model repositories use. It keeps the front matter, since it may stand in
 *     for {@code README.md}.</li>
 * </ul>
 *
 * Files are UTF-8 without BOM, with the card's line ending (or the one forced in the export
 * settings), and written through {@link AtomicWrite}.
 */
public final class TranslationExport {
    private final Card card;
    private final String sourceLanguage;

    /** @param sourceLanguage the BCP 47 tag of the card's own language, for the language links */
    public TranslationExport(Card card, String sourceLanguage) {
        this.card = card;
        this.sourceLanguage = sourceLanguage;
    }

    public TranslationExport(Card card) {
        this(card, "en");
    }

    private LineEnding ending() {
        LineEnding forced = card.getExportSettings().getLineEnding();
        return forced != null ? forced : card.getFormat().lineEnding();
    }

    /** File name → text of every translation, in the card's order of translations. */
    public Map<String, String> files() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Translation t : card.getTranslations()) {
            String name = fileName(t.getLanguage());
            if (name.equals(card.getExportSettings().getReadmeName()) || out.containsKey(name)) {
                throw new IllegalArgumentException("translation naming '" + card.getExportSettings().getTranslationNaming()
                        + "' gives two files the name " + name + "; choose a pattern with {lang}");
            }
            out.put(name, translatedReadme(t));
        }
        return out;
    }

    public String fileName(String language) {
        return TranslationNaming.fileName(card.getExportSettings().getTranslationNaming(), language);
    }

    /** Writes every translated README into a directory; returns the files written. */
    public List<Path> write(Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> e : files().entrySet()) {
            Path target = dir.resolve(e.getKey());
            AtomicWrite.write(target, e.getValue().getBytes(StandardCharsets.UTF_8));
            written.add(target);
        }
        return written;
    }

    /** The README of one translation. */
    public String translatedReadme(Translation t) {
        StringBuilder out = new StringBuilder();
        if (card.getExportSettings().isLanguageLinks()) {
            out.append(languageLinks(t.getLanguage())).append("\n\n");
        }
        TranslatedSection pre = translated(t, Translation.PREAMBLE_ID);
        // a blank source preamble is the gap after README.md's front matter, which a translated file does not have
        out.append(pre != null ? pre.getText() : card.getPreamble().isBlank() ? "" : card.getPreamble());
        card.allSections().forEach(s -> {
            TranslatedSection ts = translated(t, s.getId());
            endLine(out);
            if (ts == null) {
                out.append(s.getHeading()).append(s.getText());
            } else if (typed(ts.getText())) {
                // text typed in the editor is stored bare: give it the blank lines around it Markdown needs
                out.append(headingLine(ts.getHeading(), s)).append('\n').append(ts.getText());
                endLine(out);
                out.append('\n');
            } else {
                out.append(headingLine(ts.getHeading(), s)).append(ts.getText());
            }
        });
        return ending().denormalize(out.toString());
    }

    /**
     * Whether a section's text is bare, as the editor stores what a translator types: neither
     * the blank line after its heading nor one before the next. Text from a README file carries
     * its own blank lines and is written as it is, so an imported file exports byte for byte.
     */
    static boolean typed(String text) {
        return !text.isBlank() && !text.startsWith("\n") && !text.endsWith("\n\n");
    }

    /** {@code README.md}'s text (as the README export wrote it) with the language links line after its front matter. */
    public String withLanguageLinks(String readme) {
        if (!card.getExportSettings().isLanguageLinks() || card.getTranslations().isEmpty()) {
            return readme;
        }
        String head = SourceText.write(card.originalPrefix(), card.getPrefix(), LineEnding.LF)
                + (card.getFrontMatter() == null ? "" : card.getFrontMatter().write(LineEnding.LF));
        int lines = (int) head.chars().filter(c -> c == '\n').count();
        int at = afterLines(readme, lines);
        String nl = ending().text();
        return readme.substring(0, at) + languageLinks(null) + nl + nl + readme.substring(at);
    }

    private static int afterLines(String text, int lines) {
        int i = 0;
        while (lines > 0 && i < text.length()) {
            char c = text.charAt(i++);
            if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                i++;
                lines--;
            } else if (c == '\n' || c == '\r') {
                lines--;
            }
        }
        return i;
    }

    /**
     * The line linking the languages: the current one in bold, the others as links.
     * {@code current} is a translation's tag, or null for the source README.
     */
    public String languageLinks(String current) {
        List<String> parts = new ArrayList<>();
        String readme = card.getExportSettings().getReadmeName();
        parts.add(current == null ? "**" + languageName(sourceLanguage) + "**"
                : "[" + languageName(sourceLanguage) + "](" + readme + ")");
        for (Translation t : card.getTranslations()) {
            String name = languageName(t.getLanguage());
            parts.add(t.getLanguage().equals(current) ? "**" + name + "**" : "[" + name + "](" + fileName(t.getLanguage()) + ")");
        }
        return String.join(" | ", parts);
    }

    /** A language's name in that language, as a reader looks for it ("简体中文", "日本語"). */
    static String languageName(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        if (locale.getLanguage().equals("zh")) {
            boolean traditional = "Hant".equalsIgnoreCase(locale.getScript())
                    || List.of("TW", "HK", "MO").contains(locale.getCountry());
            return traditional ? "繁體中文" : "简体中文";
        }
        String name = locale.getDisplayLanguage(locale);
        if (name.isEmpty()) {
            return tag;
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** The interleaved bilingual README of one translation, front matter included. */
    public String bilingualReadme(Translation t) {
        StringBuilder out = new StringBuilder();
        out.append(SourceText.write(card.originalPrefix(), card.getPrefix(), LineEnding.LF));
        if (card.getFrontMatter() != null) {
            out.append(LineEnding.normalize(card.getFrontMatter().write(LineEnding.LF)));
        }
        TranslatedSection pre = translated(t, Translation.PREAMBLE_ID);
        interleave(out, pre == null ? "" : pre.getText(), card.getPreamble());
        card.allSections().forEach(s -> {
            TranslatedSection ts = translated(t, s.getId());
            endLine(out);
            if (ts == null) {
                out.append(s.getHeading()).append(s.getText());
                return;
            }
            String title = titleOf(ts.getHeading());
            if (title.isEmpty() || title.equals(s.getTitle().strip())) {
                out.append(s.getHeading());
            } else {
                out.append("#".repeat(Math.max(1, s.getLevel()))).append(' ')
                        .append(title).append(" (").append(s.getTitle().strip()).append(")\n");
            }
            interleave(out, ts.getText(), s.getText());
        });
        return ending().denormalize(out.toString());
    }

    private static TranslatedSection translated(Translation t, String id) {
        TranslatedSection ts = t.getSections().get(id);
        if (ts == null || ts.getStatus() == TranslationStatus.UNTRANSLATED
                || ts.getText().isBlank() && ts.getHeading().isBlank()) {
            return null;
        }
        return ts;
    }

    /** The translated heading as a Markdown heading line; a bare title gets the source's level. */
    static String headingLine(String heading, Section source) {
        if (heading == null || heading.isBlank()) {
            return source.getHeading();
        }
        String h = heading.endsWith("\n") ? heading : heading + "\n";
        String first = h.stripLeading();
        boolean markdown = first.startsWith("#") || h.strip().contains("\n");
        return markdown ? h : "#".repeat(Math.max(1, source.getLevel())) + " " + h.strip() + "\n";
    }

    /** The plain title of a heading line: ATX markers and closing hashes, or the setext underline, taken off. */
    static String titleOf(String heading) {
        String h = heading == null ? "" : heading.strip();
        int nl = h.indexOf('\n');
        if (nl >= 0) {
            return h.substring(0, nl).strip(); // setext: the text line
        }
        return h.replaceFirst("^#{1,6}\\s*", "").replaceFirst("\\s+#+\\s*$", "").strip();
    }

    private static void endLine(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    /**
     * Translation and source blocks, alternating when both have the same number of blocks (a block
     * the two share, such as a code block, is written once); otherwise the whole translation, then
     * the whole source.
     */
    private static void interleave(StringBuilder out, String translation, String source) {
        List<String> a = blocks(translation);
        List<String> b = blocks(source);
        List<String> result = new ArrayList<>();
        if (a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                result.add(a.get(i));
                if (!a.get(i).strip().equals(b.get(i).strip())) {
                    result.add(b.get(i));
                }
            }
        } else {
            result.addAll(a);
            result.addAll(b);
        }
        if (result.isEmpty()) {
            out.append(source.isEmpty() ? translation : source);
            return;
        }
        boolean leadingBlank = source.startsWith("\n") || translation.startsWith("\n");
        if (leadingBlank) {
            out.append('\n');
        }
        out.append(String.join("\n\n", result)).append("\n\n");
    }

    /** Blocks of Markdown text: runs of non-blank lines; a fenced code block is one block even with blank lines inside. */
    static List<String> blocks(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        String fence = null;
        for (String line : LineEnding.normalize(text).split("\n", -1)) {
            String t = line.stripLeading();
            if (fence == null && (t.startsWith("```") || t.startsWith("~~~"))) {
                // a fence may follow a paragraph line directly; it is a block of its own all the same,
                // so that a code block both languages share is found and written once
                if (block.length() > 0) {
                    out.add(block.toString().stripTrailing());
                    block.setLength(0);
                }
                fence = t.substring(0, 3);
            } else if (fence != null && t.startsWith(fence)) {
                fence = null;
                block.append(line).append('\n');
                out.add(block.toString().stripTrailing());
                block.setLength(0);
                continue;
            }
            if (fence == null && line.isBlank()) {
                if (block.length() > 0) {
                    out.add(block.toString().stripTrailing());
                    block.setLength(0);
                }
                continue;
            }
            block.append(line).append('\n');
        }
        if (block.length() > 0) {
            out.add(block.toString().stripTrailing());
        }
        return out;
    }
}
