package dev.cardwright.render;

import java.util.List;

/**
 * Off-screen pieces of the live preview (rows of a long results table, charts below the first
 * few), held in {@code <template>} elements until the reader scrolls near them. A template's
 * content is parsed but neither styled nor laid out, so a card with ten thousand scores costs a
 * keystroke in another part no more than a small card does; the preview's script
 * ({@code preview.js}, {@code materialize}) swaps a template for its content when its place comes
 * into view. Exported pages, which must work without scripts, get everything inline.
 */
final class LaterChunks {
    /** The class of the templates the preview's script looks for. */
    static final String TEMPLATE_CLASS = "cw-later";

    private LaterChunks() {
    }

    /**
     * Appends {@code items}: the first {@code live} as they are, the rest in templates of
     * {@code chunk} items each. {@code live <= 0}: everything as it is.
     */
    static void append(StringBuilder out, List<String> items, int live, int chunk) {
        if (live <= 0 || items.size() <= live) {
            items.forEach(out::append);
            return;
        }
        for (int i = 0; i < live; i++) {
            out.append(items.get(i));
        }
        for (int start = live; start < items.size(); start += chunk) {
            out.append("<template class=\"").append(TEMPLATE_CLASS).append("\">");
            for (int i = start; i < Math.min(start + chunk, items.size()); i++) {
                out.append(items.get(i));
            }
            out.append("</template>");
        }
    }
}
