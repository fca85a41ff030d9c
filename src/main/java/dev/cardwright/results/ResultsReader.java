package dev.cardwright.results;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.EvalResult;

/**
 * Evaluation results from the tools researchers use, as rows of the results table: a CSV or TSV
 * table ({@link TableResults}), the output JSON of EleutherAI's lm-evaluation-harness
 * ({@link LmEvalResults}) and the JSON that Hugging Face {@code evaluate} computes or saves
 * ({@link EvaluateResults}). The format is told from the text, not the file name, so pasted text
 * works as well as a file.
 */
public final class ResultsReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What was read: the rows, and which reader made them (shown in the preview). */
    public record Read(String format, List<EvalResult> rows) {
    }

    private ResultsReader() {
    }

    /**
     * @param source where the text came from, named in errors
     * @throws CardFormatException with line and column when the text is none of the formats
     */
    public static Read read(String text, String source) throws CardFormatException {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String start = t.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            JsonNode root;
            try {
                root = JSON.readTree(t);
            } catch (JsonProcessingException e) {
                var at = e.getLocation();
                throw new CardFormatException(source, at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 1 : Math.max(1, at.getColumnNr()),
                        "not valid JSON: " + e.getOriginalMessage());
            }
            if (LmEvalResults.accepts(root)) {
                return new Read("lm-evaluation-harness", LmEvalResults.rows(root, source));
            }
            if (EvaluateResults.accepts(root)) {
                return new Read("evaluate", EvaluateResults.rows(root));
            }
            throw new CardFormatException(source, 1, 1, "JSON that is neither lm-evaluation-harness output (a \"results\" object"
                    + " per task) nor evaluate's results (metric names with numbers)");
        }
        return new Read(t.lines().findFirst().orElse("").contains("\t") ? "TSV" : "CSV", TableResults.rows(t, source));
    }
}
