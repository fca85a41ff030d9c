package dev.cardwright.validate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body rules, run over each piece of Markdown line by line: text inside fenced code blocks
 * and inline code spans is code, not prose, so only BibTeX blocks are looked into there.
 */
final class BodyChecks {
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)\\[More Information Needed]");
    /** A Python list repr as {@code str(list)} renders it, the way templates fed lists show them. */
    private static final Pattern PY_LIST = Pattern.compile("\\[\\s*'[^'\\n\\]]*'(?:\\s*,\\s*'[^'\\n\\]]*')*\\s*](?!\\()");
    private static final Pattern PY_ITEM = Pattern.compile("'([^'\\n]*)'");
    private static final Pattern MD_LINK = Pattern.compile("(!?)\\[[^\\]\\n]*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\"|\\s+'[^']*')?\\s*\\)");
    private static final Pattern HTML_LINK = Pattern.compile("(?i)<(img|a|source|video)\\b[^>]*?\\s(?:src|href)\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern FENCE = Pattern.compile("^( {0,3})(`{3,}|~{3,})\\s*([^`\\s]*)");
    private static final Set<String> GUIDANCE = loadFingerprints();

    private final Findings out;
    private final Path directory;
    // One matcher per pattern for the whole card, reset for each line (most lines need none of them).
    private final Matcher placeholder = PLACEHOLDER.matcher("");
    private final Matcher pyList = PY_LIST.matcher("");
    private final Matcher mdLink = MD_LINK.matcher("");
    private final Matcher htmlLink = HTML_LINK.matcher("");

    BodyChecks(Findings out, Path directory) {
        this.out = out;
        this.directory = directory;
    }

    void check(TextBlock block, boolean inCitation) {
        String text = block.text();
        int n = text.length();
        int lineIndex = 0;
        int start = 0;
        String fence = null;
        boolean collect = false;
        boolean bibtexInfo = false;
        StringBuilder code = null;
        int codeLine = 0;
        // Positions of the next '[' and '<': most lines have neither and are skipped without a copy.
        int nextBracket = text.indexOf('[');
        int nextAngle = text.indexOf('<');
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            if (fence != null) {
                if (mayOpenFence(text, start, end) && closesFence(text.substring(start, end), fence)) {
                    if (collect && (bibtexInfo || code.toString().stripLeading().startsWith("@"))) {
                        int first = codeLine;
                        new BibtexCheck(code.toString()).firstProblem().ifPresent(p ->
                                out.at(block, first + p.line(), p.column(), Rule.BIBTEX_INVALID, null, p.message()));
                    }
                    fence = null;
                } else if (collect) {
                    code.append(text, start, end).append('\n');
                }
            } else if (mayOpenFence(text, start, end)) {
                Matcher f = FENCE.matcher(text.substring(start, end));
                if (f.find()) {
                    fence = f.group(2);
                    String info = f.group(3).toLowerCase(Locale.ROOT);
                    bibtexInfo = info.equals("bibtex") || info.equals("bib") || info.equals("biblatex");
                    collect = bibtexInfo || inCitation;
                    code = collect ? new StringBuilder() : null;
                    codeLine = lineIndex + 1;
                } else {
                    scanLine(block, lineIndex, text.substring(start, end));
                }
            } else {
                if (nextBracket >= 0 && nextBracket < start) {
                    nextBracket = text.indexOf('[', start);
                }
                if (nextAngle >= 0 && nextAngle < start) {
                    nextAngle = text.indexOf('<', start);
                }
                boolean interesting = (nextBracket >= 0 && nextBracket < end) || (nextAngle >= 0 && nextAngle < end);
                if (interesting) {
                    String line = text.substring(start, end);
                    int open = lastUnclosedComment(line);
                    if (open >= 0) {
                        scanLine(block, lineIndex, line.substring(0, open));
                        // Skip to the end of the comment; lines inside it are not prose.
                        int close = text.indexOf("-->", start + open + 4);
                        int stop = close < 0 ? n : close;
                        guidance(block, text.substring(start + open + 4, stop), lineIndex, open);
                        if (close < 0) {
                            return;
                        }
                        for (int i = start; i < close; i++) {
                            if (text.charAt(i) == '\n') {
                                lineIndex++;
                                start = i + 1;
                            }
                        }
                        end = text.indexOf('\n', close);
                        end = end < 0 ? n : end;
                        String rest = text.substring(close + 3, end);
                        scanProse(block, lineIndex, blankComments(" ".repeat(close + 3 - start) + rest));
                    } else {
                        scanLine(block, lineIndex, line);
                    }
                }
            }
            lineIndex++;
            start = end + 1;
        }
    }

    /** Cheap test before the fence pattern: a fence starts with ` or ~ after at most three spaces. */
    static boolean mayOpenFence(String text, int start, int end) {
        int i = start;
        while (i < end && i - start < 3 && text.charAt(i) == ' ') {
            i++;
        }
        return i < end && (text.charAt(i) == '`' || text.charAt(i) == '~');
    }

    /** A closing fence: the same character, at least as many, nothing else on the line (CommonMark). */
    private static boolean closesFence(String line, String fence) {
        String t = line.strip();
        return t.length() >= fence.length() && line.length() - line.stripLeading().length() <= 3
                && t.chars().allMatch(c -> c == fence.charAt(0));
    }

    /** Index of a {@code <!--} that is not closed on this line, or -1. */
    private static int lastUnclosedComment(String line) {
        int open = line.lastIndexOf("<!--");
        return open >= 0 && line.indexOf("-->", open + 4) < 0 ? open : -1;
    }

    private void scanLine(TextBlock block, int lineIndex, String line) {
        int from = 0;
        for (int open = line.indexOf("<!--"); open >= 0; open = line.indexOf("<!--", from)) {
            int close = line.indexOf("-->", open + 4);
            if (close < 0) {
                break;
            }
            guidance(block, line.substring(open + 4, close), lineIndex, open);
            from = close + 3;
        }
        scanProse(block, lineIndex, blankComments(line));
    }

    private void scanProse(TextBlock block, int lineIndex, String line) {
        if (line.isBlank()) {
            return;
        }
        if (line.indexOf('[') < 0 && line.indexOf('<') < 0) {
            return; // no placeholder, list repr or link can be on this line
        }
        String prose = blankCodeSpans(line);
        Matcher m;
        if (prose.indexOf("[M") >= 0 || prose.indexOf("[m") >= 0) {
            m = placeholder.reset(prose);
            while (m.find()) {
                out.at(block, lineIndex, m.start(), Rule.PLACEHOLDER_LEFT, null, m.group());
            }
        }
        if (prose.indexOf('\'') >= 0 && prose.indexOf('[') >= 0) {
            m = pyList.reset(prose);
            while (m.find()) {
                StringBuilder items = new StringBuilder();
                Matcher item = PY_ITEM.matcher(m.group());
                while (item.find()) {
                    items.append(items.length() == 0 ? "" : ", ").append(item.group(1));
                }
                out.at(block, lineIndex, m.start(), Rule.PYTHON_LIST_REPR, items.toString(), m.group(), items);
            }
        }
        if (directory != null) {
            if (prose.indexOf("](") >= 0) {
                m = mdLink.reset(prose);
                while (m.find()) {
                    link(block, lineIndex, m.start(2), m.group(2), m.group(1).isEmpty() ? "link" : "image");
                }
            }
            if (prose.indexOf('<') >= 0) {
                m = htmlLink.reset(prose);
                while (m.find()) {
                    link(block, lineIndex, m.start(2), m.group(2), m.group(1).equalsIgnoreCase("a") ? "link" : "image");
                }
            }
        }
    }

    private void link(TextBlock block, int lineIndex, int column, String target, String kind) {
        if (target.isEmpty() || target.startsWith("#") || target.startsWith("/") || target.contains("{{")
                || target.indexOf(':') >= 0 && target.indexOf(':') < firstOf(target, '/', '?', '#')) {
            return; // anchors, site-absolute paths, templates, and anything with a scheme (http:, mailto:, data:)
        }
        String path = target;
        int cut = firstOf(path, '#', '?');
        path = path.substring(0, cut);
        if (path.isEmpty()) {
            return;
        }
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            if (!Files.exists(directory.resolve(path))) {
                out.at(block, lineIndex, column, Rule.LINK_BROKEN, null, kind, target);
            }
        } catch (IllegalArgumentException e) { // bad %-escape, or InvalidPathException
            out.at(block, lineIndex, column, Rule.LINK_BROKEN, null, kind, target);
        }
    }

    private static int firstOf(String s, char... chars) {
        int best = s.length();
        for (char c : chars) {
            int i = s.indexOf(c);
            if (i >= 0 && i < best) {
                best = i;
            }
        }
        return best;
    }

    private void guidance(TextBlock block, String comment, int lineIndex, int column) {
        if (GUIDANCE.contains(fingerprint(comment))) {
            out.at(block, lineIndex, column, Rule.TEMPLATE_COMMENT_LEFT, null);
        }
    }

    /** Replaces complete comments by spaces so that columns stay right. */
    private static String blankComments(String line) {
        if (line.indexOf("<!--") < 0) {
            return line;
        }
        StringBuilder b = new StringBuilder(line);
        int from = 0;
        for (int open = b.indexOf("<!--", from); open >= 0; open = b.indexOf("<!--", from)) {
            int close = b.indexOf("-->", open + 4);
            int end = close < 0 ? b.length() : close + 3;
            for (int i = open; i < end; i++) {
                b.setCharAt(i, ' ');
            }
            from = end;
        }
        return b.toString();
    }

    /** Replaces the contents of inline code spans by spaces (CommonMark: a run of n backticks closes with n). */
    static String blankCodeSpans(String line) {
        if (line.indexOf('`') < 0) {
            return line;
        }
        StringBuilder b = new StringBuilder(line);
        int i = 0;
        while (i < b.length()) {
            if (b.charAt(i) != '`') {
                i++;
                continue;
            }
            int run = 0;
            while (i + run < b.length() && b.charAt(i + run) == '`') {
                run++;
            }
            String ticks = "`".repeat(run);
            int close = b.indexOf(ticks, i + run);
            if (close < 0) {
                break;
            }
            for (int k = i; k < close + run; k++) {
                b.setCharAt(k, ' ');
            }
            i = close + run;
        }
        return b.toString();
    }

    static String fingerprint(String comment) {
        String normalized = String.join(" ", comment.toLowerCase(Locale.ROOT).trim().split("\\s+"));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Set<String> loadFingerprints() {
        Set<String> set = new HashSet<>();
        try (InputStream in = BodyChecks.class.getResourceAsStream("/dev/cardwright/vocab/template-comments.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource missing: template-comments.tsv");
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].startsWith("#") && !lines[i].startsWith("fingerprint") && !lines[i].isBlank()) {
                    set.add(lines[i].split("\t")[0]);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Set.copyOf(set);
    }
}
