package dev.cardwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.cardwright.card.Card;
import dev.cardwright.card.Translation;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.export.CardFiles;
import dev.cardwright.translate.Progress;
import dev.cardwright.translate.TranslationTracker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cardwright status NAME.card.yaml [--format text|json]}: translation progress per language.
 * Statuses are re-checked against the source first, so a section whose source was edited outside
 * the editor counts as needing review even if the file still says translated.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show translation progress per language: sections by status, and characters.",
                "Characters are non-whitespace code points of the source (a Han character counts one); "
                        + "'done' is the part whose translation is translated or approved.",
                "Exit codes: 0 success, 2 bad usage or unreadable input."})
public final class StatusCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CARD", description = "a card source (NAME.card.yaml); a README.md has no translations")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Card card = CardFiles.load(file);
        new TranslationTracker(card).dispose(); // refresh once: stale statuses become needs review
        Map<String, Progress> progress = new LinkedHashMap<>();
        for (Translation t : card.getTranslations()) {
            progress.put(t.getLanguage(), Progress.of(card, t));
        }
        // review notes (issue 11) that nobody has resolved yet, by language, in section order
        Map<String, List<String>> openNotes = new LinkedHashMap<>();
        for (Translation t : card.getTranslations()) {
            openNotes.put(t.getLanguage(), t.getSections().values().stream()
                    .filter(dev.cardwright.card.TranslatedSection::hasOpenNote)
                    .map(dev.cardwright.card.TranslatedSection::getSectionId).toList());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(json(progress, openNotes));
        } else {
            text(out, progress);
            openNotes.forEach((lang, ids) -> {
                if (!ids.isEmpty()) {
                    out.println(lang + ": " + ids.size() + (ids.size() == 1 ? " open note" : " open notes") + " (" + String.join(", ", ids) + ")");
                }
            });
        }
        out.flush();
        return CardwrightCommand.OK;
    }

    static String json(Map<String, Progress> progress) throws IOException {
        return json(progress, Map.of());
    }

    static String json(Map<String, Progress> progress, Map<String, List<String>> openNotes) throws IOException {
        Map<String, Object> languages = new LinkedHashMap<>();
        progress.forEach((lang, p) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("total", p.total());
            entry.put("translated", p.count(TranslationStatus.TRANSLATED));
            entry.put("needs_review", p.count(TranslationStatus.NEEDS_REVIEW));
            entry.put("untranslated", p.count(TranslationStatus.UNTRANSLATED));
            entry.put("approved", p.count(TranslationStatus.APPROVED));
            Map<String, Object> chars = new LinkedHashMap<>();
            chars.put("source", p.sourceCharacters());
            chars.put("done", p.doneCharacters());
            chars.put("translated", p.translatedCharacters());
            entry.put("characters", chars);
            entry.put("open_notes", openNotes.getOrDefault(lang, List.of()).size());
            languages.put(lang, entry);
        });
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(Map.of("languages", languages));
    }

    private static void text(PrintWriter out, Map<String, Progress> progress) {
        if (progress.isEmpty()) {
            out.println("no translations");
            return;
        }
        out.printf("%-10s %6s %10s %12s %12s %8s  %s%n", "language", "total", "translated", "needs review",
                "untranslated", "approved", "characters done");
        progress.forEach((lang, p) -> out.printf(Locale.ROOT, "%-10s %6d %10d %12d %12d %8d  %d/%d (%.0f%%)%n", lang,
                p.total(), p.count(TranslationStatus.TRANSLATED), p.count(TranslationStatus.NEEDS_REVIEW),
                p.count(TranslationStatus.UNTRANSLATED), p.count(TranslationStatus.APPROVED),
                p.doneCharacters(), p.sourceCharacters(), 100 * p.characterShare()));
    }
}
