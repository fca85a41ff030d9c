package dev.cardwright.card;

import java.util.Objects;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One {@code .eval_results/*.yaml} file of the card's repository. Its text is the truth (as the
 * front matter's YAML is): it is written back exactly, and edits of its entries change it with the
 * smallest diff ({@code yaml.EvalResultsYaml}).
 */
public final class EvalResultsFile {
    public static final String FOLDER = ".eval_results";

    private final String path;
    private final StringProperty text;

    /** @param path the file's path in the repository, {@code .eval_results/NAME.yaml} */
    public EvalResultsFile(String path, String text) {
        this.path = Objects.requireNonNull(path, "path");
        this.text = new SimpleStringProperty(this, "text", Objects.requireNonNull(text, "text"));
    }

    public String getPath() { return path; }
    public StringProperty textProperty() { return text; }
    public String getText() { return text.get(); }
    public void setText(String value) { text.set(value); }
}
