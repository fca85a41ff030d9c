package dev.cardwright.markdown;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.CharacterNodeFactory;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's inline parser with its two regex helpers rewritten to read positions straight from
 * the {@link Matcher}. In flexmark 0.64.8 the originals call {@code Matcher.toMatchResult()},
 * which on Java 17 copies the whole input (JDK-8132995, fixed only in Java 20): one copy of the
 * paragraph per code span, so a table row with thousands of code spans (spaCy cards list their
 * label schemes that way, 150 KB on one line) took close to a minute to parse. With this it takes
 * milliseconds, with the same results.
 * <p>
 * Two ways to install it: {@link #full} for rendering, and {@link #headingsOnly} for splitting
 * sections, which needs the inline content of headings only (for their titles). Block structure
 * is settled before inline parsing, so skipping the other blocks' inlines cannot change which
 * headings exist, and it takes a good part of the parse time away.
 */
public final class LinearInlineParser extends InlineParserImpl {
    private final boolean headingsOnly;
    private boolean custom;

    private LinearInlineParser(boolean headingsOnly, DataHolder options, BitSet specialCharacters,
            BitSet delimiterCharacters, Map<Character, DelimiterProcessor> delimiterProcessors,
            LinkRefProcessorData linkRefProcessors, List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
        this.headingsOnly = headingsOnly;
    }

    /**
     * Every inline parsed, reference definitions ({@code [x]: url}) included: flexmark adds its
     * reference-definition pre-processor only with its own inline parser factory
     * ({@code DocumentParser.calculateParagraphPreProcessors}), so with this one it is added here.
     */
    public static Parser.Builder full(Parser.Builder builder) {
        return builder.customInlineParserFactory((options, special, delimiters, processors, linkRefs, extensions) ->
                        new LinearInlineParser(false, options, special, delimiters, processors, linkRefs, extensions))
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
    }

    /** Inlines of headings only; other paragraphs keep their text unparsed. */
    public static Parser.Builder headingsOnly(Parser.Builder builder) {
        return builder.customInlineParserFactory((options, special, delimiters, processors, linkRefs, extensions) ->
                new LinearInlineParser(true, options, special, delimiters, processors, linkRefs, extensions));
    }

    @Override
    public void parse(BasedSequence input, Node block) {
        if (!headingsOnly || custom || block instanceof Heading) {
            super.parse(input, block);
        }
    }

    /** Extensions (tables) run the parser over text of their own; that must stay a full parse. */
    @Override
    public List<Node> parseCustom(BasedSequence input, Node node, BitSet customCharacters,
            Map<Character, CharacterNodeFactory> nodeFactoryMap) {
        boolean outer = custom;
        custom = true;
        try {
            return super.parseCustom(input, node, customCharacters, nodeFactoryMap);
        } finally {
            custom = outer;
        }
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = find(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = find(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        groups[0] = input.subSequence(matcher.start(), matcher.end());
        for (int i = 1; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }

    /** Finds the pattern from the current index on and moves the index past the match. */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }
}
