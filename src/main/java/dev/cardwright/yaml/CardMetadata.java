package dev.cardwright.yaml;

import java.util.List;
import java.util.Map;

import dev.cardwright.card.Card;
import dev.cardwright.card.EvalResult;
import dev.cardwright.card.FrontMatter;

/**
 * Metadata edits on a whole {@link Card}: the card's front matter YAML is edited with
 * {@link MetadataEditor}, and a card without front matter gets one, placed before the body with
 * {@code ---} fences as huggingface_hub's {@code metadata_update} writes it
 * ({@code ---\n<yaml>---\n<body>}). A card whose front matter is left untouched is written back
 * byte for byte; an edited block is written with the card's line ending.
 */
public final class CardMetadata {
    private static final String MODEL_INDEX = "model-index";

    private CardMetadata() {
    }

    /** The card's metadata; empty when it has no front matter. */
    public static Map<String, Object> read(Card card) throws MetadataEditException {
        FrontMatter fm = card.getFrontMatter();
        return fm == null ? Map.of() : Metadata.parse(fm.getYaml());
    }

    public static void set(Card card, String key, Object value) throws MetadataEditException {
        set(card, List.of(key), value);
    }

    public static void set(Card card, List<?> path, Object value) throws MetadataEditException {
        FrontMatter fm = frontMatterFor(card);
        store(card, fm, MetadataEditor.set(fm.getYaml(), path, value));
    }

    /** As {@link MetadataEditor#update}: only the parts of the key's value that differ are rewritten. */
    public static void update(Card card, String key, Object value) throws MetadataEditException {
        FrontMatter fm = frontMatterFor(card);
        store(card, fm, MetadataEditor.update(fm.getYaml(), key, value));
    }

    /** Removes a key; a card without front matter, or without the key, is left as it is. */
    public static void remove(Card card, String key) throws MetadataEditException {
        FrontMatter fm = card.getFrontMatter();
        if (fm != null) {
            store(card, fm, MetadataEditor.remove(fm.getYaml(), key));
        }
    }

    /** Whether the card's metadata is a non-empty flow mapping, which must be converted before keys can be edited. */
    public static boolean needsBlockStyle(Card card) {
        FrontMatter fm = card.getFrontMatter();
        return fm != null && MetadataEditor.needsBlockStyle(fm.getYaml());
    }

    /** Rewrites a flow-mapping front matter in block style ({@link MetadataEditor#toBlockStyle}). */
    public static void toBlockStyle(Card card) throws MetadataEditException {
        FrontMatter fm = card.getFrontMatter();
        if (fm != null && MetadataEditor.needsBlockStyle(fm.getYaml())) {
            store(card, fm, MetadataEditor.toBlockStyle(fm.getYaml()));
        }
    }

    /**
     * The card's evaluation results as table rows; none when it has no {@code model-index}.
     *
     * @throws IllegalArgumentException when the {@code model-index} does not have its shape
     */
    public static List<EvalResult> evalResults(Card card) throws MetadataEditException {
        return ModelIndexCodec.read(read(card).get(MODEL_INDEX));
    }

    /**
     * Writes the table back into {@code model-index}, changing only what differs (one edited value
     * changes one line); no rows remove the key.
     */
    public static void setEvalResults(Card card, List<EvalResult> rows) throws MetadataEditException {
        if (rows.isEmpty()) {
            remove(card, MODEL_INDEX);
        } else {
            update(card, MODEL_INDEX, ModelIndexCodec.write(rows));
        }
    }

    /**
     * How many lines of the README come before the first line of the YAML text (the text before
     * the front matter and the opening fence), to turn a {@link MetadataEditException}'s position
     * into a position in the file ({@link MetadataEditException#inFile}).
     */
    public static int linesBeforeYaml(Card card) {
        FrontMatter fm = card.getFrontMatter();
        if (fm == null) {
            return 0;
        }
        return count(card.getPrefix()) + count(fm.getOpening());
    }

    private static int count(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static FrontMatter frontMatterFor(Card card) {
        FrontMatter fm = card.getFrontMatter();
        return fm != null ? fm : new FrontMatter();
    }

    /** Whether the text starts with a {@code ---} block the Hub skips for its lone-CR line ends. */
    private static boolean closedByLoneCr(Card card) {
        String head = card.write().stripLeading();
        return head.startsWith("---\r") && !head.startsWith("---\r\n") && head.indexOf("\r---", 3) >= 0;
    }

    private static void store(Card card, FrontMatter fm, String yaml) throws MetadataEditException {
        if (yaml.equals(fm.getYaml()) && card.getFrontMatter() == fm) {
            return;
        }
        // The Hub ends the block at the first line that is exactly "---"; PyYAML never writes one
        // inside a mapping, but an edit must not be able to cut the block short.
        int at = ("\n" + yaml).indexOf("\n---\n");
        if (at >= 0 || yaml.endsWith("\n---") || yaml.equals("---")) {
            int line = at >= 0 ? (int) yaml.substring(0, at).chars().filter(c -> c == '\n').count() + 1 : 1;
            throw new MetadataEditException(line, 1, "the edit would put a '---' line inside the front matter, which would end it early");
        }
        if (card.getFrontMatter() == null && closedByLoneCr(card)) {
            throw new MetadataEditException(1, 1, "the file opens with a '---' block whose lines end in a lone CR"
                    + " (old Mac line endings); the Hub does not read it as metadata, and a new block would be a second one."
                    + " Convert the line endings to LF or CRLF first");
        }
        fm.setYaml(yaml);
        if (card.getFrontMatter() != fm) {
            card.setFrontMatter(fm);
        }
    }
}
