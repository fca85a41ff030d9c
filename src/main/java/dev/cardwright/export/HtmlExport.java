package dev.cardwright.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import dev.cardwright.card.AtomicWrite;
import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.render.CardSnapshot;
import dev.cardwright.render.MarkdownRenderer;
import dev.cardwright.render.PageText;
import dev.cardwright.render.PreviewPage;

/**
 * The card as one self-contained HTML page to show people off the Hub: the same page as the
 * preview, with the style sheet inline, no script, and colours that follow the reader's system.
 * Relative links and images stay relative, so the page works when saved beside the README.
 */
public final class HtmlExport {
    private HtmlExport() {
    }

    /**
     * Writes the page beside the README in {@code dir}, named after it ({@code README.md} →
     * {@code README.html}), atomically; returns the file written.
     */
    public static Path export(Card card, Path dir) throws IOException {
        String readme = card.getExportSettings().getReadmeName();
        String name = fileName(card);
        if (CardFiles.outputNameProblem(name) != null) {
            throw new CardFormatException(dir.toString(), 1, 1, "export: readme_name '" + readme + "' must be a plain file name");
        }
        Path target = dir.resolve(name);
        AtomicWrite.write(target, toHtml(card).getBytes(StandardCharsets.UTF_8));
        return target;
    }

    /** The page's file name: the README's with {@code .html} for {@code .md}. */
    public static String fileName(Card card) {
        String readme = card.getExportSettings().getReadmeName();
        String base = readme == null || readme.isBlank() ? "README" : readme.replaceFirst("(?i)\\.(md|markdown)$", "");
        return base + ".html";
    }

    public static String toHtml(Card card) {
        return toHtml(card, PageText.ENGLISH);
    }

    public static String toHtml(Card card, PageText text) {
        return new PreviewPage(new MarkdownRenderer(), text).page(CardSnapshot.of(card), PreviewPage.Options.standalone());
    }
}
