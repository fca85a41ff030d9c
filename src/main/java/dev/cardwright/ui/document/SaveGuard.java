package dev.cardwright.ui.document;

import java.nio.file.Path;

/**
 * Asked before the document writes its file, told after: how the editor refuses to overwrite a
 * change someone else made on disk without asking (issue 12).
 */
public interface SaveGuard {
    SaveGuard NONE = target -> true;

    /** Whether {@code target} may be written now; may ask the user. */
    boolean mayWrite(Path target);

    /** {@code target} was just written with the document's text. */
    default void written(Path target) {
    }
}
