package dev.cardwright.yaml;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.cardwright.card.AtomicWrite;
import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;

/**
 * The editor's project file, {@code NAME.card.yaml}: the card with its exact README pieces, its
 * translations and its export settings, as readable, diff-friendly YAML (format described in
 * docs/card-source.md). Always UTF-8 with LF line endings; the README's own encoding and endings
 * are recorded inside.
 */
public final class CardSourceFile {
    public static final int FORMAT_VERSION = 1;

    private CardSourceFile() {
    }

    /** Whether a file name is a card source ({@code *.card.yaml} or {@code *.card.yml}). */
    public static boolean isCardSource(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".card.yaml") || name.endsWith(".card.yml");
    }

    public static String toYaml(Card card) {
        Set<String> quoted = new HashSet<>();
        while (true) {
            CardSourceFileEmitter emitter = new CardSourceFileEmitter(quoted);
            String yaml = emitter.emit(card);
            List<String> wrong = unfaithful(yaml, emitter.written);
            if (wrong.isEmpty()) {
                return yaml;
            }
            // A style that looked safe did not read back: quote those values and write again.
            if (!quoted.addAll(wrong)) {
                throw new IllegalArgumentException("cannot write the card source: the value at " + wrong.get(0)
                        + " cannot be represented in YAML");
            }
        }
    }

    /** Paths whose value, read back with a YAML 1.2 reader, is not exactly what was written. */
    private static List<String> unfaithful(String yaml, Map<String, String> written) {
        Object root;
        try {
            root = YamlReader.loadOwn(yaml);
        } catch (RuntimeException e) {
            return new ArrayList<>(written.keySet()); // an escape this reader rejects: quote everything
        }
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> e : written.entrySet()) {
            if (!Objects.equals(lookUp(root, e.getKey()), e.getValue())) {
                wrong.add(e.getKey());
            }
        }
        return wrong;
    }

    private static Object lookUp(Object root, String path) {
        Object node = root;
        for (String step : path.split("/")) {
            if (node instanceof Map<?, ?> map) {
                node = map.get(step);
            } else if (node instanceof List<?> list) {
                node = list.get(Integer.parseInt(step));
            } else {
                return null;
            }
        }
        return node;
    }

    public static Card parse(String text, String fileName) throws CardFormatException {
        return new CardSourceFileParser(fileName).parse(text);
    }

    public static Card read(Path file) throws IOException {
        String name = file.toString();
        byte[] bytes = dev.cardwright.card.Limits.readFile(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CardFormatException(name, 1, 1, "a card source must be UTF-8: " + e.getMessage());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(text, name);
    }

    public static void write(Card card, Path file) throws IOException {
        AtomicWrite.write(file, toYaml(card).getBytes(StandardCharsets.UTF_8));
    }
}
