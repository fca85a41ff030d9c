package dev.cardwright.card;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The YAML front matter block of a README: the opening fence line(s) (which may carry leading
 * white space, as the Hub's rule allows), the YAML text between the fences and the closing fence.
 * All three are held LF-normalized; the YAML text is the single truth for the metadata. Parsing it
 * (and editing it with a minimal diff) is the {@code yaml} package's job, so the model stays free
 * of any YAML library.
 */
public final class FrontMatter {
    private final StringProperty opening = new SimpleStringProperty(this, "opening", "---\n");
    private final StringProperty yaml = new SimpleStringProperty(this, "yaml", "");
    private final StringProperty closing = new SimpleStringProperty(this, "closing", "---\n");
    private SourceText originalOpening;
    private SourceText originalYaml;
    private SourceText originalClosing;

    public FrontMatter() {
    }

    /** A block read from a file; each part is given exactly as it was (with its own line endings). */
    public static FrontMatter read(String rawOpening, String rawYaml, String rawClosing) {
        FrontMatter fm = new FrontMatter();
        fm.originalOpening = new SourceText(rawOpening);
        fm.originalYaml = new SourceText(rawYaml);
        fm.originalClosing = new SourceText(rawClosing);
        fm.opening.set(fm.originalOpening.normalized());
        fm.yaml.set(fm.originalYaml.normalized());
        fm.closing.set(fm.originalClosing.normalized());
        return fm;
    }

    public StringProperty openingProperty() { return opening; }
    public StringProperty yamlProperty() { return yaml; }
    public StringProperty closingProperty() { return closing; }

    public String getOpening() { return opening.get(); }
    public String getYaml() { return yaml.get(); }
    public String getClosing() { return closing.get(); }
    public void setYaml(String value) { yaml.set(value); }

    public SourceText originalOpening() { return originalOpening; }
    public SourceText originalYaml() { return originalYaml; }
    public SourceText originalClosing() { return originalClosing; }

    /** The exact block as it should be written: untouched parts verbatim. */
    public String write(LineEnding ending) {
        String closingText = SourceText.write(originalClosing, getClosing(), ending);
        if (closingText.endsWith("\r")) {
            // The Hub's rule ends the closing fence with LF, CRLF or the end of the file, never a
            // lone CR: in a CR-only file the block would not be metadata (and the next edit would
            // add another). Only this one line break differs from the rest of the file.
            closingText = closingText + "\n";
        }
        return SourceText.write(originalOpening, getOpening(), ending)
                + SourceText.write(originalYaml, getYaml(), ending)
                + closingText;
    }
}
