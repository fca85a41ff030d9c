package dev.cardwright.card;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The byte encoding of a README file, including whether it starts with a byte order mark. */
public enum TextEncoding {
    UTF_8("utf-8", StandardCharsets.UTF_8, false),
    UTF_8_BOM("utf-8-bom", StandardCharsets.UTF_8, true),
    UTF_16LE_BOM("utf-16le-bom", StandardCharsets.UTF_16LE, true),
    UTF_16BE_BOM("utf-16be-bom", StandardCharsets.UTF_16BE, true);

    private final String id;
    private final Charset charset;
    private final boolean bom;

    TextEncoding(String id, Charset charset, boolean bom) {
        this.id = id;
        this.charset = charset;
        this.bom = bom;
    }

    /** The name used in the card source file. */
    public String id() {
        return id;
    }

    public Charset charset() {
        return charset;
    }

    public boolean hasBom() {
        return bom;
    }

    public static TextEncoding fromId(String id) {
        for (TextEncoding e : values()) {
            if (e.id.equalsIgnoreCase(id.trim())) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown encoding '" + id + "' (expected utf-8, utf-8-bom, utf-16le-bom or utf-16be-bom)");
    }
}
