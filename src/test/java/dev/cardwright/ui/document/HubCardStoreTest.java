package dev.cardwright.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cardwright.card.Card;

class HubCardStoreTest {
    @TempDir
    Path dir;

    private final HubCardStore store = new HubCardStore();

    @Test
    void newCardsComeFromTheBuiltInTemplatesWithSchemaIds() throws IOException {
        Card model = store.newCard("model");
        assertThat(model.getCardType()).isEqualTo("model");
        assertThat(model.findSection("uses.direct-use")).isPresent();
        assertThat(model.findSection("model-details.description")).isPresent();
        Card dataset = store.newCard("dataset");
        assertThat(dataset.getCardType()).isEqualTo("dataset");
        assertThat(dataset.allSections().count()).isGreaterThan(5);
    }

    @Test
    void anyJinjaTemplateFileMakesACard() throws IOException {
        Path template = dir.resolve("org-template.md");
        Files.writeString(template, "---\n{{ card_data }}\n---\n\n# {{ model_id | default(\"Our model\", true) }}\n\n## Uses\n\nSay how.\n");
        Card card = store.fromTemplate(template);
        assertThat(card.write()).contains("# Our model\n").contains("## Uses\n");
        assertThat(card.findSection("uses")).isPresent();
    }

    @Test
    void aReadmeIsMatchedToTheSchemaButACardSourceKeepsItsIds() throws IOException {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "# Model Card for X\n\n## Uses\n\n### Direct Use\n\nChat.\n");
        Card card = store.load(readme);
        assertThat(card.findSection("uses.direct-use")).isPresent();
        card.findSection("uses.direct-use").get().setId("my-own-id");
        Path source = dir.resolve("x.card.yaml");
        store.save(card, source);
        assertThat(store.load(source).findSection("my-own-id")).isPresent();
    }
}
