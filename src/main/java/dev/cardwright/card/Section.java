package dev.cardwright.card;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One section of a card body: a heading (its exact Markdown source, one line for ATX headings,
 * two for setext ones, terminator included), the section's own text (everything after the heading
 * up to the next heading of any level) and its subsections. Concatenating heading, text and the
 * children in order gives back the section exactly. Text is held LF-normalized; the original
 * characters are kept in {@link SourceText} so untouched sections are written back verbatim.
 */
public final class Section {
    private final StringProperty id = new SimpleStringProperty(this, "id", "");
    private final StringProperty heading = new SimpleStringProperty(this, "heading", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final IntegerProperty level = new SimpleIntegerProperty(this, "level", 1);
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObservableList<Section> children = FXCollections.observableArrayList();
    private SourceText originalHeading;
    private SourceText originalText;

    public Section() {
    }

    public Section(String id, int level, String heading, String title, String text) {
        this.id.set(id);
        this.level.set(level);
        this.heading.set(heading);
        this.title.set(title);
        this.text.set(text);
    }

    /** A section read from a file; heading and text are given exactly as they were. */
    public static Section read(String id, int level, String title, String rawHeading, String rawText) {
        Section s = new Section();
        s.originalHeading = new SourceText(rawHeading);
        s.originalText = new SourceText(rawText);
        s.id.set(id);
        s.level.set(level);
        s.title.set(title);
        s.heading.set(s.originalHeading.normalized());
        s.text.set(s.originalText.normalized());
        return s;
    }

    public StringProperty idProperty() { return id; }
    public StringProperty headingProperty() { return heading; }
    /** The heading's plain text (no markers), for display and matching. */
    public StringProperty titleProperty() { return title; }
    public IntegerProperty levelProperty() { return level; }
    public StringProperty textProperty() { return text; }
    public ObservableList<Section> getChildren() { return children; }

    public String getId() { return id.get(); }
    public String getHeading() { return heading.get(); }
    public String getTitle() { return title.get(); }
    public int getLevel() { return level.get(); }
    public String getText() { return text.get(); }
    public void setId(String value) { id.set(value); }
    public void setHeading(String value) { heading.set(value); }
    public void setTitle(String value) { title.set(value); }
    public void setLevel(int value) { level.set(value); }
    public void setText(String value) { text.set(value); }

    public SourceText originalHeading() { return originalHeading; }
    public SourceText originalText() { return originalText; }

    /** Restores the originals, for readers of the card source file (which stores them when they differ). */
    public void setOriginals(SourceText heading, SourceText text) {
        this.originalHeading = heading;
        this.originalText = text;
    }

    /** This section and its descendants, depth first. */
    public java.util.stream.Stream<Section> flatten() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(this),
                children.stream().flatMap(Section::flatten));
    }

    /** The exact Markdown of this section and its subsections. */
    public void write(StringBuilder out, LineEnding ending) {
        out.append(SourceText.write(originalHeading, getHeading(), ending));
        out.append(SourceText.write(originalText, getText(), ending));
        for (Section child : children) {
            child.write(out, ending);
        }
    }

    @Override
    public String toString() {
        return "Section[" + getId() + ", level " + getLevel() + ", '" + getTitle() + "']";
    }
}
