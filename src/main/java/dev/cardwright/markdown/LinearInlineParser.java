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
        Matcher matcher;
        try {
            matcher = find(re);
        } catch (BudgetedText.Exhausted e) {
            return re.pattern().startsWith(LINK_LABEL_START) ? linkLabelAtIndex() : null;
        } catch (StackOverflowError e) {
            // flexmark's comment pattern <!--(?:-?[^>-])(?:-?[^-])*--> recurses once per character:
            // a few KB of comment exhaust a default 1 MB thread stack (the editor's FX thread). The
            // same rule (CommonMark 0.29's HTML comment), without recursion.
            return htmlCommentAtIndex();
        }
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    private BasedSequence htmlCommentAtIndex() {
        int end = commentEnd(input, index);
        if (end < 0) {
            return null;
        }
        BasedSequence comment = input.subSequence(index, end);
        index = end;
        return comment;
    }

    /**
     * Where the HTML comment starting at {@code at} ends, or -1: {@code <!---->}, or {@code <!--}
     * text {@code -->} where the text does not start with {@code >} or {@code ->}, holds no
     * {@code --} and does not end with {@code -}.
     */
    static int commentEnd(CharSequence text, int at) {
        String s = text.toString();
        if (!s.startsWith("<!--", at)) {
            return -1;
        }
        int body = at + 4;
        if (s.startsWith("-->", body)) {
            return body + 3;
        }
        if (s.startsWith(">", body) || s.startsWith("->", body)) {
            return -1;
        }
        int dashes = s.indexOf("--", body);
        // the first "--" must close the comment; text right before it cannot end with "-", or "--" came sooner
        return dashes > body && s.startsWith("-->", dashes) ? dashes + 3 : -1;
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher;
        try {
            matcher = find(re);
        } catch (StackOverflowError | BudgetedText.Exhausted e) {
            return null; // as match(): a pattern that recursed too deep or backtracked too long matches nothing here
        }
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

    /**
     * flexmark's link label pattern (a bracket, up to 999 of: a character other than a backslash or
     * bracket, a backslash and an escapable character, or a lone backslash; a bracket) reads an
     * escaped character two ways (as an escape, or as a lone backslash and the character), so a
     * label that does not close backtracks through 2^n parses of its n escapes: a list item
     * starting with {@code [} before a table row of {@code \|} never finished (fuzz finding
     * 3039106079816069558). Every pattern runs on a budget of character reads; past it, a link label
     * is read by the loop below and any other pattern matches nothing.
     */
    private static final String LINK_LABEL_START = "^\\[";

    /** The spec's link label (CommonMark 0.29, 4.7): up to 999 characters, brackets only backslash-escaped. */
    private BasedSequence linkLabelAtIndex() {
        int end = linkLabelEnd(input, index);
        if (end < 0) {
            return null;
        }
        BasedSequence label = input.subSequence(index, end);
        index = end;
        return label;
    }

    static int linkLabelEnd(CharSequence text, int at) {
        if (at >= text.length() || text.charAt(at) != '[') {
            return -1;
        }
        int i = at + 1;
        for (int units = 0; i < text.length() && units < 1000; units++) {
            char c = text.charAt(i);
            if (c == ']') {
                return i + 1;
            }
            if (c == '[') {
                return -1;
            }
            i += c == '\\' && i + 1 < text.length() ? 2 : 1;
        }
        return -1;
    }

    /** Finds the pattern from the current index on and moves the index past the match. */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        // generous: a linear pattern reads each character a few times; only backtracking runs out
        Matcher matcher = re.matcher(new BudgetedText(input, 4_000_000L + 64L * (input.length() - index)));
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }
}
