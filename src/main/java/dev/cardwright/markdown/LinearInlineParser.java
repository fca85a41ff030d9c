package dev.cardwright.markdown;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.block.CharacterNodeFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's inline parser with a workaround for quadratic time. In flexmark 0.64.8
 * {@code LightInlineParserImpl.match} calls {@code Matcher.toMatchResult()}, which copies the
 * whole input (the paragraph) into a new String on every match. The GFM table pre-processor runs
 * the inline parser over a whole table, so a spaCy card with a 200 KB table of {@code `labels`}
 * took close to a minute to read. Reading the bounds from the matcher directly gives the same
 * result in time proportional to the match.
 * <p>
 * Sections need the inline content of headings only (for their titles), so the inlines of every
 * other block are not parsed at all: block structure is settled before inline parsing, so this
 * cannot change which headings exist, and it takes a good part of the parse time away.
 */
final class LinearInlineParser extends InlineParserImpl {

    LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
    }

    private boolean custom;

    @Override
    public void parse(BasedSequence input, Node block) {
        if (custom || block instanceof Heading) {
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
        Matcher m = find(re);
        return m == null ? null : input.subSequence(m.start(), m.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher m = find(re);
        if (m == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[m.groupCount() + 1];
        groups[0] = input.subSequence(m.start(), m.end());
        for (int i = 1; i < groups.length; i++) {
            groups[i] = m.start(i) < 0 ? null : input.subSequence(m.start(i), m.end(i));
        }
        return groups;
    }

    /** Like the original: search from the current index and move the index past the match. */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher m = re.matcher(input);
        m.region(index, input.length());
        if (!m.find()) {
            return null;
        }
        index = m.end();
        return m;
    }
}
