package dev.cardwright.validate;

/**
 * Where a node sits in the metadata, e.g. {@code model-index[0].results[2].dataset.config}.
 * Built as a chain while walking and turned into text only for the few nodes that get a
 * diagnostic: a model-index of 100,000 nodes must not cost 100,000 strings.
 */
final class MetadataPath {
    static final MetadataPath ROOT = new MetadataPath(null, null, -1);

    private final MetadataPath parent;
    private final String key;
    private final int index;

    private MetadataPath(MetadataPath parent, String key, int index) {
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    MetadataPath key(String k) {
        return new MetadataPath(this, k == null ? "?" : k, -1);
    }

    MetadataPath index(int i) {
        return new MetadataPath(this, null, i);
    }

    /** The top-level key this path is under, or null at the root. */
    String topKey() {
        MetadataPath p = this;
        while (p.parent != null && p.parent.parent != null) {
            p = p.parent;
        }
        return p.key;
    }

    @Override
    public String toString() {
        if (parent == null) {
            return "";
        }
        String head = parent.toString();
        if (key == null) {
            return head + "[" + index + "]";
        }
        return head.isEmpty() ? key : head + "." + key;
    }
}
