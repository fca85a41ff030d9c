package dev.cardwright.markdown;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;

import dev.cardwright.card.AtomicWrite;
import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.TextEncoding;

/** Writes a {@link Card} as README bytes, in the encoding (and with the byte order mark) it was read with. */
public final class ReadmeWriter {
    private ReadmeWriter() {
    }

    public static byte[] toBytes(Card card) throws CardFormatException {
        return encode(card.write(), card.getFormat().encoding(), "<card>");
    }

    public static void write(Card card, Path file) throws IOException {
        AtomicWrite.write(file, encode(card.write(), card.getFormat().encoding(), file.toString()));
    }

    /**
     * The bytes of {@code text} in {@code encoding}, byte order mark first when it has one. UTF-8
     * and UTF-16 encode every character except a lone surrogate, which is refused with its place.
     */
    public static byte[] encode(String text, TextEncoding encoding, String fileName) throws CardFormatException {
        CharsetEncoder encoder = encoding.charset().newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] bom = switch (encoding) {
            case UTF_8 -> new byte[0];
            case UTF_8_BOM -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            case UTF_16LE_BOM -> new byte[] {(byte) 0xFF, (byte) 0xFE};
            case UTF_16BE_BOM -> new byte[] {(byte) 0xFE, (byte) 0xFF};
        };
        CharBuffer in = CharBuffer.wrap(text);
        ByteBuffer out = ByteBuffer.allocate(bom.length + (int) Math.ceil(text.length() * (double) encoder.maxBytesPerChar()) + 4);
        out.put(bom);
        CoderResult result = encoder.encode(in, out, true);
        if (!result.isError()) {
            result = encoder.flush(out);
        }
        if (result.isError()) {
            TextPosition at = TextPosition.of(text, in.position());
            throw new CardFormatException(fileName, at.line(), at.column(), "cannot be written in "
                    + encoding.id() + ": character U+" + String.format("%04X", (int) text.charAt(in.position()))
                    + " is half of a surrogate pair");
        }
        byte[] bytes = new byte[out.position()];
        out.flip().get(bytes);
        return bytes;
    }
}
