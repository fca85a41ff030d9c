package dev.cardwright.ui.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.template.TemplateSchema;
import dev.cardwright.ui.document.HubCardStore;

class SchemaGuideTest {
    @Test
    void sampleSectionsGetGuidanceAndFieldsFromTheModelSchema() throws IOException {
        Card card = new HubCardStore().sample();
        Section description = card.findSection("model-details.description").orElseThrow();
        SectionGuide guide = new SchemaGuide(TemplateSchema.model());
        SectionViewModel vm = new SectionViewModel(description, guide, Locale.ENGLISH);
        assertThat(vm.guidance()).isNotBlank();
        assertThat(new SectionViewModel(description, guide, Locale.SIMPLIFIED_CHINESE).guidance())
                .matches(g -> g.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));
        SectionViewModel.FieldViewModel developers = vm.fields().stream()
                .filter(f -> f.field().key().equals("developed-by")).findFirst().orElseThrow();
        assertThat(developers.valueProperty().get()).isEqualTo("The Cardwright sample team");
        String before = description.getText();
        developers.valueProperty().set("Kestrel\nLab");
        assertThat(description.getText()).isEqualTo(before.replace("The Cardwright sample team", "Kestrel Lab"));
    }

    @Test
    void unknownSectionsHaveNoFields() {
        Section free = new Section("my-notes", 2, "## My notes\n", "My notes", "text\n");
        SectionGuide guide = new SchemaGuide(TemplateSchema.model());
        assertThat(guide.fields(free)).isEmpty();
        assertThat(guide.guidance(free, Locale.ENGLISH)).isEmpty();
        assertThat(guide.forCardType("dataset")).isNotSameAs(guide);
    }
}
