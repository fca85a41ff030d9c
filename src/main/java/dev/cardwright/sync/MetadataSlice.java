package dev.cardwright.sync;

import java.util.Map;
import java.util.Set;

import dev.cardwright.yaml.Metadata;
import dev.cardwright.yaml.MetadataEditException;

/**
 * The few top-level keys the text follows, read without parsing the rest of the metadata: a card
 * of the corpus has 600 KB of {@code model-index}, which takes a third of a second to parse, and
 * the text follows every edit of the metadata. A block mapping's top-level entries start at
 * column 0, so the lines of the wanted keys are cut out and parsed alone; anything else (a flow
 * mapping, a slice that does not parse) is parsed whole.
 */
public final class MetadataSlice {
    /** The keys the Model Description and Environmental Impact lines are made from. */
    public static final Set<String> LINKED = Set.of("license", "license_name", "language", "base_model", "co2_eq_emissions");

    private MetadataSlice() {
    }

    /** The metadata's entries for {@code keys} (those present). */
    public static Map<String, Object> read(String yaml, Set<String> keys) throws MetadataEditException {
        if (!looksBlock(yaml)) {
            return Metadata.parse(yaml);
        }
        StringBuilder slice = new StringBuilder();
        boolean keep = false;
        int from = 0;
        while (from < yaml.length()) {
            int eol = yaml.indexOf('\n', from);
            int end = eol < 0 ? yaml.length() : eol + 1;
            char first = yaml.charAt(from);
            if (first != ' ' && first != '\t' && first != '#' && first != '-' && first != '\n' && first != '\r') {
                keep = keys.contains(key(yaml, from, end));
            }
            if (keep) {
                slice.append(yaml, from, end);
            }
            from = end;
        }
        try {
            return Metadata.parse(slice.toString());
        } catch (MetadataEditException | RuntimeException e) {
            return Metadata.parse(yaml); // a shape the cut does not handle: the whole, to be sure
        }
    }

    /** Whether the first line that is not blank or a comment starts a block mapping's key (not {@code {}}, a tag, an anchor, a directive). */
    private static boolean looksBlock(String yaml) {
        for (String line : yaml.split("\n", 64)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            char c = t.charAt(0);
            return Character.isLetterOrDigit(c) || c == '_' || c == '"' || c == '\'';
        }
        return false;
    }

    /** The key of a top-level line ({@code license: mit}, {@code "license": mit}); "" when it is not one. */
    private static String key(String yaml, int from, int end) {
        String line = yaml.substring(from, end);
        int colon = line.indexOf(':');
        if (colon <= 0) {
            return "";
        }
        String k = line.substring(0, colon).strip();
        if (k.length() >= 2 && (k.charAt(0) == '"' || k.charAt(0) == '\'') && k.charAt(k.length() - 1) == k.charAt(0)) {
            k = k.substring(1, k.length() - 1);
        }
        return k;
    }
}
