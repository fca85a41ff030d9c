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
 */
public final class MainSplit {
    private final SplitPane split = new SplitPane();
    private final StackPane editorHolder = new StackPane();
    private final StackPane previewHolder = new StackPane();
    private final DocumentViewModel document;
    private final WorkspacePreferences prefs;
    private final ObservableBooleanValue dark;
    private final ObservableBooleanValue windowShowing;
    private Preview preview;

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
        Label loading = new Label(Messages.get("preview.loading"));
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

    /** Creates the preview and shows the card in it, scrolled to {@code sectionId} (null: the top). */
    public void attachPreview(Supplier<Preview> factory, String sectionId) {
        if (preview != null) {
            return;
        }
        preview = factory.get();
        if (preview == null) {
            return;
        }
        if (dark.get()) {
            preview.setTheme(theme());
        }
        previewHolder.getChildren().setAll(preview.node());
        preview.setOnSectionScrolled(id -> { });
        showCard();
        if (sectionId != null) {
            preview.scrollTo(sectionId);
        }
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
        } else if (!show && split.getItems().contains(previewHolder)) {
            split.getItems().remove(previewHolder);
            split.setDividerPositions(prefs.dividersProperty().get()[0]);
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
