package dev.cardwright.ui.preview;

import javafx.scene.Node;

/**
 * The live preview of a card, behind a small interface so the engine (WebView today) can be
 * replaced and the editor tested without it. Implementations render off the FX thread and drop
 * stale results; all methods are called on the FX thread and return at once.
 */
public interface Preview {
    /** The control to place in the window. */
    Node node();

    /** Shows a whole card (metadata tags and every section), replacing what was shown. */
    void show(dev.cardwright.card.Card card);

    /** Re-renders one section (by id; {@code "_preamble"} for the preamble) and patches it into the page. */
    void patch(String sectionId);

    /** Re-renders the metadata header (tags above the text). */
    void patchMetadata();

    /** Scrolls the page so the section is at the top. */
    void scrollTo(String sectionId);

    /** Called with a section id when the user scrolls the page to another section. */
    void setOnSectionScrolled(java.util.function.Consumer<String> listener);

    /**
     * The folder relative links and images of the card resolve against (the README's folder),
     * taking effect at the next {@link #show}. The card model does not know its file, so the
     * editor tells the preview.
     */
    default void setBaseDirectory(java.nio.file.Path folder) {
    }

    /** Shows the page in the light or the dark theme (an engine without themes ignores it). */
    /** Whether images from the network load (issue 12: a preference, on by default). */
    default void setRemoteImages(boolean allowed) {
    }

    default void setTheme(dev.cardwright.render.PreviewPage.Theme theme) {
    }

    /** The preview is no longer shown and will not be again: let go of the engine and what it holds. */
    default void dispose() {
    }
}
