package dev.cardwright.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;


import dev.cardwright.yaml.YamlReader;

/**
 * The HTML page of a card, styled like the Hub's model card page: a header with the metadata as
 * tags, then one {@code <section data-section-id="…">} per part of the body (the preamble, then
 * every section), so that one part can be rendered again and swapped in without touching the
 * others. The pieces ({@link #partHtml}, {@link #metadataHtml}) are what the live preview patches in.
 * Thread-safe: rendering runs off the UI thread.
 */
public final class PreviewPage {
    /** Which colours the page uses; {@code AUTO} follows the reader's system (for exported pages). */
    public enum Theme { LIGHT, DARK, AUTO }

    /**
     * How the page is built.
     *
     * @param baseUri     where relative links and images resolve (the card's folder), or {@code null}
     * @param interactive whether the page carries the preview's script (patching, scroll reports,
     *                    link handling); exported pages carry none
     */
    public record Options(String baseUri, boolean interactive, Theme theme) {
        public static Options standalone() {
            return new Options(null, false, Theme.AUTO);
        }
    }

    public static final String METADATA_ID = "cw-metadata";
    private static final String CSS = resource("card.css");
    private static final String SCRIPT = resource("preview.js");

    private final MarkdownRenderer renderer;
    private final PageText text;

    public PreviewPage(MarkdownRenderer renderer, PageText text) {
        this.renderer = Objects.requireNonNull(renderer);
        this.text = Objects.requireNonNull(text);
    }

    private java.util.Map<String, String> evalLabels = EvalPanel.ENGLISH;

    /** The words of the evaluation panel ({@link EvalPanel#html}: title, benchmark, task, metric, value, format, verified, source); English by default. */
    public PreviewPage withEvalLabels(java.util.Map<String, String> labels) {
        this.evalLabels = java.util.Map.copyOf(labels);
        return this;
    }

    /** Rows of the results table, and charts, shown before the rest waits for the reader to scroll near it (0: no waiting). */
    private int liveRows;
    private int liveCharts;

    /**
     * For the live preview: rows of the results table after the first hundred and charts after
     * the first six are held back until scrolled near ({@link LaterChunks}), so that a card with
     * thousands of scores types as fast as any other.
     */
    public PreviewPage withLazyPanels() {
        this.liveRows = 100;
        this.liveCharts = 6;
        return this;
    }

    /** The evaluation panel alone ("" when there are no rows), to patch into a shown page. */
    public String evalPanelHtml(List<EvalPanel.Row> rows) {
        return EvalPanel.html(rows, evalLabels, liveRows);
    }

    /** The whole page. */
    public String page(CardSnapshot card, Options options) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<!DOCTYPE html>\n<html data-theme=\"").append(options.theme().name().toLowerCase()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        if (options.baseUri() != null) {
            out.append("<base href=\"").append(escape(options.baseUri())).append("\">\n");
        }
        out.append("<title>").append(escape(title(card))).append("</title>\n");
        out.append("<style>\n").append(CSS).append("</style>\n");
        if (options.interactive()) {
            out.append("<script>\n").append(SCRIPT).append("</script>\n");
        }
        out.append("</head>\n<body>\n<article class=\"cw-card\">\n");
        out.append("<header class=\"cw-metadata\" id=\"").append(METADATA_ID).append("\">")
                .append(metadataHtml(card.metadataYaml())).append("</header>\n");
        out.append(evalPanelHtml(card.evalResults()));
        out.append("<div class=\"cw-body\">\n");
        String references = card.referenceDefinitions();
        for (CardSnapshot.Part part : card.parts()) {
            out.append("<section data-section-id=\"").append(escape(part.id())).append("\">")
                    .append(partHtml(part.markdown(), references)).append("</section>\n");
        }
        out.append("</div>\n</article>\n</body>\n</html>\n");
        return out.toString();
    }

    /**
     * The inner HTML of one part's {@code <section>}. {@code references} are the card's link
     * reference definitions ({@link CardSnapshot#referenceDefinitions()}); they render to nothing
     * themselves but let {@code [text][name]} links in this part resolve.
     */
    public String partHtml(String markdown, String references) {
        if (references == null || references.isEmpty()) {
            return renderer.render(markdown);
        }
        return renderer.render(markdown + "\n\n" + references);
    }

    /** The inner HTML of the metadata header: tags, or a notice when the YAML does not parse. */
    public String metadataHtml(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            return "";
        }
        Object data;
        try {
            data = YamlReader.load(yaml);
        } catch (RuntimeException e) { // YamlEngineException, or a limit hit: the preview must still show the text
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip().lines().findFirst().orElse("");
            return notice(message);
        }
        if (data == null) {
            return "";
        }
        if (!(data instanceof Map<?, ?> map)) {
            return notice("not a mapping");
        }
        StringBuilder out = new StringBuilder();
        out.append("<div class=\"cw-tags\">");
        // The order the Hub shows them in: task first, then library, then languages, license, data.
        tags(out, "pipeline", null, map.get("pipeline_tag"));
        tags(out, "library", null, map.get("library_name"));
        tags(out, "language", text.languages(), map.get("language"));
        tags(out, "license", text.license(), map.get("license"));
        tags(out, "dataset", text.datasets(), map.get("datasets"));
        tags(out, "base-model", text.baseModel(), map.get("base_model"));
        tags(out, "metric", text.metrics(), map.get("metrics"));
        tags(out, "keywords", null, map.get("tags"));
        out.append("</div>");
        out.append(charts(map.get("model-index")));
        return out.toString();
    }

    /** The results as bar charts (docs/charts.md); none when model-index is absent or not its shape (validation says why). */
    private String charts(Object modelIndex) {
        try {
            return EvalChartSvg.charts(EvalChartData.of(dev.cardwright.yaml.ModelIndexCodec.read(modelIndex)), liveCharts);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private String notice(String message) {
        return "<p class=\"cw-notice\">" + escape(text.invalidMetadata().replace("{0}", message)) + "</p>";
    }

    private static void tags(StringBuilder out, String kind, String label, Object value) {
        List<String> values = values(value);
        if (values.isEmpty()) {
            return;
        }
        out.append("<span class=\"cw-tag-group cw-").append(kind).append("\">");
        if (label != null) {
            out.append("<span class=\"cw-tag-label\">").append(escape(label)).append("</span>");
        }
        for (String v : values) {
            out.append("<span class=\"cw-tag\">").append(escape(v)).append("</span>");
        }
        out.append("</span>");
    }

    /** Scalars and lists of scalars as strings; anything nested is not a tag and is left out. */
    private static List<String> values(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item != null && !(item instanceof Map) && !(item instanceof List)) {
                    out.add(String.valueOf(item));
                }
            }
        } else if (value != null && !(value instanceof Map)) {
            out.add(String.valueOf(value));
        }
        out.removeIf(String::isBlank);
        return out;
    }

    private String title(CardSnapshot card) {
        return card.parts().stream()
                .filter(p -> p.level() == 1 && !p.title().isBlank())
                .map(CardSnapshot.Part::title)
                .findFirst().orElse(text.untitled());
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = PreviewPage.class.getResourceAsStream("/dev/cardwright/preview/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/cardwright/preview/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
