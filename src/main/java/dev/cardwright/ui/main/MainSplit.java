package dev.cardwright.ui.main;

import java.util.Optional;
import java.util.function.Supplier;

import dev.cardwright.render.PreviewPage;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.StyleClasses;
import dev.cardwright.ui.document.DocumentViewModel;
import dev.cardwright.ui.prefs.WorkspacePreferences;
import dev.cardwright.ui.preview.Preview;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The window's middle: navigator | editing pane | preview, with the dividers remembered in the
 * preferences. The preview can be hidden, and is created late (WebKit takes a while to start).
 * It exists only while it is shown: hiding it disposes the WebView, so a hidden preview holds no
 * WebKit memory and renders nothing while the user types (issue 14); showing it again makes a
 * new one with the card as it is then.
 */
public final class MainSplit {
    private final SplitPane split = new SplitPane();
    private final StackPane editorHolder = new StackPane();
    private final StackPane previewHolder = new StackPane();
    private final Label loading = new Label(Messages.get("preview.loading"));
    private final DocumentViewModel document;
    private final WorkspacePreferences prefs;
    private final ObservableBooleanValue dark;
    private final ObservableBooleanValue windowShowing;
    private Preview preview;
    /** Set once the window asked for a preview: how to make one, where to scroll it, how to set it up. */
    private Supplier<Preview> factory;
    private Supplier<String> shownSection = () -> null;
    private java.util.function.Consumer<Preview> setUp = p -> { };

    /**
     * @param dark          whether the dark theme is on (the preview follows it)
     * @param windowShowing divider moves are remembered only while the window is up, not while it is laid out
     */
    public MainSplit(Region navigator, DocumentViewModel document, WorkspacePreferences prefs, ObservableBooleanValue dark,
            ObservableBooleanValue windowShowing) {
        this.document = document;
        this.prefs = prefs;
        this.dark = dark;
        this.windowShowing = windowShowing;
        editorHolder.getStyleClass().add("editor-holder");
        previewHolder.getStyleClass().add("preview-holder");
        loading.getStyleClass().add(StyleClasses.TEXT_MUTED);
        previewHolder.getChildren().add(loading);
        navigator.setMinWidth(180);
        editorHolder.setMinWidth(320);
        previewHolder.setMinWidth(240);
        SplitPane.setResizableWithParent(navigator, false);
        split.getItems().addAll(navigator, editorHolder, previewHolder);
        split.setId("main-split");
        dark.addListener((obs, old, now) -> preview().ifPresent(p -> p.setTheme(theme())));
        prefs.previewVisibleProperty().addListener((obs, old, now) -> applyPreviewVisibility());
        applyPreviewVisibility();
    }

    public Node node() {
        return split;
    }

    /** Shows an editing pane in the middle. */
    public void showPane(Node pane) {
        editorHolder.getChildren().setAll(pane);
    }

    public Optional<Preview> preview() {
        return Optional.ofNullable(preview);
    }

    /** Puts the remembered dividers back; the window is showing, so the split has its width. */
    public void restoreDividers() {
        split.setDividerPositions(prefs.dividersProperty().get());
        watchDividers();
    }

    /**
     * From now on the window has a preview while it is shown: created now when it is, else when
     * the user shows it. Each new preview is given to {@code setUp}, then shows the card scrolled
     * to {@code shownSection}'s id (null: the top).
     */
    public void attachPreview(Supplier<Preview> factory, Supplier<String> shownSection, java.util.function.Consumer<Preview> setUp) {
        if (this.factory != null) {
            return;
        }
        this.factory = factory;
        this.shownSection = shownSection;
        this.setUp = setUp;
        if (prefs.previewVisibleProperty().get()) {
            createPreview();
        }
    }

    private void createPreview() {
        preview = factory.get();
        if (preview == null) {
            return;
        }
        if (dark.get()) {
            preview.setTheme(theme());
        }
        setUp.accept(preview);
        previewHolder.getChildren().setAll(preview.node());
        preview.setOnSectionScrolled(id -> { });
        showCard();
        String sectionId = shownSection.get();
        if (sectionId != null) {
            preview.scrollTo(sectionId);
        }
    }

    private void disposePreview() {
        if (preview == null) {
            return;
        }
        previewHolder.getChildren().setAll(loading);
        preview.dispose();
        preview = null;
    }

    /** Shows the whole card in the preview again. */
    public void showCard() {
        if (preview == null || document.getCard() == null) {
            return;
        }
        preview.setBaseDirectory(document.baseDirectory().orElse(null));
        preview.show(document.getCard());
    }

    private PreviewPage.Theme theme() {
        return dark.get() ? PreviewPage.Theme.DARK : PreviewPage.Theme.LIGHT;
    }

    private void applyPreviewVisibility() {
        boolean show = prefs.previewVisibleProperty().get();
        if (show && !split.getItems().contains(previewHolder)) {
            split.getItems().add(previewHolder);
            split.setDividerPositions(prefs.dividersProperty().get());
            watchDividers();
            if (factory != null && preview == null) {
                createPreview();
            }
        } else if (!show && split.getItems().contains(previewHolder)) {
            split.getItems().remove(previewHolder);
            split.setDividerPositions(prefs.dividersProperty().get()[0]);
            disposePreview();
        }
    }

    private void watchDividers() {
        split.getDividers().forEach(d -> d.positionProperty().addListener((obs, old, now) -> rememberDividers()));
    }

    private void rememberDividers() {
        double[] pos = split.getDividerPositions();
        if (pos.length == 2 && windowShowing.get()) {
            prefs.dividersProperty().set(pos.clone());
        }
    }
}
