package dev.cardwright.ui.prefs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.Preferences;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The editor's remembered state — theme, window size, where the splits are, whether the preview
 * shows, recent files — as properties bound to one {@link Preferences} node. A value equal to its
 * default is removed from the store rather than written, so changing a default later reaches
 * everyone who never touched it.
 */
public final class WorkspacePreferences {
    public static final int MAX_RECENT = 8;
    static final double[] DEFAULT_DIVIDERS = {0.2, 0.62};

    private final Preferences node;
    private final StringProperty theme = new SimpleStringProperty(this, "theme");
    private final StringProperty language = new SimpleStringProperty(this, "language");
    private final BooleanProperty previewVisible = new SimpleBooleanProperty(this, "previewVisible");
    private final BooleanProperty remoteImages = new SimpleBooleanProperty(this, "remoteImages");
    private final BooleanProperty keepBackups = new SimpleBooleanProperty(this, "keepBackups");
    private final BooleanProperty welcomeShown = new SimpleBooleanProperty(this, "welcomeShown");
    private final ObjectProperty<double[]> dividers = new SimpleObjectProperty<>(this, "dividers");
    private final DoubleProperty windowWidth = new SimpleDoubleProperty(this, "windowWidth");
    private final DoubleProperty windowHeight = new SimpleDoubleProperty(this, "windowHeight");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();

    public WorkspacePreferences(Preferences node) {
        this.node = node;
        bindString(theme, "theme", "light");
        bindString(language, "language", "");
        bindBoolean(previewVisible, "previewVisible", true);
        bindBoolean(remoteImages, "remoteImages", true);
        bindBoolean(keepBackups, "keepBackups", false);
        bindBoolean(welcomeShown, "welcomeShown", false);
        bindDouble(windowWidth, "windowWidth", 1360);
        bindDouble(windowHeight, "windowHeight", 860);
        dividers.set(parseDividers(node.get("dividers", "")));
        dividers.addListener((obs, old, now) ->
                store("dividers", Arrays.equals(now, DEFAULT_DIVIDERS) ? null : formatDividers(now), ""));
        for (String p : node.get("recentFiles", "").split("\n")) {
            if (!p.isBlank()) {
                recentFiles.add(Path.of(p));
            }
        }
        recentFiles.addListener((javafx.collections.ListChangeListener<Path>) c ->
                store("recentFiles", String.join("\n", recentFiles.stream().map(Path::toString).toList()), ""));
    }

    /** The folder each card was last exported to (issue 10). */
    public ExportFolders exportFolders() {
        return new ExportFolders(node.node("export-folders"));
    }

    /** The store of this user, under the application's own node. */
    public static WorkspacePreferences forUser() {
        return new WorkspacePreferences(Preferences.userRoot().node("dev/cardwright/workspace"));
    }

    public StringProperty themeProperty() { return theme; }
    public BooleanProperty previewVisibleProperty() { return previewVisible; }
    /** Whether the preview loads images from the network (issue 12; on by default, as the Hub shows them). */
    public BooleanProperty remoteImagesProperty() { return remoteImages; }
    /** Saving keeps the version it writes over as {@code NAME~} (issue 12). */
    public BooleanProperty keepBackupsProperty() { return keepBackups; }
    /** Whether the first-run welcome was shown (issue 10): it is shown once. */
    public BooleanProperty welcomeShownProperty() { return welcomeShown; }
    /** The UI language as a BCP 47 tag ({@code en}, {@code zh-CN}); empty follows the system. */
    public StringProperty languageProperty() { return language; }

    /** The locale the UI should speak: the chosen language, or the system's when none is chosen. */
    public java.util.Locale uiLocale() {
        String tag = language.get();
        return tag == null || tag.isBlank() ? java.util.Locale.getDefault() : java.util.Locale.forLanguageTag(tag);
    }
    /** Divider positions of the main split (navigator | form | preview). */
    public ObjectProperty<double[]> dividersProperty() { return dividers; }
    public DoubleProperty windowWidthProperty() { return windowWidth; }
    public DoubleProperty windowHeightProperty() { return windowHeight; }
    public ObservableList<Path> getRecentFiles() { return recentFiles; }

    /** Puts {@code file} at the top of the recent files, keeping at most {@link #MAX_RECENT}. */
    public void addRecent(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(recentFiles);
        next.remove(abs);
        next.add(0, abs);
        recentFiles.setAll(next.subList(0, Math.min(MAX_RECENT, next.size())));
    }

    private void bindString(StringProperty p, String key, String def) {
        p.set(node.get(key, def));
        p.addListener((obs, old, now) -> store(key, now, def));
    }

    private void bindBoolean(BooleanProperty p, String key, boolean def) {
        p.set(node.getBoolean(key, def));
        p.addListener((obs, old, now) -> store(key, String.valueOf(now), String.valueOf(def)));
    }

    private void bindDouble(DoubleProperty p, String key, double def) {
        p.set(node.getDouble(key, def));
        p.addListener((obs, old, now) -> store(key, String.valueOf(now.doubleValue()), String.valueOf(def)));
    }

    private void store(String key, String value, String def) {
        if (value == null || value.equals(def)) {
            node.remove(key);
        } else {
            node.put(key, value);
        }
    }

    static double[] parseDividers(String text) {
        try {
            double[] d = Arrays.stream(text.split(",")).mapToDouble(Double::parseDouble).toArray();
            return d.length == 2 && d[0] > 0 && d[0] < d[1] && d[1] < 1 ? d : DEFAULT_DIVIDERS.clone();
        } catch (NumberFormatException e) {
            return DEFAULT_DIVIDERS.clone();
        }
    }

    static String formatDividers(double[] d) {
        return String.format(java.util.Locale.ROOT, "%.4f,%.4f", d[0], d[1]);
    }
}
