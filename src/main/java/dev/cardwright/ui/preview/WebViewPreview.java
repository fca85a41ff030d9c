package dev.cardwright.ui.preview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import netscape.javascript.JSObject;

import dev.cardwright.card.Card;
import dev.cardwright.card.EvalResultsFile;
import dev.cardwright.card.FrontMatter;
import dev.cardwright.render.CardSnapshot;
import dev.cardwright.render.EvalPanel;
import dev.cardwright.render.MarkdownRenderer;
import dev.cardwright.render.PageText;
import dev.cardwright.render.PreviewPage;
import dev.cardwright.translate.TranslationMemory;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.task.FxTaskExecutor;
import dev.cardwright.ui.task.LatestOnly;
import dev.cardwright.ui.task.TaskExecutor;

/**
 * The preview in a WebView. {@link #show} loads the whole page; {@link #patch} renders one part on
 * the render executor and swaps it into the page through the page's script, so typing costs the
 * size of the edited section, not of the card. Each part (and the page) renders through its own
 * {@link LatestOnly}, so a result is dropped when a newer request for the same part, or a new page,
 * came after it. Every method here runs on the FX thread; the model is
 * read only here, into a {@link CardSnapshot}, never on the render thread.
 */
public final class WebViewPreview implements Preview {
    private static final String METADATA_KEY = "\u0000metadata";
    /** The key {@link #setOnPatched} reports when the evaluation panel was patched. */
    static final String EVALS_KEY = "\u0000evals";

    private final WebView webView = new WebView();
    private final WebEngine engine = webView.getEngine();
    private final TaskExecutor renderExecutor;
    private final LinkOpener linkOpener;
    private final PreviewPage page;
    // WebKit holds objects handed to JavaScript only weakly: this field keeps the bridge alive.
    private final Bridge bridge = new Bridge();
    /** The page's render, and each part's: only the newest result of each is shown. */
    private final LatestOnly pageRender;
    private final Map<String, LatestOnly> partRenders = new HashMap<>();
    /** Parts rendered while the page was still loading, applied once it has loaded. */
    private final Map<String, String> pendingParts = new LinkedHashMap<>();

    private Card card;
    private Path shownFile;
    private String references = "";
    private String shownLocation;
    private String baseUri;
    private PreviewPage.Theme theme = PreviewPage.Theme.LIGHT;
    private long pageGeneration;
    private long loadingGeneration = -1;
    private boolean loaded;
    private JSObject script;
    private String pendingMetadata;
    private String pendingEvals;
    private String pendingScroll;
    private Double pendingScrollY;
    private Consumer<String> onSectionScrolled = id -> { };
    private Consumer<String> onPatched = id -> { };
    private Runnable onLoaded = () -> { };

    /** A preview that renders on its own background thread and opens links with {@code linkOpener}. */
    public WebViewPreview(LinkOpener linkOpener) {
        this(new FxTaskExecutor("cardwright-preview-render"), linkOpener);
    }

    public WebViewPreview(TaskExecutor renderExecutor, LinkOpener linkOpener) {
        this.renderExecutor = Objects.requireNonNull(renderExecutor);
        this.pageRender = new LatestOnly(renderExecutor);
        this.linkOpener = Objects.requireNonNull(linkOpener);
        this.page = new PreviewPage(new MarkdownRenderer(), pageText()).withLazyPanels().withEvalLabels(java.util.Map.of(
                "title", Messages.get("preview.evals.title"), "benchmark", Messages.get("preview.evals.benchmark"),
                "task", Messages.get("preview.evals.task"), "metric", Messages.get("preview.evals.metric"),
                "value", Messages.get("preview.evals.value"), "format", Messages.get("preview.evals.format"),
                "verified", Messages.get("preview.evals.verified"), "source", Messages.get("preview.evals.source")));
        // The context menu offers "Open Link" and "Reload", both of which navigate away.
        webView.setContextMenuEnabled(false);
        // WebKit's default store is ~/.{main class}/webview (a folder per launcher, tests included);
        // keeping it in our data folder puts it where XDG says and lets -Dcardwright.data move it.
        engine.setUserDataDirectory(TranslationMemory.dataFolder().resolve("webview").toFile());
        engine.setJavaScriptEnabled(true);
        engine.setCreatePopupHandler(features -> null);
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                pageLoaded();
            }
        });
        // Clicks are kept in the page by its script; anything else that navigates (a link dropped
        // onto the view, a refresh) is undone by showing the card again.
        engine.locationProperty().addListener((obs, old, location) -> {
            if (loaded && shownLocation != null && !withoutFragment(location).equals(withoutFragment(shownLocation))) {
                Platform.runLater(this::reshow);
            }
        });
        webView.setId("preview-web-view");
        webView.setAccessibleText(Messages.get("preview.accessibleText"));
    }

    private static PageText pageText() {
        return new PageText(Messages.get("preview.invalidMetadata"), Messages.get("preview.license"),
                Messages.get("preview.languages"), Messages.get("preview.datasets"), Messages.get("preview.baseModel"),
                Messages.get("preview.metrics"), Messages.get("preview.untitled"));
    }

    @Override
    public Node node() {
        return webView;
    }

    /** Where relative links and images of the card resolve: the folder of its README. */
    @Override
    public void setBaseDirectory(Path folder) {
        baseUri = folder == null ? null : folder.toAbsolutePath().toUri().toString();
    }

    @Override
    public void setTheme(PreviewPage.Theme theme) {
        this.theme = Objects.requireNonNull(theme);
        if (loaded) {
            script.call("setTheme", theme.name().toLowerCase(Locale.ROOT));
        }
    }

    @Override
    public void show(Card card) {
        this.card = Objects.requireNonNull(card);
        long generation = ++pageGeneration;
        loaded = false;
        script = null;
        pendingParts.clear();
        pendingMetadata = null;
        pendingEvals = null;
        partRenders.values().forEach(LatestOnly::cancel); // the new page has every part as it is now
        // Only the texts are copied here; the evaluation rows are parsed with the page, off this thread.
        CardSnapshot texts = CardSnapshot.textsOf(card);
        Card evalTexts = evalTexts(card);
        references = texts.referenceDefinitions();
        PreviewPage.Options options = new PreviewPage.Options(baseUri, true, theme);
        boolean blockRemote = !remoteImages;
        pageRender.submit(() -> {
            String rendered = renderSafely(() -> page.page(texts.withEvalResults(EvalPanel.rows(evalTexts)), options));
            String html = blockRemote ? withoutRemoteImages(rendered) : rendered;
            return new RenderedPage(html, writePage(html));
        }, rendered -> {
            loadingGeneration = generation;
            deleteQuietly(shownFile);
            shownFile = rendered.file();
            if (rendered.file() != null) {
                engine.load(rendered.file().toUri().toString());
            } else {
                engine.loadContent(rendered.html());
            }
        });
    }

    private boolean remoteImages = true;

    @Override
    public void setRemoteImages(boolean allowed) {
        if (allowed != remoteImages) {
            remoteImages = allowed;
            if (card != null) {
                show(card); // the policy is the page's: load it again
            }
        }
    }

    /**
     * The page with a Content-Security-Policy that lets images come only from files and data
     * URLs: WebKit then fetches no remote image, not even one a later patch adds.
     */
    static String withoutRemoteImages(String html) {
        String meta = "<meta http-equiv=\"Content-Security-Policy\" content=\"img-src file: data: blob:\">";
        int head = html.indexOf("<head>");
        return head < 0 ? meta + html : html.substring(0, head + 6) + meta + html.substring(head + 6);
    }

    /** A page's HTML and the temporary file it was written to (null when it could not be). */
    private record RenderedPage(String html, Path file) {
    }

    /**
     * The page goes through a temporary file because WebKit lets only a {@code file:} page show
     * {@code file:} images: from {@link WebEngine#loadContent} (origin about:blank) the card's
     * relative images would stay blank. Null when the file cannot be written (then images are
     * the only loss).
     */
    private static Path writePage(String html) {
        try {
            Path file = Files.createTempFile("cardwright-preview-", ".html");
            file.toFile().deleteOnExit();
            Files.writeString(file, html, StandardCharsets.UTF_8);
            return file;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file left behind is removed at exit
        }
    }

    @Override
    public void patch(String sectionId) {
        if (card == null) {
            return;
        }
        CardSnapshot.Part part = CardSnapshot.PREAMBLE_ID.equals(sectionId)
                ? CardSnapshot.preamble(card)
                : card.findSection(sectionId).map(CardSnapshot::part).orElse(null);
        if (part == null) {
            reshow(); // the section is gone: the structure changed
            return;
        }
        // Definitions as of the last full page: a definition added elsewhere meanwhile shows at the next one.
        String refs = references;
        render(sectionId, () -> page.partHtml(part.markdown(), refs), html -> applyPart(sectionId, html));
    }

    /** Renders one part in the background; a newer request for the same part (or a new page) drops the result. */
    private void render(String key, java.util.function.Supplier<String> work, Consumer<String> apply) {
        partRenders.computeIfAbsent(key, k -> new LatestOnly(renderExecutor)).submit(() -> renderSafely(work), apply);
    }

    @Override
    public void patchMetadata() {
        if (card == null) {
            return;
        }
        String yaml = CardSnapshot.metadataOf(card);
        render(METADATA_KEY, () -> page.metadataHtml(yaml), html -> {
            if (!loaded) {
                pendingMetadata = html;
                return;
            }
            script.call("replaceMetadata", html);
            onPatched.accept(METADATA_KEY);
        });
        // the evaluation panel reads the model-index and the .eval_results files: parsed in the
        // background from a copy of their texts taken now
        Card texts = evalTexts(card);
        render(EVALS_KEY, () -> page.evalPanelHtml(EvalPanel.rows(texts)), html -> {
            if (!loaded) {
                pendingEvals = html;
                return;
            }
            script.call("replaceEvals", html);
            onPatched.accept(EVALS_KEY);
        });
    }

    /** A detached card holding only what the evaluation panel reads, safe to parse on another thread. */
    private static Card evalTexts(Card card) {
        Card copy = new Card();
        if (card.getFrontMatter() != null) {
            FrontMatter fm = new FrontMatter();
            fm.setYaml(card.getFrontMatter().getYaml());
            copy.setFrontMatter(fm);
        }
        for (EvalResultsFile f : card.getEvalResultsFiles()) {
            copy.getEvalResultsFiles().add(new EvalResultsFile(f.getPath(), f.getText()));
        }
        return copy;
    }

    @Override
    public void scrollTo(String sectionId) {
        if (loaded) {
            script.call("scrollToPart", sectionId);
        } else {
            pendingScroll = sectionId;
        }
    }

    @Override
    public void setOnSectionScrolled(Consumer<String> listener) {
        onSectionScrolled = listener == null ? id -> { } : listener;
    }

    private void applyPart(String sectionId, String html) {
        if (!loaded) {
            pendingParts.put(sectionId, html);
            return;
        }
        if (Boolean.TRUE.equals(script.call("replacePart", sectionId, html))) {
            onPatched.accept(sectionId);
        } else {
            reshow(); // a section the page does not have yet: the structure changed
        }
    }

    /** Shows the card again, keeping the reader where they were. */
    private void reshow() {
        if (card == null) {
            return;
        }
        if (loaded) {
            try {
                Object y = script.call("scrollY");
                pendingScrollY = y instanceof Number n ? n.doubleValue() : null;
            } catch (RuntimeException navigatedAway) {
                pendingScrollY = null; // the page is no longer ours: start from the top
            }
        }
        show(card);
    }

    @Override
    public void dispose() {
        card = null; // show/patch/patchMetadata do nothing from now on
        pageGeneration++; // the blank page's load is not ours to handle
        loaded = false;
        script = null;
        pageRender.cancel();
        partRenders.values().forEach(LatestOnly::cancel);
        pendingParts.clear();
        pendingMetadata = null;
        pendingEvals = null;
        // An empty document lets WebKit free the old one's DOM, layout and images.
        engine.loadContent("");
        deleteQuietly(shownFile);
        shownFile = null;
    }

    private static String withoutFragment(String location) {
        if (location == null) {
            return "";
        }
        int hash = location.indexOf('#');
        return hash < 0 ? location : location.substring(0, hash);
    }

    private void pageLoaded() {
        if (loadingGeneration != pageGeneration) {
            return;
        }
        JSObject window = (JSObject) engine.executeScript("window");
        window.setMember("cwBridge", bridge);
        script = (JSObject) engine.executeScript("window.cardwright");
        shownLocation = engine.getLocation();
        loaded = true;
        if (pendingMetadata != null) {
            script.call("replaceMetadata", pendingMetadata);
            pendingMetadata = null;
        }
        if (pendingEvals != null) {
            script.call("replaceEvals", pendingEvals);
            pendingEvals = null;
        }
        pendingParts.forEach((id, html) -> script.call("replacePart", id, html));
        pendingParts.clear();
        if (pendingScroll != null) {
            script.call("scrollToPart", pendingScroll);
            pendingScroll = null;
        } else if (pendingScrollY != null) {
            script.call("restoreScroll", pendingScrollY);
        }
        pendingScrollY = null;
        onLoaded.run();
    }

    private static String renderSafely(java.util.function.Supplier<String> render) {
        try {
            return render.get();
        } catch (RuntimeException | StackOverflowError e) {
            // A render bug must not leave the preview frozen on old text; show what happened.
            return "<pre>" + String.valueOf(e).replace("&", "&amp;").replace("<", "&lt;") + "</pre>";
        }
    }

    // Hooks for the measurement and the tests (same package).

    WebEngine engine() {
        return engine;
    }

    boolean isLoaded() {
        return loaded;
    }

    void setOnPatched(Consumer<String> listener) {
        onPatched = listener == null ? id -> { } : listener;
    }

    void setOnLoaded(Runnable listener) {
        onLoaded = listener == null ? () -> { } : listener;
    }

    /**
     * What the page's script calls. Public with public methods: WebKit only lets JavaScript call
     * those. Calls arrive on the FX thread.
     */
    public final class Bridge {
        public void openLink(String url) {
            String scheme = url == null ? "" : url.replaceFirst(":.*", "").toLowerCase(Locale.ROOT);
            // Only web (and mail) addresses leave the preview; file: links to the card's folder do nothing.
            if (scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto")) {
                linkOpener.open(url);
            }
        }

        public void sectionScrolled(String sectionId) {
            onSectionScrolled.accept(sectionId);
        }
    }
}
