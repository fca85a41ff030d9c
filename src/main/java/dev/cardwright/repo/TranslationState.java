package dev.cardwright.repo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dev.cardwright.card.Card;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.Translation;

/**
 * A fingerprint of everything a translated README is made from: the translated sections (id,
 * heading, text, in order) and the language-links setting. Equal fingerprints mean the file
 * would be written from the same content, so the file as it was read can be written instead.
 */
final class TranslationState {
    private TranslationState() {
    }

    static String of(Translation t, Card card) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("links=" + card.getExportSettings().isLanguageLinks() + "\0").getBytes(StandardCharsets.UTF_8));
            for (TranslatedSection s : t.getSections().values()) {
                for (String part : new String[] {s.getSectionId(), s.getHeading(), s.getText()}) {
                    digest.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
