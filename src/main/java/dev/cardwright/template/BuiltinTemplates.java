package dev.cardwright.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Cardwright's own default templates, shipped as resources beside this package's schemas. */
public final class BuiltinTemplates {
    private static final String BASE = "/dev/cardwright/templates/";

    private BuiltinTemplates() {
    }

    /** The resource name of the default template for {@code cardType} ({@code model} unless {@code dataset}). */
    public static String name(String cardType) {
        return "dataset".equals(cardType) ? "datasetcard.md.jinja" : "modelcard.md.jinja";
    }

    public static String text(String cardType) {
        return resource(name(cardType));
    }

    static String resource(String name) {
        try (InputStream in = BuiltinTemplates.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in resource " + BASE + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
