package dev.cardwright.export;

import dev.cardwright.card.Card;
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

    public static String toHtml(Card card) {
        return toHtml(card, PageText.ENGLISH);
    }

    public static String toHtml(Card card, PageText text) {
        return new PreviewPage(new MarkdownRenderer(), text).page(CardSnapshot.of(card), PreviewPage.Options.standalone());
    }
}
