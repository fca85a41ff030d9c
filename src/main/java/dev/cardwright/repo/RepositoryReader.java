package dev.cardwright.repo;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.EvalResultsFile;
import dev.cardwright.card.RepositoryOrigin;
import dev.cardwright.card.Translation;
import dev.cardwright.markdown.DecodedText;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.template.TemplateSchema;
import dev.cardwright.translate.SectionAligner;
import dev.cardwright.translate.SourceLanguage;
import dev.cardwright.translate.TranslationImporter;

/**
 * A card from the files of a model or dataset repository: {@code README.md}, its translations
 * (found by name, {@link TranslationFileName}), {@code .eval_results/*.yaml}, and, for a local
 * folder, the local files the card links to. The card records where every file came from
 * ({@link RepositoryOrigin}), so that {@link RepositoryExport} writes each one back.
 */
public final class RepositoryReader {
    public static final String README = "README.md";

    /** The card and what the user should hear about (translations not paired, files skipped). */
    public record Imported(Card card, List<String> report) {
    }

    private RepositoryReader() {
    }

    /** Whether a repository path is one of the files a card is made of (README, a translation, an eval results file). */
    public static boolean isCardFile(String path) {
        if (path.equals(README)) {
            return true;
        }
        if (path.startsWith(EvalResultsFile.FOLDER + "/")) {
            String name = path.substring(EvalResultsFile.FOLDER.length() + 1);
            return !name.contains("/") && (name.endsWith(".yaml") || name.endsWith(".yml"));
        }
        return !path.contains("/") && TranslationFileName.language(path).isPresent();
    }

    /** Reads a repository folder on disk. */
    public static Imported readFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new CardFormatException(dir.toString(), 1, 1, "not a folder");
        }
        Map<String, byte[]> files = new TreeMap<>();
        try (DirectoryStream<Path> top = Files.newDirectoryStream(dir)) {
            for (Path p : top) {
                String name = p.getFileName().toString();
                if (Files.isRegularFile(p) && isCardFile(name)) {
                    files.put(name, read(p));
                }
            }
        }
        Path evals = dir.resolve(EvalResultsFile.FOLDER);
        if (Files.isDirectory(evals)) {
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(evals)) {
                for (Path p : stream) {
                    String path = EvalResultsFile.FOLDER + "/" + p.getFileName();
                    if (Files.isRegularFile(p) && isCardFile(path)) {
                        files.put(path, read(p));
                    }
                }
            }
        }
        Imported imported = read(files, dir.toString());
        RepositoryOrigin origin = imported.card().getRepository();
        origin.setFolder(dir.toAbsolutePath().normalize().toString());
        LocalLinks.record(imported.card(), dir, imported.report());
        // a folder in a git repository: sections whose source moved on after the translation say so
        for (RepositoryOrigin.TranslationFile t : origin.getTranslations()) {
            imported.card().findTranslation(t.language()).ifPresent(tr -> imported.report().addAll(
                    dev.cardwright.translate.SourceHistory.mark(imported.card(), tr, dir.resolve(README), dir.resolve(t.path()))));
        }
        return imported;
    }

    /**
     * Reads repository files given as path → bytes ({@code README.md}, {@code README_zh.md},
     * {@code .eval_results/x.yaml}; other paths are ignored). {@code where} names the repository in
     * messages.
     */
    public static Imported read(Map<String, byte[]> files, String where) throws IOException {
        byte[] readme = files.get(README);
        if (readme == null) {
            throw new CardFormatException(where, 1, 1, "no README.md: a model or dataset card lives in the repository's README.md");
        }
        List<String> report = new ArrayList<>();
        Card card = ReadmeReader.read(readme, name(where, README));
        String sourceLanguage = sourceLanguage(card);
        TranslationImporter importer = new TranslationImporter(
                SectionAligner.forSchema(TemplateSchema.forCardType(card.getCardType())));
        Map<String, String> pathOfLanguage = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> f : new TreeMap<>(files).entrySet()) {
            String path = f.getKey();
            Optional<String> language = path.contains("/") ? Optional.empty() : TranslationFileName.language(path);
            if (language.isEmpty()) {
                continue;
            }
            String lang = language.get();
            String fileName = name(where, path);
            DecodedText decoded = DecodedText.decode(f.getValue(), fileName);
            if (SourceLanguage.same(sourceLanguage, lang) || pathOfLanguage.containsKey(lang)) {
                String why = pathOfLanguage.containsKey(lang) ? "a second " + lang + " translation (the first is "
                        + pathOfLanguage.get(lang) + ")" : "in the card's own language (" + sourceLanguage + ")";
                report.add(fileName + ":1:1: warning: " + why + ", so not imported as a translation; kept as it is");
                card.getRepository().getKept().add(new RepositoryOrigin.TranslationFile(lang, path, decoded.encoding(),
                        decoded.text(), ""));
                continue;
            }
            pathOfLanguage.put(lang, path);
            TranslationImporter.Result result = importer.importInto(card, sourceLanguage,
                    ReadmeReader.read(f.getValue(), fileName), lang);
            result.report().forEach(line -> report.add(fileName + ": " + line));
            Translation t = result.translation();
            card.getRepository().getTranslations().add(new RepositoryOrigin.TranslationFile(lang, path,
                    decoded.encoding(), decoded.text(), TranslationState.of(t, card)));
        }
        for (Map.Entry<String, byte[]> f : new TreeMap<>(files).entrySet()) {
            if (f.getKey().startsWith(EvalResultsFile.FOLDER + "/") && isCardFile(f.getKey())) {
                card.getEvalResultsFiles().add(new EvalResultsFile(f.getKey(), utf8(f.getValue(), name(where, f.getKey()))));
            }
        }
        return new Imported(card, report);
    }

    /**
     * The README's language: its {@code language:} metadata, else (metadata silent) Chinese when Han
     * characters make up a fair share of its letters, as in the many Chinese repositories whose
     * README.md is Chinese and README_en.md the translation; else English.
     */
    static String sourceLanguage(Card card) {
        String declared = SourceLanguage.of(card);
        if (card.getFrontMatter() != null && !declared.equals(SourceLanguage.FALLBACK)) {
            return declared;
        }
        String body = card.write();
        long han = body.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long latin = body.codePoints().filter(c -> c < 128 && Character.isLetter(c)).count();
        // A Han character carries about a word, a Latin word about five letters. Measured on the
        // corpus pairs (../shared/corpus/PAIRS.tsv): English READMEs stay below 0.21 Han per Latin
        // word (Chinese names, language links), Chinese ones above 0.43 (code and URLs are Latin).
        return han * 5 > latin * 0.3 ? "zh" : declared;
    }

    private static String name(String where, String path) {
        return where.isEmpty() ? path : where + "/" + path;
    }

    private static byte[] read(Path p) throws IOException {
        if (Files.size(p) > ReadmeReader.MAX_BYTES) {
            throw new CardFormatException(p.toString(), 1, 1, "too large for a card file");
        }
        return Files.readAllBytes(p);
    }

    /** The Hub reads evaluation results as UTF-8; anything else is refused rather than altered. */
    static String utf8(byte[] bytes, String name) throws CardFormatException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CardFormatException(name, 1, 1, "not valid UTF-8 (the Hub reads evaluation results as UTF-8)");
        }
    }
}
