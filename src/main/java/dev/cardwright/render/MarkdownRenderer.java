package dev.cardwright.render;

import java.util.List;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

import dev.cardwright.card.Limits;
import dev.cardwright.markdown.LazyParagraphHeadings;
import dev.cardwright.markdown.LinearInlineParser;
import dev.cardwright.markdown.MarkdownBlocks;
import dev.cardwright.markdown.MarkdownNesting;

/**
 * Markdown → safe HTML, the way the Hub shows a card: GitHub-flavoured tables, strikethrough,
 * autolinks and task lists, headings with GitHub-style ids, raw HTML passed through the
 * {@link HtmlSanitizer}. Parser and renderer are immutable once built, so one instance serves
 * every render thread.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer;

    public MarkdownRenderer() {
        this(new HtmlSanitizer());
    }

    public MarkdownRenderer(HtmlSanitizer sanitizer) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                TaskListExtension.create(), AutolinkExtension.create()));
        // GFM table rules: a table needs a header separator matching its columns; extra or
        // missing cells are tolerated the way GitHub does.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        // Task boxes as characters: the sanitizer lets no <input> through, and the boxes are not
        // meant to be ticked in the preview anyway.
        options.set(TaskListExtension.ITEM_DONE_MARKER, "<span class=\"task-done\">\u2611</span> ");
        options.set(TaskListExtension.ITEM_NOT_DONE_MARKER, "<span class=\"task-open\">\u2610</span> ");
        // Ids such as "model-details", so in-page links written for the Hub (#model-details) work.
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS, " -");
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NON_ASCII_TO_LOWERCASE, true);
        this.parser = MarkdownNesting.install(LazyParagraphHeadings.install(LinearInlineParser.full(Parser.builder(options)))).build();
        this.renderer = HtmlRenderer.builder(options).build();
        this.sanitizer = sanitizer;
    }

    /** Sanitized HTML for a piece of Markdown (a section, the preamble, a whole body). */
    public String render(String markdown) {
        if (markdown != null && MarkdownBlocks.moreThan(markdown, Limits.MAX_MARKDOWN_BLOCKS)) {
            // more blocks than a parse may hold in memory
            return asWritten("too-many-blocks", markdown);
        }
        try {
            return sanitizer.sanitize(renderUnsafe(markdown));
        } catch (MarkdownNesting.TooDeep e) {
            // Files this deep are refused when read; this is text being typed in the editor (or a
            // card source, which must always open again), whose preview keeps showing it.
            return asWritten("too-deep", markdown);
        }
    }

    /** Text that cannot be rendered, shown as written, so none of it is lost from the page. */
    private static String asWritten(String why, String markdown) {
        return "<pre class=\"" + why + "\">" + org.jsoup.nodes.Entities.escape(markdown) + "</pre>";
    }

    /** flexmark's output before sanitizing; raw HTML in the Markdown is still in it. */
    public String renderUnsafe(String markdown) {
        return renderer.render(parser.parse(markdown == null ? "" : markdown));
    }
}
