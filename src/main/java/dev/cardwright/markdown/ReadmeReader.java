package dev.cardwright.markdown;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.FileFormat;
import dev.cardwright.card.FrontMatter;
import dev.cardwright.card.LineEnding;

/**
 * Reads a README.md into a {@link Card} without losing a byte: every piece (prefix, front matter
 * fences and YAML, preamble, each heading and section text) keeps its exact original characters,
 * so writing the untouched card gives back the file. The front matter is only located here, never
 * parsed: YAML that does not load, or is not a mapping, is still kept as text for the user to fix.
 */
public final class ReadmeReader {
    /** Larger files are refused: real cards stay below 1 MB, and this keeps a stray log file out. */
    public static final int MAX_BYTES = dev.cardwright.card.Limits.MAX_FILE_BYTES;

    private ReadmeReader() {
    }

    public static Card read(Path file) throws IOException {
        String name = file.toString();
        return read(dev.cardwright.card.Limits.readFile(file), name);
    }

    public static Card read(byte[] bytes, String fileName) throws CardFormatException {
        DecodedText decoded = DecodedText.decode(bytes, fileName);
        String text = decoded.text();
        Card card = new Card();
        card.setFormat(new FileFormat(decoded.encoding(), dominantLineEnding(text)));
        Optional<FrontMatterBlock> block = FrontMatterBlock.find(text);
        int bodyStart = 0;
        String prefix = "";
        if (block.isPresent()) {
            FrontMatterBlock b = block.get();
            prefix = text.substring(0, b.openingStart());
            card.setFrontMatter(FrontMatter.read(
                    text.substring(b.openingStart(), b.yamlStart()),
                    text.substring(b.yamlStart(), b.closingStart()),
                    text.substring(b.closingStart(), b.end())));
            bodyStart = b.end();
        }
        SectionParser.Body body;
        try {
            body = SectionParser.parse(text.substring(bodyStart));
        } catch (SectionParser.TooManySections e) {
            throw new CardFormatException(fileName, linesBefore(text, bodyStart) + e.line(), 1, e.getMessage());
        } catch (MarkdownNesting.TooDeep e) {
            throw new CardFormatException(fileName, linesBefore(text, bodyStart) + e.line(), e.column(), e.getMessage());
        }
        card.readPrefixAndPreamble(prefix, body.preamble());
        card.getSections().setAll(body.sections());
        return card;
    }

    /** Lines of {@code text} before {@code offset} (the front matter's, when a body line is reported), whatever their endings. */
    private static int linesBefore(String text, int offset) {
        return (int) LineEnding.normalize(text.substring(0, offset)).chars().filter(c -> c == '\n').count();
    }

    /** The most frequent line ending; LF when there are none or on a tie with LF. */
    static LineEnding dominantLineEnding(String text) {
        if (text.indexOf('\r') < 0) {
            return LineEnding.LF; // most cards: no need to count (indexOf is the JDK's vectorized search)
        }
        int lf = 0;
        int crlf = 0;
        int cr = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lf++;
            } else if (c == '\r') {
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
            }
        }
        if (lf >= crlf && lf >= cr) {
            return LineEnding.LF;
        }
        return crlf >= cr ? LineEnding.CRLF : LineEnding.CR;
    }
}
