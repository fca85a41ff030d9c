package dev.cardwright.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import java.nio.charset.StandardCharsets;

import dev.cardwright.card.AtomicWrite;
import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.export.CardFiles;
import dev.cardwright.export.HtmlExport;
import dev.cardwright.export.TranslationExport;
import dev.cardwright.repo.RepositoryExport;
import dev.cardwright.modelscope.ModelScopeReadme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export FILE [-o DIR] [--html] [--naming P] [--language-links] [--bilingual LANG]}: a card source (or README) to DIR/README.md and its translations. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the README.md of a card source (or of a README) into a folder, with its translations, .eval_results/ files and linked local files.",
                "An untouched card comes back byte for byte. Exit 0 on success, 2 on bad usage or unreadable input."})
public final class ExportCommand implements Callable<Integer> {
    static final String BILINGUAL_NAME = "README_bilingual.md";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A NAME.card.yaml or a README.md.")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder to write into (default: the folder of FILE).")
    Path outputDir;

    @Option(names = "--html", description = "Also write a standalone HTML page.")
    boolean html;

    @Option(names = "--naming", paramLabel = "PATTERN",
            description = "File names of translations, {lang} standing for the language tag: README_{lang}.md (default), README_CN.md, README_zh-CN.md, README.{lang}.md.")
    String naming;

    @Option(names = "--drop-empty-optional", description = "Leave out the sections and field lines the template marks [optional] that are still empty.")
    boolean dropEmptyOptional;

    @Option(names = "--language-links", description = "Put a line linking the languages at the top of every README.")
    boolean languageLinks;

    @Option(names = "--bilingual", paramLabel = "LANG",
            description = "Also write README_bilingual.md: headings and paragraphs of the LANG translation interleaved with the source's.")
    String bilingual;

    @Option(names = "--bundle", paramLabel = "DIR",
            description = "Write exactly what belongs in the Hub repository (README, translations, .eval_results/, linked local files) into the empty or new folder DIR, and print the equivalent 'hf upload' command.")
    Path bundle;

    @Option(names = "--hub", paramLabel = "HUB", defaultValue = "huggingface",
            description = "huggingface (default) or modelscope: write only the ModelScope twin README.md, into DIR/modelscope/ unless -o is given (docs/modelscope.md).")
    String hub;

    @Option(names = "--xliff", paramLabel = "DIR",
            description = "Write only XLIFF 2.0 files into DIR, one per translation language (NAME.zh.xlf), for CAT tools; read them back with import NAME.card.yaml --xliff FILE (docs/translation.md).")
    Path xliff;

    @Override
    public Integer call() throws Exception {
        if (xliff != null) {
            if (outputDir != null || html || bilingual != null || bundle != null || !Hubs.HUGGINGFACE.equals(hub)) {
                spec.commandLine().getErr().println("cardwright export: --xliff writes only the XLIFF files; it does not go with -o, --html, --bilingual, --bundle or --hub");
                return CardwrightCommand.USAGE;
            }
            return new XliffExport(input, xliff).write(spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        if (!Hubs.isKnown(hub)) {
            spec.commandLine().getErr().println("cardwright export: --hub must be huggingface or modelscope (got '" + hub + "')");
            return CardwrightCommand.USAGE;
        }
        Card card = CardFiles.load(input);
        if (Hubs.MODELSCOPE.equals(hub)) {
            return modelScope(card);
        }
        if (naming != null) {
            card.getExportSettings().setTranslationNaming(naming);
        }
        if (languageLinks) {
            card.getExportSettings().setLanguageLinks(true);
        }
        if (bilingual != null && card.findTranslation(bilingual).isEmpty()) {
            spec.commandLine().getErr().println(input + ":1:1: --bilingual: the card has no translation '" + bilingual + "'");
            return CardwrightCommand.USAGE;
        }
        Path base = input.toAbsolutePath().getParent();
        if (bundle != null) {
            if (outputDir != null || html || bilingual != null) {
                spec.commandLine().getErr().println("cardwright export: --bundle writes only the repository's files; it does not go with -o, --html or --bilingual");
                return CardwrightCommand.USAGE;
            }
            return new UploadBundle(card, base, bundle).write(spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        Path dir = outputDir != null ? outputDir : input.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new CardFormatException(dir.toString(), 1, 1, "cannot create the output folder: " + e.getMessage(), e);
            }
        }
        if (dropEmptyOptional) {
            dev.cardwright.export.EmptyOptionalParts.drop(card);
        }
        // README.md, translations (named by the card's naming pattern, docs/translation.md, or as
        // they were named in the folder the card came from), .eval_results/ and linked files
        RepositoryExport.Contents contents;
        try {
            contents = RepositoryExport.files(card, base);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(input + ":1:1: " + e.getMessage());
            return CardwrightCommand.USAGE;
        }
        // Every name is settled and checked before anything is written: a refused name must not
        // leave half an export behind, and no output may be one of the inputs.
        java.util.List<String> names = new java.util.ArrayList<>(contents.files().keySet());
        if (bilingual != null) {
            names.add(BILINGUAL_NAME);
        }
        if (html) {
            names.add(HtmlExport.fileName(card));
        }
        boolean readmeInput = !dev.cardwright.yaml.CardSourceFile.isCardSource(input);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            // README and translations are plain names; .eval_results/ and linked files keep their
            // folders (RepositoryExport checks those paths stay inside the output folder)
            boolean plain = i == 0 || !name.contains("/");
            String problem = plain ? CardFiles.outputNameProblem(name)
                    : name.chars().anyMatch(Character::isISOControl) ? "it holds a line break or another control character" : null;
            // a README exported over itself is rewritten with its own text (the documented default
            // folder); a linked file is not copied onto itself; anything else over the input would replace it
            boolean sameReadme = i == 0 && readmeInput;
            if (problem == null && !sameReadme && !contents.linked().contains(name) && CardFiles.sameFile(dir.resolve(name), input)) {
                problem = "it is the input " + input;
            }
            if (problem != null) {
                spec.commandLine().getErr().println(input + ":1:1: export: refusing to write '" + name + "': " + problem);
                return CardwrightCommand.USAGE;
            }
        }
        contents.report().forEach(spec.commandLine().getErr()::println);
        for (Path p : RepositoryExport.write(contents, card, base, dir)) {
            spec.commandLine().getOut().println("wrote " + p);
        }
        if (bilingual != null) {
            TranslationExport export = new TranslationExport(card);
            Path target = dir.resolve(BILINGUAL_NAME);
            String text = export.bilingualReadme(card.findTranslation(bilingual).orElseThrow());
            AtomicWrite.write(target, text.getBytes(StandardCharsets.UTF_8));
            spec.commandLine().getOut().println("wrote " + target);
        }
        if (html) {
            spec.commandLine().getOut().println("wrote " + HtmlExport.export(card, dir));
        }
        return CardwrightCommand.OK;
    }

    /** The ModelScope twin goes into its own folder by default, never over the Hub README beside the card. */
    private int modelScope(Card card) throws IOException {
        Path dir = outputDir != null ? outputDir : input.toAbsolutePath().getParent().resolve("modelscope");
        ModelScopeReadme twin = ModelScopeReadme.of(card, input.toString());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CardFormatException(dir.toString(), 1, 1, "cannot create the output folder: " + e.getMessage(), e);
        }
        Path target = dir.resolve("README.md");
        AtomicWrite.write(target, twin.text().getBytes(StandardCharsets.UTF_8));
        twin.notes().forEach(n -> spec.commandLine().getErr().println(input + ": note: " + n));
        spec.commandLine().getOut().println("wrote " + target);
        return CardwrightCommand.OK;
    }
}
