package dev.cardwright.hub;

import java.util.regex.Pattern;

/**
 * A repository on the Hub: {@code ORG/NAME} for a model, {@code datasets/ORG/NAME} for a dataset
 * (the prefix huggingface_hub and the Hub's URLs use).
 */
public record HubRepo(Kind kind, String id) {
    public enum Kind {
        MODEL("models", ""), DATASET("datasets", "datasets/");

        private final String api;
        private final String urlPrefix;

        Kind(String api, String urlPrefix) {
            this.api = api;
            this.urlPrefix = urlPrefix;
        }

        /** {@code models} or {@code datasets}, as in {@code /api/models/…}. */
        public String api() { return api; }
        /** What comes before the id in the Hub's file URLs. */
        public String urlPrefix() { return urlPrefix; }
    }

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,95}/[A-Za-z0-9][A-Za-z0-9._-]{0,95}");

    /** Parses {@code ORG/NAME} or {@code datasets/ORG/NAME} (also {@code hub:} in front, and {@code models/}). */
    public static HubRepo parse(String text) {
        String s = text.startsWith("hub:") ? text.substring(4) : text;
        Kind kind = Kind.MODEL;
        if (s.startsWith("datasets/")) {
            kind = Kind.DATASET;
            s = s.substring("datasets/".length());
        } else if (s.startsWith("models/")) {
            s = s.substring("models/".length());
        }
        if (!ID.matcher(s).matches() || s.contains("--") || s.contains("..")) {
            throw new IllegalArgumentException("'" + text + "' is not a Hub repository (ORG/NAME, or datasets/ORG/NAME for a dataset)");
        }
        return new HubRepo(kind, s);
    }

    /** {@code ORG/NAME} or {@code datasets/ORG/NAME}. */
    @Override
    public String toString() {
        return kind.urlPrefix + id;
    }
}
