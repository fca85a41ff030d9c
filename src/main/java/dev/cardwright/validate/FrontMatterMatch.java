package dev.cardwright.validate;

import dev.cardwright.markdown.FrontMatterBlock;

/**
 * The front matter as huggingface_hub's pattern ({@code REGEX_YAML_BLOCK} in repocard.py, which
 * mirrors the Hub's own rule) splits it into groups: the opening fence with all its line breaks,
 * the YAML, and the line breaks and closing fence. Where the block is comes from
 * {@link FrontMatterBlock}, the one implementation of that rule, which the editor reads with too:
 * lint and the editor cannot disagree about whether a card has front matter (a no-break space
 * before the opening fence, for one, is white space to Python's {@code \s} in both).
 *
 * @param yamlStart where the YAML starts (the opening is {@code [0, yamlStart)})
 * @param yamlEnd   where it ends and the closing starts
 * @param end       where the closing, and the match, ends
 */
record FrontMatterMatch(int yamlStart, int yamlEnd, int end) {

    /** The match in {@code text}, or null when the text has no front matter by the Hub's rule. */
    static FrontMatterMatch find(String text) {
        return FrontMatterBlock.find(text).map(block -> of(text, block)).orElse(null);
    }

    /**
     * The pattern's groups around a block: its greedy opening takes every line break after the
     * fence, the lazy YAML ends where the run of line breaks before the closing fence starts.
     */
    private static FrontMatterMatch of(String text, FrontMatterBlock block) {
        int start = block.openingStart() + 3;
        while (start < block.closingStart() && isBreak(text.charAt(start))) {
            start++;
        }
        if (start == block.closingStart()) {
            // nothing between the fences: the closing group took back one of the opening's line breaks
            return new FrontMatterMatch(start - 1, start - 1, block.end());
        }
        int yamlEnd = block.closingStart();
        while (yamlEnd > start && isBreak(text.charAt(yamlEnd - 1))) {
            yamlEnd--;
        }
        return new FrontMatterMatch(start, yamlEnd, block.end());
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
