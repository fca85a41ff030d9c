package dev.cardwright.markdown;

import java.util.List;
import java.util.Set;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;

/**
 * flexmark's heading parser, made linear on long paragraphs. In flexmark 0.64.8 its
 * {@code tryStart} asks for the whole text of the open paragraph on every line, before it even
 * looks at the line, and that text is rebuilt from the paragraph's lines each time: a paragraph
 * of N lines costs O(N²) (100,000 image lines, 1.2 MB, took two minutes to render). The
 * answer is only ever tested against null (whether a paragraph is open, so that {@code ---}
 * can underline it); the heading's text comes from the paragraph's line list. So the same
 * parser runs here with a paragraph content that is a constant stand-in, non-null exactly when
 * flexmark's would be. Everything else, including which lines are headings, is flexmark's own.
 */
public final class LazyParagraphHeadings implements CustomBlockParserFactory {
    private final HeadingParser.Factory headings = new HeadingParser.Factory();

    private LazyParagraphHeadings() {
    }

    /** Replaces flexmark's core heading parser of {@code builder} with this one. */
    public static Parser.Builder install(Parser.Builder builder) {
        builder.set(Parser.HEADING_PARSER, false);
        return builder.customBlockParserFactory(new LazyParagraphHeadings());
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory factory = headings.apply(options);
        return (state, matched) -> factory.tryStart(state, new StandInParagraph(matched));
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return headings.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return headings.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return headings.affectsGlobalScope();
    }

    @Override
    public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
        return headings.getLeadInHandler(options);
    }

    /** The matched parser as flexmark gives it, but the paragraph's text is never assembled. */
    private record StandInParagraph(MatchedBlockParser matched) implements MatchedBlockParser {
        @Override
        public BlockParser getBlockParser() {
            return matched.getBlockParser();
        }

        @Override
        public BasedSequence getParagraphContent() {
            return matched.getBlockParser().isParagraphParser() ? BasedSequence.EMPTY : null;
        }

        @Override
        public List<BasedSequence> getParagraphLines() {
            return matched.getParagraphLines();
        }

        @Override
        public List<Integer> getParagraphEolLengths() {
            return matched.getParagraphEolLengths();
        }

        @Override
        public MutableDataHolder getParagraphDataHolder() {
            return matched.getParagraphDataHolder();
        }
    }
}
