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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.FileFormat;
import dev.cardwright.card.FrontMatter;
import dev.cardwright.card.LineEnding;
import dev.cardwright.card.Section;
import dev.cardwright.card.TextEncoding;

/**
 * Reads a card file for validation. Interim: a small README reader of its own (the Hub's
 * front-matter rule, ATX headings outside fenced code) until {@code markdown.ReadmeReader} and
 * {@code export.CardFiles} are merged, when this class delegates to them and gains card source
 * files.
 */
public final class CardLoader {
    /** Files larger than this are refused rather than read (the largest real card is a few hundred KB). */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    /** huggingface_hub's REGEX_YAML_BLOCK (repocard.py), which mirrors the Hub's own rule. */
    private static final Pattern FRONT_MATTER = Pattern.compile("^(\\s*---[\\r\\n]+)([\\S\\s]*?)([\\r\\n]+---(\\r\\n|\\n|$))");
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

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
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new CardFormatException(name, 1, 1, "file is " + size + " bytes; cards over " + MAX_BYTES + " bytes are not read");
        }
        if (name.endsWith(".card.yaml")) {
            throw new CardFormatException(name, 1, 1, "card source files are not validated yet (needs the card source reader)");
        }
        return read(Files.readAllBytes(file), name, file.toAbsolutePath().getParent());
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
            text = decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, skip, bytes.length - skip, encoding.charset());
            int bad = firstBadByte(bytes, skip);
            String before = new String(bytes, skip, Math.max(0, bad - skip), encoding.charset());
            int line = 1 + CardText.newlines(LineEnding.normalize(before));
            int column = LineEnding.normalize(before).length() - LineEnding.normalize(before).lastIndexOf('\n');
            problems.add(Rule.ENCODING_NOT_UTF8.at(line, column, null, null, "not valid " + encoding.charset().name() + " (byte " + bad + ")"));
        }
        Card card = new Card();
        card.setFormat(new FileFormat(encoding, LineEnding.LF));
        Matcher m = FRONT_MATTER.matcher(text);
        String body;
        if (m.find()) {
            card.setFrontMatter(FrontMatter.read(m.group(1), m.group(2), m.group(3)));
            body = text.substring(m.end());
        } else {
            body = text;
        }
        split(card, LineEnding.normalize(body));
        return new Loaded(CardText.ofReadme(card, name, directory), card.getCardType(), problems);
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

    /** Preamble and a section tree from ATX headings outside fenced code. */
    private static void split(Card card, String body) {
        List<int[]> headings = new ArrayList<>(); // start offset, level
        List<String> titles = new ArrayList<>();
        String fence = null;
        int start = 0;
        while (start < body.length()) {
            int end = body.indexOf('\n', start);
            end = end < 0 ? body.length() : end;
            String line = body.substring(start, end);
            Matcher f = BodyChecks.mayOpenFence(line) ? FENCE.matcher(line) : null;
            if (fence != null) {
                if (f != null && f.find() && f.group(1).charAt(0) == fence.charAt(0) && f.group(1).length() >= fence.length()
                        && line.strip().length() == f.group(1).length()) {
                    fence = null;
                }
            } else if (f != null && f.find()) {
                fence = f.group(1);
            } else if (line.indexOf('#') >= 0) {
                Matcher h = ATX.matcher(line);
                if (h.matches()) {
                    headings.add(new int[] {start, h.group(1).length()});
                    titles.add(h.group(2) == null ? "" : h.group(2).trim());
                }
            }
            start = end + 1;
        }
        card.setPreamble(headings.isEmpty() ? body : body.substring(0, headings.get(0)[0]));
        List<Section> stack = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            int s = headings.get(i)[0];
            int e = i + 1 < headings.size() ? headings.get(i + 1)[0] : body.length();
            int nl = body.indexOf('\n', s);
            int headEnd = nl < 0 || nl >= e ? e : nl + 1;
            int level = headings.get(i)[1];
            Section section = new Section(titles.get(i).toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-"),
                    level, body.substring(s, headEnd), titles.get(i), body.substring(headEnd, e));
            while (!stack.isEmpty() && stack.get(stack.size() - 1).getLevel() >= level) {
                stack.remove(stack.size() - 1);
            }
            if (stack.isEmpty()) {
                card.getSections().add(section);
            } else {
                stack.get(stack.size() - 1).getChildren().add(section);
            }
            stack.add(section);
        }
    }
}
