package dev.cardwright.render;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's inline parser with its two regex helpers rewritten to read positions straight from
 * the {@link Matcher}. The originals call {@code Matcher.toMatchResult()}, which on Java 17 copies
 * the whole input (JDK-8132995, fixed only in Java 20): one copy of the paragraph per code span,
 * so a table row with thousands of code spans (spaCy cards list their label schemes that way,
 * 150 KB on one line) took a minute to parse. With this, it takes milliseconds. Same results.
 */
final class LinearInlineParser extends InlineParserImpl {
    LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                       Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                       List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
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
