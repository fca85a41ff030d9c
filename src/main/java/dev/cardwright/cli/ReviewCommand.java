package dev.cardwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.cardwright.card.Card;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.Translation;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.translate.Fingerprint;
import dev.cardwright.translate.TranslationTracker;
import dev.cardwright.yaml.CardSourceFile;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code review NAME.card.yaml --approve SECTION…|--all-translated|--unapprove SECTION… [--language zh]}:
 * a reviewer's decision recorded in the card source without opening the editor (a release script,
 * a reviewer working from the exported README).
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Approve translated sections (or take an approval back) in a card source, or resolve review notes.",
                "A section named with --approve may be translated or under review (the reviewer has read it against "
                        + "the current source); --all-translated approves only sections that are translated.",
                "Exit codes: 0 success, 2 bad usage, an unknown or untranslated section, or unreadable input."})
public final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CARD", description = "a card source (NAME.card.yaml)")
    Path file;

    @Option(names = "--language", paramLabel = "LANG",
            description = "the translation to review (a tag such as zh); needed when the card has more than one")
    String language;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Action action;

    static final class Action {
        @Option(names = "--approve", arity = "1..*", paramLabel = "SECTION", description = "section ids to approve (_preamble for the text before the first heading)")
        List<String> approve;

        @Option(names = "--all-translated", description = "approve every section that is translated")
        boolean allTranslated;

        @Option(names = "--unapprove", arity = "1..*", paramLabel = "SECTION", description = "section ids whose approval is taken back (they become translated)")
        List<String> unapprove;

        @Option(names = "--resolve-note", arity = "1..*", paramLabel = "SECTION", description = "section ids whose review note is resolved (the note stays, marked resolved)")
        List<String> resolveNote;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!CardSourceFile.isCardSource(file)) {
            err.println(file + ":1:1: review works on a card source (NAME.card.yaml), where translations are kept");
            return CardwrightCommand.USAGE;
        }
        Card card = CardSourceFile.read(file);
        TranslationTracker tracker = new TranslationTracker(card); // sources edited by hand send their sections to review first
        try {
            Translation translation = translation(card, err);
            if (translation == null) {
                return CardwrightCommand.USAGE;
            }
            String lang = translation.getLanguage();
            if (action.resolveNote != null) {
                return resolveNotes(card, translation, err);
            }
            List<String> ids = action.allTranslated ? translatedIds(translation)
                    : action.approve != null ? action.approve : action.unapprove;
            for (String id : ids) {
                String problem = problem(card, translation, id);
                if (problem != null) {
                    err.println(file + ":1:1: " + problem);
                    return CardwrightCommand.USAGE;
                }
            }
            int changed = 0;
            for (String id : ids) {
                TranslationStatus before = translation.getSections().get(id).getStatus();
                if (action.unapprove != null) {
                    tracker.unapprove(lang, id);
                } else {
                    tracker.approve(lang, id);
                }
                changed += before == translation.getSections().get(id).getStatus() ? 0 : 1;
            }
            if (changed > 0) {
                CardSourceFile.write(card, file);
            }
            spec.commandLine().getOut().println((action.unapprove != null ? "unapproved " : "approved ") + changed
                    + " section" + (changed == 1 ? "" : "s") + " in " + lang
                    + (changed < ids.size() ? " (" + (ids.size() - changed) + " already so)" : ""));
            return CardwrightCommand.OK;
        } finally {
            tracker.dispose();
        }
    }

    /** Marks review notes resolved; a section without a note is refused (exit 2) and nothing is written. */
    private int resolveNotes(Card card, Translation translation, PrintWriter err) throws IOException {
        for (String id : action.resolveNote) {
            TranslatedSection ts = translation.getSections().get(id);
            if (Fingerprint.sourceText(card, id) == null) {
                err.println(file + ":1:1: the card has no section '" + id + "'");
                return CardwrightCommand.USAGE;
            }
            if (ts == null || ts.getNote().isBlank()) {
                err.println(file + ":1:1: section '" + id + "' has no review note in " + translation.getLanguage());
                return CardwrightCommand.USAGE;
            }
        }
        int changed = 0;
        for (String id : action.resolveNote) {
            TranslatedSection ts = translation.getSections().get(id);
            changed += ts.isNoteResolved() ? 0 : 1;
            ts.setNoteResolved(true);
        }
        if (changed > 0) {
            CardSourceFile.write(card, file);
        }
        spec.commandLine().getOut().println("resolved " + changed + " note" + (changed == 1 ? "" : "s") + " in "
                + translation.getLanguage() + (changed < action.resolveNote.size() ? " (" + (action.resolveNote.size() - changed) + " already so)" : ""));
        return CardwrightCommand.OK;
    }

    private Translation translation(Card card, PrintWriter err) {
        if (language != null) {
            Translation t = card.findTranslation(language).orElse(null);
            if (t == null) {
                err.println(file + ":1:1: the card has no translation into '" + language + "' (it has: " + languages(card) + ")");
            }
            return t;
        }
        if (card.getTranslations().size() == 1) {
            return card.getTranslations().get(0);
        }
        err.println(file + ":1:1: " + (card.getTranslations().isEmpty() ? "the card has no translations"
                : "the card has translations into " + languages(card) + "; say which with --language"));
        return null;
    }

    private static String languages(Card card) {
        List<String> tags = new ArrayList<>();
        card.getTranslations().forEach(t -> tags.add(t.getLanguage()));
        return tags.isEmpty() ? "none" : String.join(", ", tags);
    }

    private String problem(Card card, Translation translation, String id) {
        if (Fingerprint.sourceText(card, id) == null) {
            return "the card has no section '" + id + "'";
        }
        TranslatedSection ts = translation.getSections().get(id);
        if (ts == null || ts.getStatus() == TranslationStatus.UNTRANSLATED) {
            return "section '" + id + "' is not translated into " + translation.getLanguage() + "; there is nothing to "
                    + (action.unapprove != null ? "unapprove" : "approve");
        }
        return null;
    }

    private static List<String> translatedIds(Translation translation) {
        return translation.getSections().values().stream()
                .filter(ts -> ts.getStatus() == TranslationStatus.TRANSLATED)
                .map(TranslatedSection::getSectionId)
                .toList();
    }
}
