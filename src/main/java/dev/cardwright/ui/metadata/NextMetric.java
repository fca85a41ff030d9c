package dev.cardwright.ui.metadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.cardwright.card.EvalResult;

/**
 * The metric a row added after another should measure: the first of the card's declared
 * {@code metrics}, then the usual metrics of the row's task, that the same model, task and
 * dataset (config, split) do not have yet; empty when they have them all.
 */
final class NextMetric {
    /** Metrics the Hub's evaluation results commonly give per task (the ids of Hugging Face evaluate's metrics). */
    private static final Map<String, List<String>> USUAL = Map.ofEntries(
            Map.entry("text-classification", List.of("accuracy", "f1", "precision", "recall")),
            Map.entry("token-classification", List.of("f1", "precision", "recall", "accuracy")),
            Map.entry("question-answering", List.of("exact_match", "f1")),
            Map.entry("summarization", List.of("rouge", "bleu")),
            Map.entry("translation", List.of("bleu", "chrf", "comet")),
            Map.entry("text-generation", List.of("accuracy", "perplexity")),
            Map.entry("fill-mask", List.of("accuracy", "perplexity")),
            Map.entry("automatic-speech-recognition", List.of("wer", "cer")),
            Map.entry("image-classification", List.of("accuracy", "f1")),
            Map.entry("object-detection", List.of("mean_average_precision")),
            Map.entry("sentence-similarity", List.of("pearson", "spearman")),
            Map.entry("feature-extraction", List.of("spearman", "pearson")));
    private static final List<String> FALLBACK = List.of("accuracy", "f1", "precision", "recall");

    private NextMetric() {
    }

    static String after(EvalResult previous, List<EvalResult> rows, List<String> declared) {
        Set<String> candidates = new LinkedHashSet<>(declared);
        String task = previous.getTaskType() == null ? "" : previous.getTaskType();
        candidates.addAll(USUAL.getOrDefault(task, FALLBACK));
        Set<String> taken = new LinkedHashSet<>();
        for (EvalResult r : rows) {
            if (sameMeasurement(r, previous) && r.getMetricType() != null) {
                taken.add(r.getMetricType());
            }
        }
        List<String> left = new ArrayList<>(candidates);
        left.removeAll(taken);
        return left.isEmpty() ? null : left.get(0);
    }

    private static boolean sameMeasurement(EvalResult a, EvalResult b) {
        return Objects.equals(a.getModelName(), b.getModelName()) && Objects.equals(a.getTaskType(), b.getTaskType())
                && Objects.equals(a.getDatasetType(), b.getDatasetType()) && Objects.equals(a.getDatasetConfig(), b.getDatasetConfig())
                && Objects.equals(a.getDatasetSplit(), b.getDatasetSplit());
    }
}
