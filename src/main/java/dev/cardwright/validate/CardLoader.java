package dev.cardwright.validate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.LineEnding;
import dev.cardwright.card.TextEncoding;
import dev.cardwright.markdown.HeadingScanner;
import dev.cardwright.yaml.CardSourceFile;

/**
 * Reads a card file for validation: a card source file through {@link CardSourceFile} (placed
 * back into its own lines by {@link CardSourcePlacement}), a README with a lean reader of its
 * own. The README reader applies the Hub's front-matter rule and finds top-level headings with
 * {@link HeadingScanner} (line by line): lint reads thousands of cards per second this way,
 * where a full Markdown parse (markdown.ReadmeReader, flexmark) costs far more and can take
 * seconds on pathological tables. Encoding problems become diagnostics here, not refusals.
 */
public final class CardLoader {
    /** Files larger than this are refused rather than read (the largest real card is a few hundred KB). */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** A card ready to validate, and what reading it found (undecodable bytes). */
    public record Loaded(CardText text, String cardType, List<Diagnostic> problems) {
    }

    private CardLoader() {
    }

    /** Reads a file; {@code name} is how diagnostics name it (the path as the user gave it). */
    public static Loaded load(Path file, String name) throws IOException {
        if (java.nio.file.Files.isDirectory(file)) {
            throw new CardFormatException(name, 1, 1, "is a directory (lint checks a directory)");
        }
        byte[] bytes;
        try {
            bytes = dev.cardwright.card.Limits.readFile(file);
        } catch (CardFormatException e) {
            throw new CardFormatException(name, e.line(), e.column(), e.getMessage(), e);
        }
        Path directory = file.toAbsolutePath().getParent();
        if (CardSourceFile.isCardSource(file)) {
            String source = new String(bytes, StandardCharsets.UTF_8);
            Card card = CardSourceFile.parse(source, name);
            return new Loaded(CardSourcePlacement.place(card, LineEnding.normalize(source), name, directory), card.getCardType(), List.of());
        }
        if (!EvalResultsValidator.isEvalResultsFile(file)) {
            // the same refusal as import: UTF-16 without a byte order mark is not silently "clean"
            dev.cardwright.markdown.DecodedText.refuseBinary(bytes, name);
        }
        return read(bytes, name, directory);
    }

    public static Loaded read(byte[] bytes, String name, Path directory) {
        List<Diagnostic> problems = new ArrayList<>();
        TextEncoding encoding = TextEncoding.UTF_8;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            encoding = TextEncoding.UTF_8_BOM;
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            encoding = TextEncoding.UTF_16LE_BOM;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            encoding = TextEncoding.UTF_16BE_BOM;
            skip = 2;
        }
        String text;
        CharsetDecoder decoder = encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            // String's own UTF-8 decoding is several times faster than a CharsetDecoder; it replaces bad
            // bytes by U+FFFD, so only a text with a U+FFFD in it (nearly never) is decoded again to find out.
            text = encoding.charset() == StandardCharsets.UTF_8 ? new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8) : null;
            if (text == null || text.indexOf('\uFFFD') >= 0) {
                text = decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
            }
        } catch (CharacterCodingException e) {
            text = new String(bytes, skip, bytes.length - skip, encoding.charset());
            int bad = firstBadByte(bytes, skip);
            String before = new String(bytes, skip, Math.max(0, bad - skip), encoding.charset());
            int line = 1 + CardText.newlines(LineEnding.normalize(before));
            int column = LineEnding.normalize(before).length() - LineEnding.normalize(before).lastIndexOf('\n');
            problems.add(Rule.ENCODING_NOT_UTF8.at(line, column, null, null, "not valid " + encoding.charset().name() + " (byte " + bad + ")"));
        }
        // Built straight into CardText (no observable Card): lint reads thousands of files.
        FrontMatterMatch m = FrontMatterMatch.find(text);
        TextBlock frontMatter = null;
        String body = text;
        int bodyLine = 1;
        if (m != null) {
            String yaml = LineEnding.normalize(text.substring(m.yamlStart(), m.yamlEnd()));
            int yamlLine = 1 + CardText.newlines(LineEnding.normalize(text.substring(0, m.yamlStart())));
            frontMatter = new TextBlock(yaml, yamlLine, 0);
            bodyLine = yamlLine + CardText.newlines(yaml) + CardText.newlines(LineEnding.normalize(text.substring(m.yamlEnd(), m.end())));
            body = text.substring(m.end());
        }
        String normalized = LineEnding.normalize(body);
        try {
            dev.cardwright.markdown.MarkdownNesting.check(normalized);
        } catch (dev.cardwright.markdown.MarkdownNesting.TooDeep e) {
            problems.add(Rule.MARKDOWN_TOO_DEEP.at(bodyLine + e.line() - 1, e.column(), null, null,
                    String.valueOf(dev.cardwright.card.Limits.MAX_MARKDOWN_DEPTH)));
        }
        CardText card = split(normalized, bodyLine, name, directory, encoding, frontMatter);
        return new Loaded(card, "model", problems);
    }

    private static int firstBadByte(byte[] bytes, int from) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int lo = from;
        int hi = bytes.length;
        while (hi - lo > 1) { // the longest prefix that decodes
            int mid = (lo + hi) >>> 1;
            try {
                d.reset().decode(ByteBuffer.wrap(bytes, from, mid - from));
                lo = mid;
            } catch (CharacterCodingException e) {
                hi = mid;
            }
        }
        return Math.max(from, lo - 3);
    }

    /**
     * Preamble and a section tree from the top-level headings {@link HeadingScanner} finds (the
     * editor's rule, checked against flexmark), placed from {@code firstLine} on. A {@code ---}
     * line before YAML keys stays in the preamble, to be reported as a misplaced front matter.
     */
    private static CardText split(String body, int firstLine, String name, Path directory, TextEncoding encoding, TextBlock frontMatter) {
        List<HeadingScanner.Heading> headings = HeadingScanner.scan(body, true);
        int n = body.length();
        TextBlock preamble = new TextBlock(headings.isEmpty() ? body : body.substring(0, headings.get(0).start()), firstLine, 0);
        List<CardText.SectionText> roots = new ArrayList<>();
        List<Object[]> stack = new ArrayList<>(); // level, children list
        for (int i = 0; i < headings.size(); i++) {
            HeadingScanner.Heading h = headings.get(i);
            int textEnd = i + 1 < headings.size() ? headings.get(i + 1).start() : n;
            int textStart = Math.min(h.end(), textEnd);
            int line = firstLine + h.line();
            List<CardText.SectionText> children = new ArrayList<>();
            CardText.SectionText section = new CardText.SectionText(slug(h.title()), h.title(), h.level(), line,
                    new TextBlock(body.substring(textStart, textEnd), line + 1, 0), children);
            while (!stack.isEmpty() && (int) stack.get(stack.size() - 1)[0] >= h.level()) {
                stack.remove(stack.size() - 1);
            }
            if (stack.isEmpty()) {
                roots.add(section);
            } else {
                @SuppressWarnings("unchecked")
                List<CardText.SectionText> parent = (List<CardText.SectionText>) stack.get(stack.size() - 1)[1];
                parent.add(section);
            }
            stack.add(new Object[] {h.level(), children});
        }
        return new CardText(name, directory, encoding, frontMatter, preamble, roots);
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
    }
}
