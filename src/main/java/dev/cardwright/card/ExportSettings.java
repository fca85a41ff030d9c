package dev.cardwright.card;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** How a card source is exported: file names and the naming scheme for translations. */
public final class ExportSettings {
    /** {@code {lang}} is replaced by the translation's language tag. */
    public static final String DEFAULT_TRANSLATION_NAMING = "README_{lang}.md";

    private final StringProperty readmeName = new SimpleStringProperty(this, "readmeName", "README.md");
    private final StringProperty translationNaming =
            new SimpleStringProperty(this, "translationNaming", DEFAULT_TRANSLATION_NAMING);
    private final BooleanProperty languageLinks = new SimpleBooleanProperty(this, "languageLinks", false);
    private final ObjectProperty<LineEnding> lineEnding = new SimpleObjectProperty<>(this, "lineEnding", null);

    public StringProperty readmeNameProperty() { return readmeName; }
    public StringProperty translationNamingProperty() { return translationNaming; }
    /** Whether exported files get a line linking the languages at the top. */
    public BooleanProperty languageLinksProperty() { return languageLinks; }
    /** A line ending to force on export; {@code null} keeps the file's own. */
    public ObjectProperty<LineEnding> lineEndingProperty() { return lineEnding; }

    public String getReadmeName() { return readmeName.get(); }
    public String getTranslationNaming() { return translationNaming.get(); }
    public boolean isLanguageLinks() { return languageLinks.get(); }
    public LineEnding getLineEnding() { return lineEnding.get(); }
    public void setReadmeName(String value) { readmeName.set(value); }
    public void setTranslationNaming(String value) { translationNaming.set(value); }
    public void setLanguageLinks(boolean value) { languageLinks.set(value); }
    public void setLineEnding(LineEnding value) { lineEnding.set(value); }
}
