package dev.cardwright.ui.section;

import dev.cardwright.markdown.SectionLayout;

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
    private java.util.function.BooleanSupplier followed = () -> true;
    /** The area text last taken in, and the section text it was laid out as. */
    private String shown;
    private String written;

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
     * Whether a heading follows this section's text in the file (by default: yes). The last
     * section of a card ends with the file's final line break instead of a blank line.
     */
    public void setFollowed(java.util.function.BooleanSupplier followed) {
        this.followed = followed;
    }

    /**
     * Takes the code area's text into the model, laid out as {@link SectionLayout} writes an
     * edited section: a blank line after the heading and before the next one, where the edit
     * reached those edges. The area keeps what the user typed.
     */
    public void editText(String areaText) {
        String next = laidOut(areaText);
        if (!next.equals(section.getText())) {
            section.setText(next);
            shown = areaText;
            written = next;
        }
    }

    /** Whether the code area, showing {@code areaText}, is out of step with the model. */
    public boolean differs(String areaText) {
        return !laidOut(areaText).equals(section.getText());
    }

    private String laidOut(String areaText) {
        if (areaText.equals(shown) && section.getText().equals(written)) {
            return written; // the area still shows what was last taken in
        }
        boolean next = !section.getChildren().isEmpty() || followed.getAsBoolean();
        return SectionLayout.tidy(section.getText(), areaText, next);
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
