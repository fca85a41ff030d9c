package dev.cardwright.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cardwright.card.Card;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.template.SchemaMatcher;
import dev.cardwright.template.TemplateSchema;

/** Import of README files as the import command does it, with the schema's Chinese heading aliases. */
class TranslationImportFilesTest {

    private static Path copy(String resource, Path dir) throws Exception {
        Path out = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = TranslationImportFilesTest.class.getResourceAsStream(resource)) {
            Files.copy(in, out);
        }
        return out;
    }

    @Test
    void pairsEverySectionOfTheSampleByItsSchemaId(@TempDir Path dir) throws Exception {
        Path en = copy("/dev/cardwright/sample/sample-model.md", dir);
        Path zh = copy("/dev/cardwright/sample/sample-model.zh.md", dir);
        Card card = ReadmeReader.read(en);
        SchemaMatcher.match(card, TemplateSchema.model());
        Map<String, Path> translations = new LinkedHashMap<>();
        translations.put("zh-CN", zh);

        List<TranslationImporter.Result> results = TranslationImporter.importFiles(card, "en", translations);

        TranslationImporter.Result r = results.get(0);
        assertThat(r.alignment().unpairedSource()).isEmpty();
        assertThat(r.alignment().unpairedTarget()).isEmpty();
        assertThat(r.paired()).isEqualTo(card.allSections().count());
        assertThat(r.alignment().pairs()).filteredOn(p -> p.evidence().contains("schema:"))
                .extracting(p -> p.source().getTitle() + " = " + p.target().getTitle())
                .contains("Model Details = 模型详情", "Out-of-Scope Use = 超出范围的使用", "Environmental Impact = 环境影响");
        assertThat(r.translation().getSections().get("uses.direct-use").getHeading()).isEqualTo("### 直接使用\n");
        assertThat(r.translation().getSections().get("uses.direct-use").getStatus()).isEqualTo(TranslationStatus.NEEDS_REVIEW);
        assertThat(card.findTranslation("zh-CN")).containsSame(r.translation());
    }

    @Test
    void theImporterItselfRefusesATranslationIntoTheSourcesLanguage() throws Exception {
        Card source = dev.cardwright.markdown.ReadmeReader.read(ChineseSourceCard.README.getBytes(java.nio.charset.StandardCharsets.UTF_8), "README.md");
        Card translated = dev.cardwright.markdown.ReadmeReader.read(ChineseSourceCard.ENGLISH.getBytes(java.nio.charset.StandardCharsets.UTF_8), "README_en.md");
        TranslationImporter importer = new TranslationImporter();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> importer.importInto(source, "zh", translated, "zh-CN"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("card's own language");
        org.assertj.core.api.Assertions.assertThat(source.getTranslations()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(importer.importInto(source, "zh", translated, "en").translation().getLanguage()).isEqualTo("en");
    }
}
