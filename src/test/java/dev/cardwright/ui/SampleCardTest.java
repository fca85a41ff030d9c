package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.Translation;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.ui.document.HubCardStore;
import dev.cardwright.yaml.CardSourceFile;

/**
 * The built-in sample is written as two Markdown files (English card, Chinese translation) and
 * shipped as the card source built from them. This test rebuilds it and fails when the shipped
 * file is stale; run {@code main} to regenerate.
 */
class SampleCardTest {
    private static final String DIR = "/dev/cardwright/sample/";

    static Card build() throws IOException {
        Card card = ReadmeReader.read(bytes("sample-model.md"), "sample-model.md");
        dev.cardwright.template.SchemaMatcher.match(card, dev.cardwright.template.TemplateSchema.model());
        Card zh = ReadmeReader.read(bytes("sample-model.zh.md"), "sample-model.zh.md");
        List<Section> en = card.allSections().toList();
        List<Section> cn = zh.allSections().toList();
        if (en.size() != cn.size()) {
            throw new IllegalStateException("the translation has " + cn.size() + " sections, the card " + en.size());
        }
        Translation t = new Translation("zh");
        for (int i = 0; i < en.size(); i++) {
            TranslatedSection ts = t.section(en.get(i).getId());
            ts.setHeading(cn.get(i).getHeading());
            ts.setText(cn.get(i).getText());
            ts.setSourceText(en.get(i).getText());
            ts.setStatus(TranslationStatus.TRANSLATED);
        }
        card.getTranslations().add(t);
        return card;
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = SampleCardTest.class.getResourceAsStream(DIR + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void shippedSampleIsBuiltFromItsMarkdown() throws IOException {
        String shipped = new String(bytes("kestrel-notes.card.yaml"), StandardCharsets.UTF_8);
        assertThat(shipped).isEqualTo(CardSourceFile.toYaml(build()));
    }

    @Test
    void sampleHasEverySectionFilledAnEvaluationTableAndAChineseTranslation() throws IOException {
        Card card = new HubCardStore().sample();
        assertThat(card.getFrontMatter().getYaml()).contains("model-index:");
        assertThat(card.allSections().filter(s -> s.getChildren().isEmpty())
                .filter(s -> dev.cardwright.ui.section.SectionState.isBlank(s.getText())).map(Section::getTitle).toList())
                .isEmpty();
        assertThat(card.findTranslation("zh")).isPresent();
        assertThat(card.findTranslation("zh").get().getSections()).hasSize((int) card.allSections().count());
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of("src/main/resources" + DIR + "kestrel-notes.card.yaml");
        Files.writeString(out, CardSourceFile.toYaml(build()));
        System.out.println("wrote " + out);
    }
}
