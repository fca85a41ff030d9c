package dev.cardwright.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import dev.cardwright.card.Card;
import dev.cardwright.template.TemplateSchema;
import dev.cardwright.ui.document.HubCardStore;
import dev.cardwright.ui.prefs.WorkspacePreferences;

/**
 * Work the first window needs that does not need the toolkit — the user's preferences (the
 * JDK's preferences store reads XML: about 150 ms of class loading), the sample card, the model
 * schema — started on threads of its own before JavaFX starts, so that on a two-core machine it
 * overlaps the toolkit's own start-up instead of preceding or following it. (How HotSpot compiles
 * during the start is the launcher's business: the packaged application passes its options.)
 */
final class Preload {
    private static CompletableFuture<WorkspacePreferences> prefs;
    private static CompletableFuture<Card> sample;
    private static CompletableFuture<TemplateSchema> modelSchema;

    private Preload() {
    }

    static synchronized void start() {
        if (sample != null) {
            return;
        }
        prefs = onOwnThread("preferences", WorkspacePreferences::forUser);
        sample = onOwnThread("sample card", () -> {
            try {
                return new HubCardStore().sample();
            } catch (java.io.IOException e) {
                throw new CompletionException(e);
            }
        });
        modelSchema = onOwnThread("model schema", TemplateSchema::model);
    }

    /** Its own daemon thread each: the common pool has a single thread on two cores. */
    private static <T> CompletableFuture<T> onOwnThread(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "preload: " + name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /** Classes, one from each library, whose jars hold the editor's code areas. */
    private static final String[] CODE_AREA_LIBRARIES = {"org.fxmisc.richtext.CodeArea", "org.reactfx.EventStream",
        "org.fxmisc.flowless.VirtualFlow", "org.fxmisc.undo.UndoManager", "org.fxmisc.wellbehaved.event.EventPattern"};

    /**
     * Loads, on another thread while the JavaFX thread builds menus and toolbar, the classes of
     * the libraries behind the Markdown areas (RichTextFX, ReactFX, Flowless, UndoFX,
     * WellBehavedFX: some 600), so that building the first area finds them defined and verified.
     * Loaded and linked, never initialized: JavaFX registers pseudo-classes from static
     * initializers in maps without locks, so no JavaFX class may be initialized off its thread
     * while the JavaFX thread initializes others (building a throwaway area here was 35 ms
     * faster, and unsafe). Also highlights the sample's first section (plain Java).
     */
    static void warmEditorControls() {
        CompletableFuture<Integer> warm = onOwnThread("editor controls", () -> {
            ClassLoader loader = Preload.class.getClassLoader();
            int loaded = 0;
            for (String anchor : CODE_AREA_LIBRARIES) {
                loaded += loadAll(anchor, loader);
            }
            try {
                sample.join().allSections().findFirst().ifPresent(s -> dev.cardwright.ui.section.MarkdownHighlighter.spans(s.getText()));
            } catch (RuntimeException e) {
                // the window reports a sample that cannot be read
            }
            return loaded;
        });
        warm.whenComplete((n, e) -> CardwrightApp.trace(e == null ? n + " editor classes loaded" : "warming failed: " + e));
    }

    /** Loads and links, without initializing, every class of the jar that holds {@code anchor}; how many. */
    private static int loadAll(String anchor, ClassLoader loader) {
        int loaded = 0;
        try {
            java.security.CodeSource source = Class.forName(anchor, false, loader).getProtectionDomain().getCodeSource();
            if (source == null || !source.getLocation().getPath().endsWith(".jar")) {
                return 0; // classes in a folder (a development build): nothing to list cheaply
            }
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(new java.io.File(source.getLocation().toURI()))) {
                var entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String name = entries.nextElement().getName();
                    if (name.endsWith(".class") && !name.contains("-")) { // not module-info or package-info
                        try {
                            // Asking for its constructors makes HotSpot link (verify) the class, still without initializing it.
                            Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, loader).getDeclaredConstructors();
                            loaded++;
                        } catch (ClassNotFoundException | LinkageError e) {
                            // a class for an optional dependency: the editor does not need it either
                        }
                    }
                }
            }
        } catch (ClassNotFoundException | java.io.IOException | java.net.URISyntaxException | SecurityException e) {
            // the library is elsewhere or unreadable: the JavaFX thread loads what it needs itself
        }
        return loaded;
    }

    static WorkspacePreferences prefs() {
        start();
        return prefs.join();
    }

    static Card sample() throws java.io.IOException {
        start();
        try {
            return sample.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof java.io.IOException io) {
                throw io;
            }
            throw e;
        }
    }

    static TemplateSchema modelSchema() {
        start();
        return modelSchema.join();
    }
}
