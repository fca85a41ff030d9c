package dev.cardwright.markdown;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.TextEncoding;

/**
 * The characters of a README file and the encoding they came in. Decoding is strict: a byte
 * sequence that is not valid in the encoding is refused (with its byte offset) rather than
 * replaced, because a replaced byte could never be written back, and NUL characters mark a binary
 * file (or UTF-16 without a byte order mark), which is not a card.
 */
public record DecodedText(String text, TextEncoding encoding) {

    public static DecodedText decode(byte[] bytes, String fileName) throws CardFormatException {
        TextEncoding encoding = sniff(bytes);
        int bomLength = encoding.hasBom() ? (encoding == TextEncoding.UTF_8_BOM ? 3 : 2) : 0;
        refuseBinary(bytes, fileName);
        String text = decodeStrictly(bytes, bomLength, encoding, fileName);
        if (encoding.charset() != StandardCharsets.UTF_8) {
            int nul = text.indexOf('\0');
            if (nul >= 0) {
                int offset = bomLength + 2 * nul;
                throw located(bytes, bomLength, encoding, offset, fileName,
                        "binary file: NUL character at byte offset " + offset + "; not a Markdown card");
            }
        }
        return new DecodedText(text, encoding);
    }

    /**
     * Refuses a file with a NUL byte that is not UTF-16 with a byte order mark: binary, or UTF-16
     * without one (no reader can tell its encoding, and the Hub reads it as UTF-8). Shared by
     * import and validate, so both say the same.
     */
    public static void refuseBinary(byte[] bytes, String fileName) throws CardFormatException {
        TextEncoding encoding = sniff(bytes);
        if (encoding.charset() != StandardCharsets.UTF_8) {
            return;
        }
        int bomLength = encoding.hasBom() ? 3 : 0;
        for (int i = bomLength; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                String hint = looksLikeUtf16(bytes) ? " (it looks like UTF-16 without a byte order mark; save it as UTF-8)" : "";
                throw located(bytes, bomLength, encoding, i, fileName,
                        "binary file: NUL byte at byte offset " + i + hint + "; not a Markdown card");
            }
        }
    }

    private static TextEncoding sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return TextEncoding.UTF_8_BOM;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return TextEncoding.UTF_16LE_BOM;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return TextEncoding.UTF_16BE_BOM;
        }
        return TextEncoding.UTF_8;
    }

    /** ASCII text in UTF-16 has a zero in every other byte. */
    private static boolean looksLikeUtf16(byte[] b) {
        int n = Math.min(b.length, 64) & ~1;
        if (n < 4) {
            return false;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        return evenZeros == n / 2 || oddZeros == n / 2;
    }

    private static String decodeStrictly(byte[] bytes, int start, TextEncoding encoding, String fileName)
            throws CardFormatException {
        CharsetDecoder decoder = encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - start) * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            String name = encoding.charset() == StandardCharsets.UTF_8 ? "UTF-8" : "UTF-16";
            String message;
            if (encoding.charset() != StandardCharsets.UTF_8 && offset + result.length() >= bytes.length
                    && (bytes.length - start) % 2 == 1) {
                message = "truncated UTF-16: odd number of bytes, the last byte (offset " + offset + ") is half a character";
            } else {
                message = "not valid " + name + ": byte 0x" + String.format("%02X", bytes[offset] & 0xFF)
                        + " at byte offset " + offset + " (the file was left as it is; convert it to "
                        + name + " first)";
            }
            throw located(bytes, start, encoding, offset, fileName, message);
        }
        out.flip();
        return out.toString();
    }

    /** An error at byte {@code offset}, with the line and column of the valid text before it. */
    private static CardFormatException located(byte[] bytes, int start, TextEncoding encoding, int offset,
            String fileName, String message) {
        String before;
        try {
            int from = Math.min(start, offset);
            int length = offset - from;
            if (encoding.charset() != StandardCharsets.UTF_8) {
                length &= ~1;
            }
            before = encoding.charset().newDecoder().decode(ByteBuffer.wrap(bytes, from, length)).toString();
        } catch (CharacterCodingException e) {
            before = "";
        }
        TextPosition at = TextPosition.of(before, before.length());
        return new CardFormatException(fileName, at.line(), at.column(), message);
    }
}
