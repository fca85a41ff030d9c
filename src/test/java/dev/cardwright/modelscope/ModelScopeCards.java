package dev.cardwright.modelscope;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.cardwright.card.Card;
import dev.cardwright.card.EvalResult;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.yaml.CardMetadata;

/** What the ModelScope tests compare: the metadata fields the twin maps, as plain values. */
final class ModelScopeCards {
    static final List<String> MAPPED_KEYS = List.of("pipeline_tag", "license", "library_name", "language", "tags",
            "datasets", "base_model", "base_model_relation");

    private ModelScopeCards() {
    }

    static Card readme(String text) throws Exception {
        return ReadmeReader.read(text.getBytes(StandardCharsets.UTF_8), "README.md");
    }

    /** The mapped keys (absent ones left out) and the evaluation rows, each row as its list of fields. */
    static Map<String, Object> mapped(Card card) throws Exception {
        Map<String, Object> meta = CardMetadata.read(card);
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : MAPPED_KEYS) {
            if (meta.containsKey(key)) {
                out.put(key, meta.get(key));
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (EvalResult r : CardMetadata.evalResults(card)) {
            rows.add(java.util.Arrays.asList(r.getModelName(), r.getTaskType(), r.getTaskName(), r.getDatasetType(),
                    r.getDatasetName(), r.getDatasetConfig(), r.getDatasetSplit(), r.getDatasetRevision(), r.getMetricType(),
                    r.getMetricName(), r.getMetricValue(), r.isVerified(), r.getSourceName(), r.getSourceUrl()));
        }
        if (!rows.isEmpty()) {
            out.put("model-index rows", rows);
        }
        return out;
    }

    /** Hub → ModelScope → Hub: the twin read back as a README and imported. */
    static Card roundTrip(Card hubCard) throws Exception {
        ModelScopeReadme twin = ModelScopeReadme.of(hubCard, "README.md");
        Card back = readme(twin.text());
        ModelScopeImport.toHub(back, "README.md");
        return back;
    }
}
