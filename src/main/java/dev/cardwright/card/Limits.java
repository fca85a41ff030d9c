package dev.cardwright.card;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The bounds on what Cardwright reads, in one place, so hostile input costs bounded time and
 * memory everywhere (command line and editor alike). Each is far above what real cards need: the
 * largest card of the corpus is under 1 MB, its front matter a few hundred KB, its YAML fewer
 * than 15 levels deep. {@code yaml.YamlLimits} applies the YAML ones.
 */
public final class Limits {
    /** Bytes of a README or card source file. */
    public static final int MAX_FILE_BYTES = 32 * 1024 * 1024;
    /** Characters of one YAML document (front matter, a card source). */
    public static final int MAX_YAML_CHARS = 32 * 1024 * 1024;
    /** Characters of the front matter block of a README. */
    public static final int MAX_FRONT_MATTER_CHARS = 4 * 1024 * 1024;
    /** Nesting of YAML collections (and, by indentation, of a card source's sections). */
    public static final int MAX_YAML_DEPTH = 200;
    /** Nodes a YAML tree may hold with every alias expanded. */
    public static final long MAX_EXPANDED_NODES = 1_000_000;
    /**
     * Values (list items, keys, scalars) one YAML document may spell out. The largest front
     * matter of the corpus holds 54,726 (600 KB of model-index); composing costs about 30 µs and
     * a few hundred bytes a value, so a million took 30 s and more than 256 MB.
     */
    public static final int MAX_YAML_NODES = 300_000;
    /** Nesting of Markdown containers (block quotes, lists) in one section. */
    public static final int MAX_MARKDOWN_DEPTH = 100;
    /**
     * Blocks (paragraphs, list items, quotes, table rows) one piece of Markdown may start when it
     * is rendered, as {@code markdown/MarkdownBlocks} estimates them (a list item and its
     * paragraph are two). flexmark keeps about half a kilobyte a block while it parses: 150,000
     * list items took 134 MB of heap, and a million (4 MB of {@code - a}) ran a 256 MB heap out.
     * Text with more is shown as written instead, so nothing is lost.
     */
    public static final int MAX_MARKDOWN_BLOCKS = 200_000;
    /**
     * Headings (sections) of one card. The largest card of the corpus has 107; each section is a
     * set of observable properties, so 100,000 identical headings (800 KB) needed more than 256 MB.
     */
    public static final int MAX_SECTIONS = 10_000;
    /** Characters of the output of one template render. */
    public static final int MAX_RENDER_CHARS = 32 * 1024 * 1024;
    /**
     * Time a template may take to render. Jinjava bounds its output but not the work of macros
     * whose output it throws away or doubles (a chain of 39 macros each calling the one before
     * twice ran for minutes); real templates render in milliseconds.
     */
    public static final long MAX_RENDER_MILLIS = Long.getLong("cardwright.render.maxMillis", 10_000L);

    private Limits() {
    }

    /**
     * The bytes of a card file, read with a bound. The kind of file is checked first: a device
     * ({@code /dev/zero}), a FIFO or a folder is refused rather than read until memory runs out.
     */
    public static byte[] readFile(Path file) throws CardFormatException {
        String name = file.toString();
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            if (attrs.isDirectory()) {
                throw new CardFormatException(name, 1, 1, "is a folder, not a card file");
            }
            if (!attrs.isRegularFile()) {
                throw new CardFormatException(name, 1, 1, "is not a regular file (a device, pipe or socket); give a file");
            }
            if (attrs.size() > MAX_FILE_BYTES) {
                throw tooLarge(name);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1); // the size may have changed since it was asked
                if (bytes.length > MAX_FILE_BYTES) {
                    throw tooLarge(name);
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new CardFormatException(name, 1, 1, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new CardFormatException(name, 1, 1, "permission denied", e);
        } catch (CardFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new CardFormatException(name, 1, 1, "cannot read: " + e.getMessage(), e);
        }
    }

    private static CardFormatException tooLarge(String name) {
        return new CardFormatException(name, 1, 1, "too large for a card (more than " + MAX_FILE_BYTES / (1024 * 1024) + " MB)");
    }

    /** Whether {@code file} is a link-free regular file or a link to one (for callers that only ask). */
    static boolean isRegular(Path file) {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(file);
    }
}
