package dev.cardwright.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.FrontMatter;
import dev.cardwright.export.CardFiles;
import dev.cardwright.markdown.TextPosition;
import dev.cardwright.hub.HubClient;
import dev.cardwright.hub.HubException;
import dev.cardwright.hub.HubRepo;
import dev.cardwright.hub.HubSettings;
import dev.cardwright.repo.RepositoryReader;
import dev.cardwright.translate.LanguageTag;
import dev.cardwright.translate.SourceHistory;
import dev.cardwright.translate.SourceLanguage;
import dev.cardwright.translate.TranslationImporter;
import dev.cardwright.yaml.CardSourceFile;
import dev.cardwright.yaml.YamlReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import dev.cardwright.modelscope.ModelScopeImport;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import README.md [--translation LANG=FILE]… -o NAME.card.yaml}: a README (or card source) to a card source. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Read a README.md (or a card source, or a repository folder: README.md, its translations README_zh.md …, .eval_results/*.yaml, linked local files) losslessly and write the card source NAME.card.yaml.",
                "Exit 0 on success, 2 on bad usage or unreadable input."})
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "README.md", description = "The card to import: a README.md, a *.card.yaml or a repository folder.")
    Path input;

    @Option(names = "--translation", paramLabel = "LANG=FILE",
            description = "A translated README to pair with the card, e.g. zh=README_zh.md (repeatable).")
    List<String> translations = new ArrayList<>();

    @Option(names = "--revision", paramLabel = "REV", description = "For hub:ORG/NAME: the branch, tag or commit to read (default: main).")
    String revision;

    @Option(names = {"-o", "--output"}, paramLabel = "NAME.card.yaml",
            description = "The card source to write (default: beside the input, named after it).")
    Path output;

    @Option(names = "--hub", paramLabel = "HUB", defaultValue = "huggingface",
            description = "huggingface (default) or modelscope: the input is a ModelScope README; its metadata is mapped to the Hub's keys (docs/modelscope.md).")
    String hub;

    @Option(names = "--xliff", paramLabel = "FILE",
            description = "An XLIFF 2.0 file made by export --xliff (and translated in a CAT tool): bring its translations into the card source (repeatable; written over the input unless -o is given).")
    List<Path> xliffFiles = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!xliffFiles.isEmpty()) {
            if (!translations.isEmpty() || !Hubs.HUGGINGFACE.equals(hub) || revision != null) {
                err.println("cardwright import: --xliff reads translations into a card source; it does not go with --translation, --hub or --revision");
                return CardwrightCommand.USAGE;
            }
            return new XliffImportRun(input, output, xliffFiles).run(spec.commandLine().getOut(), err);
        }
        if (!Hubs.isKnown(hub)) {
            err.println("cardwright import: --hub must be huggingface or modelscope (got '" + hub + "')");
            return CardwrightCommand.USAGE;
        }
        Map<String, Path> translated = new java.util.LinkedHashMap<>();
        for (String t : translations) {
            int eq = t.indexOf('=');
            String lang = eq > 0 ? t.substring(0, eq).strip() : "";
            if (eq <= 0 || eq == t.length() - 1) {
                err.println("cardwright import: --translation expects LANG=FILE with a BCP 47 language tag, e.g. zh=README_zh.md (got '" + t + "')");
                return CardwrightCommand.USAGE;
            }
            LanguageTag.Check tag = LanguageTag.check(lang);
            if (!tag.ok()) {
                err.println("cardwright import: --translation " + t + ": " + tag.message());
                return CardwrightCommand.USAGE;
            }
            translated.put(lang, Path.of(t.substring(eq + 1)));
        }
        if (input.toString().startsWith("hub:")) {
            return fromHub(err);
        }
        Path target = output != null ? output : defaultOutput(input);
        if (!CardSourceFile.isCardSource(target)) {
            err.println(target + ":1:1: the card source must be named *.card.yaml (refusing to write YAML over another file)");
            return CardwrightCommand.USAGE;
        }
        Card card;
        if (java.nio.file.Files.isDirectory(input)) {
            // a repository folder: README.md, its translations, .eval_results/, linked files
            RepositoryReader.Imported imported = RepositoryReader.readFolder(input);
            imported.report().forEach(err::println);
            card = imported.card();
            Path where = target.toAbsolutePath().normalize().getParent();
            card.getRepository().setFolder(where.relativize(input.toAbsolutePath().normalize()).toString().replace('\\', '/'));
            warnAboutFrontMatter(card, input.resolve(RepositoryReader.README).toString(), err);
        } else {
            card = CardFiles.load(input);
            warnAboutFrontMatter(card, input.toString(), err);
        }
        if (Hubs.MODELSCOPE.equals(hub)) {
            ModelScopeImport.toHub(card, input.toString()).forEach(n -> err.println(input + ": note: " + n));
        }
        String sourceLanguage = SourceLanguage.of(card);
        for (Map.Entry<String, Path> t : translated.entrySet()) {
            if (SourceLanguage.same(sourceLanguage, t.getKey())) {
                err.println(new CardFormatException(t.getValue().toString(), 1, 1,
                        SourceLanguage.refusal(sourceLanguage, t.getKey())).located());
                return CardwrightCommand.USAGE;
            }
        }
        // sections are paired by docs/translation.md's alignment; what cannot be paired is reported, never dropped
        for (var result : TranslationImporter.importFiles(card, sourceLanguage, translated)) {
            result.report().forEach(err::println);
            // in a git repository, history tells which sections changed after the translation did
            SourceHistory.mark(card, result.translation(), input, translated.get(result.translation().getLanguage()))
                    .forEach(err::println);
        }
        CardSourceFile.write(card, target);
        spec.commandLine().getOut().println("wrote " + target);
        return CardwrightCommand.OK;
    }

    /** {@code import hub:ORG/NAME}: the README, translations and .eval_results of a Hub repository. */
    private int fromHub(PrintWriter err) throws java.io.IOException {
        HubRepo repo;
        try {
            repo = HubRepo.parse(input.toString());
        } catch (IllegalArgumentException e) {
            err.println("cardwright import: " + e.getMessage());
            return CardwrightCommand.USAGE;
        }
        Path target = output != null ? output : Path.of(repo.id().substring(repo.id().indexOf('/') + 1) + ".card.yaml");
        if (!CardSourceFile.isCardSource(target)) {
            err.println(target + ":1:1: the card source must be named *.card.yaml (refusing to write YAML over another file)");
            return CardwrightCommand.USAGE;
        }
        HubClient.Snapshot snapshot;
        try {
            snapshot = new HubClient(HubSettings.fromEnvironment()).pull(repo, revision == null ? "main" : revision,
                    RepositoryReader::isCardFile);
        } catch (HubException e) {
            err.println("cardwright import: " + e.getMessage());
            return CardwrightCommand.PROBLEMS;
        }
        RepositoryReader.Imported imported = RepositoryReader.read(snapshot.files(), "hub:" + repo);
        imported.report().forEach(err::println);
        Card card = imported.card();
        if (repo.kind() == HubRepo.Kind.DATASET) {
            card.setCardType("dataset");
        }
        card.getRepository().setHubRepository(repo.toString());
        card.getRepository().setHubRevision(snapshot.sha());
        CardSourceFile.write(card, target);
        spec.commandLine().getOut().println("wrote " + target + " (" + repo + " at " + snapshot.sha() + ": "
                + String.join(", ", snapshot.files().keySet()) + ")");
        return CardwrightCommand.OK;
    }

    static Path defaultOutput(Path input) {
        if (java.nio.file.Files.isDirectory(input)) {
            Path dir = input.toAbsolutePath().normalize();
            return dir.resolveSibling((dir.getFileName() == null ? "card" : dir.getFileName().toString()) + ".card.yaml");
        }
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return input.resolveSibling(stem + ".card.yaml");
    }

    /**
     * Front matter the Hub could not use is still imported (as text, for the user to fix), but the
     * user should hear about it: huggingface_hub refuses YAML that does not load or is not a mapping.
     */
    static void warnAboutFrontMatter(Card card, String file, PrintWriter err) {
        FrontMatter fm = card.getFrontMatter();
        if (fm == null) {
            return;
        }
        String before = card.getPrefix() + fm.getOpening();
        int firstLine = 1 + TextPosition.lineBreaks(before);
        Object value;
        try {
            value = YamlReader.load(fm.getYaml());
        } catch (MarkedYamlEngineException e) {
            int line = firstLine;
            int column = 1;
            if (e.getProblemMark().isPresent()) {
                line += e.getProblemMark().get().getLine();
                column = e.getProblemMark().get().getColumn() + 1;
            }
            String problem = e.getProblem() == null ? "" : ": " + e.getProblem().strip();
            err.println(new CardFormatException(file, line, column,
                    "warning: front matter is not valid YAML" + problem + " (imported as text)").located());
            return;
        } catch (YamlEngineException e) {
            err.println(new CardFormatException(file, firstLine, 1,
                    "warning: front matter is not valid YAML: " + e.getMessage() + " (imported as text)").located());
            return;
        }
        if (value != null && !(value instanceof Map)) {
            String kind = value instanceof List ? "a list" : "a single value";
            err.println(new CardFormatException(file, firstLine, 1, "warning: front matter is " + kind
                    + ", not a mapping of keys; the Hub ignores it (imported as text)").located());
        }
    }
}
