package dev.cardwright.ui.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.cardwright.card.Section;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A section pane's state: guidance, one value per schema field (kept in step with the section's
 * text both ways), and the Markdown text. Field edits rewrite only that field's line.
 */
public final class SectionViewModel {
    private final Section section;
    private final SectionGuide guide;
    private final String guidance;
    private final List<FieldViewModel> fields = new ArrayList<>();

    public SectionViewModel(Section section, SectionGuide guide, Locale locale) {
        this.section = section;
        this.guide = guide;
        this.guidance = guide.guidance(section, locale);
        for (SectionGuide.Field f : guide.fields(section)) {
            fields.add(new FieldViewModel(f));
        }
        section.textProperty().addListener((obs, old, now) -> fields.forEach(FieldViewModel::pull));
    }

    public Section section() { return section; }
    public String guidance() { return guidance; }
    public List<FieldViewModel> fields() { return fields; }
    public ReadOnlyStringProperty titleProperty() { return section.titleProperty(); }

    /** The text to show in the code area. */
    public String text() {
        return section.getText();
    }

    /**
     * Takes the code area's text into the model. A section's text must end with a line break
     * when anything follows it, or the next heading would join its last line; so one is kept.
     */
    public void editText(String areaText) {
        String next = withTerminator(areaText);
        if (!next.equals(section.getText())) {
            section.setText(next);
        }
    }

    /** Whether the code area, showing {@code areaText}, is out of step with the model. */
    public boolean differs(String areaText) {
        return !withTerminator(areaText).equals(section.getText());
    }

    private String withTerminator(String text) {
        return text.isEmpty() || text.endsWith("\n") || !section.getText().endsWith("\n") ? text : text + "\n";
    }

    /** One key–value field: its value property writes through to the section's text. */
    public final class FieldViewModel {
        private final SectionGuide.Field field;
        private final StringProperty value = new SimpleStringProperty(this, "value");
        private boolean pulling;

        FieldViewModel(SectionGuide.Field field) {
            this.field = field;
            pull();
            value.addListener((obs, old, now) -> {
                if (!pulling) {
                    String next = guide.set(section, section.getText(), field, now == null ? "" : now);
                    if (!next.equals(section.getText())) {
                        section.setText(next);
                    }
                }
            });
        }

        public SectionGuide.Field field() { return field; }
        public StringProperty valueProperty() { return value; }

        void pull() {
            String current = guide.get(section, section.getText(), field);
            if (!current.equals(value.get())) {
                pulling = true;
                try {
                    value.set(current);
                } finally {
                    pulling = false;
                }
            }
        }
    }
}
