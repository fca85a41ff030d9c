package dev.cardwright.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.testing.Shared;
import dev.cardwright.translate.SectionAligner;
import dev.cardwright.translate.SourceLanguage;
import dev.cardwright.translate.TranslationImporter;
import dev.cardwright.yaml.CardSourceFile;

/**
 * Issue 11, defect 7: a translated README imported as it is and exported untouched comes back byte
 * for byte, as README.md does — for every pair of the shared corpus whose source sections all pair
 * (the others get the source's text for what the file lacks), through the card source file, and
 * for the built-in sample, whose README.md has front matter and the translation none.
 */
class ImportedPairExportTest {
    @org.junit.jupiter.api.Test
    void theSampleTranslationStartsWithoutTheFrontMattersBlankLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path en = dir.resolve("README.md");
        Path zh = dir.resolve("README_zh.md");
        try (var in = getClass().getResourceAsStream("/dev/cardwright/sample/sample-model.md")) {
            Files.write(en, in.readAllBytes());
        }
        try (var in = getClass().getResourceAsStream("/dev/cardwright/sample/sample-model.zh.md")) {
            Files.write(zh, in.readAllBytes());
        }
        Card card = ReadmeReader.read(en);
        Map<String, Path> translations = new LinkedHashMap<>();
        translations.put("zh", zh);
        TranslationImporter.importFiles(card, "en", translations);
        Files.createDirectories(dir.resolve("out"));
        new TranslationExport(card).write(dir.resolve("out"));
        assertThat(Files.readAllBytes(dir.resolve("out/README_zh.md"))).isEqualTo(Files.readAllBytes(zh));
    }

    static Stream<String> pairs() throws Exception {
        Path pairs = Shared.assumeFile("corpus/PAIRS.tsv");
        return Files.readAllLines(pairs).stream().skip(1).filter(l -> !l.isBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void exportsTheImportedTranslationByteForByte(String row) throws Exception {
        Path corpus = Shared.assumeFile("corpus/PAIRS.tsv").getParent();
        String[] cols = row.split("\t");
        Card card = ReadmeReader.read(corpus.resolve(cols[1]));
        Path zhFile = corpus.resolve(cols[2]);
        String source = SourceLanguage.of(card);
        String lang = SourceLanguage.same(source, "zh") ? "en" : "zh";
        Map<String, Path> translations = new LinkedHashMap<>();
        translations.put(lang, zhFile);
        var result = TranslationImporter.importFiles(card, source, translations).get(0);
        // a source section the file has no partner for is filled in the source language on export (docs/translation.md)
        org.junit.jupiter.api.Assumptions.assumeTrue(result.alignment().unpairedSource().isEmpty(),
                "every source section paired");
        Card reread = CardSourceFile.parse(CardSourceFile.toYaml(card), "x.card.yaml");
        String exported = new TranslationExport(reread, source).translatedReadme(reread.findTranslation(lang).orElseThrow());
        assertThat(exported).isEqualTo(new String(Files.readAllBytes(zhFile), StandardCharsets.UTF_8));
    }
}
