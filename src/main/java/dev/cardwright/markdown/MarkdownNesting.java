package dev.cardwright.markdown;

import java.util.Set;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;

import dev.cardwright.card.Limits;

/**
 * {@link Limits#MAX_MARKDOWN_DEPTH}: block quotes and lists nested deeper are refused. flexmark
 * matches every open container again on each line, scanning the line's indentation once per
 * container, so a 5,000-level list (each level indented two more spaces) took longer than two
 * minutes to render. The limit is enforced inside flexmark's own parse, so it counts exactly the
 * containers flexmark sees, and stops the parse at the first line that goes too deep.
 */
public final class MarkdownNesting {
    private MarkdownNesting() {
    }

    /** A container opened deeper than the limit; {@code line} and {@code column} count from 1 in the parsed text. */
    public static final class TooDeep extends RuntimeException {
        private final int line;
        private final int column;

        TooDeep(int line, int column) {
            super("block quotes and lists nest more than " + Limits.MAX_MARKDOWN_DEPTH + " deep", null, false, false);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /** Adds the depth check to the parser {@code builder} builds. */
    public static Parser.Builder install(Parser.Builder builder) {
        return builder.customBlockParserFactory(new Guard());
    }

    /**
     * Throws {@link TooDeep} when {@code markdown} nests containers beyond the limit. Cheap for
     * almost every text: each container level takes at least one character of the line it starts
     * on ({@code >}, a list marker, or indentation into a list item), so when no line starts with
     * more than the limit of such characters, nothing can be too deep and no parse is needed.
     */
    public static void check(String markdown) {
        if (longestContainerPrefix(markdown) > Limits.MAX_MARKDOWN_DEPTH) {
            SectionParser.parseMarkdown(markdown);
        }
    }

    /** The most characters any line starts with that could open or continue a container (a tab as four). */
    static int longestContainerPrefix(String text) {
        int longest = 0;
        int run = 0;
        boolean atStart = true;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                run = 0;
                atStart = true;
            } else if (atStart && (c == ' ' || c == '>' || c == '-' || c == '+' || c == '*' || c == '.' || c == ')'
                    || (c >= '0' && c <= '9'))) {
                run++;
            } else if (atStart && c == '\t') {
                run += 4;
            } else {
                atStart = false;
            }
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /**
     * Called by flexmark before it tries any block start, with the innermost open block that the
     * line continued; it starts nothing itself. Placed before the quote and list parsers, so
     * {@code >>>>…} on one line is stopped at the level past the limit, not after all of them.
     */
    private static final class Guard implements CustomBlockParserFactory {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            return (state, matched) -> {
                int depth = 0;
                for (Node node = matched.getBlockParser().getBlock(); node != null; node = node.getParent()) {
                    if ((node instanceof BlockQuote || node instanceof ListBlock) && ++depth > Limits.MAX_MARKDOWN_DEPTH) {
                        throw new TooDeep(state.getLineNumber() + 1, state.getIndex() + 1);
                    }
                }
                return BlockStart.none();
            };
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return Set.of(BlockQuoteParser.Factory.class, ListBlockParser.Factory.class);
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
