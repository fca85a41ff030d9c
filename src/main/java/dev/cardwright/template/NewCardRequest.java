package dev.cardwright.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What File ▸ New asks for: the repository id ({@code org/name}), the kind of card, its
 * languages and, for a model, the model it was fine-tuned from. The card's title, the model id
 * in its text and the name of its card source follow from the id.
 */
public record NewCardRequest(String repoId, String cardType, List<String> languages, String baseModel) {
    /** The Hub's rule for repository ids: letters, digits, '-', '_' and '.', an optional namespace. */
    private static final Pattern REPO_ID = Pattern.compile("(?:[A-Za-z0-9][\\w.-]{0,95}/)?[A-Za-z0-9][\\w.-]{0,95}");
    private static final String PLACEHOLDER = "[More Information Needed]";

    public NewCardRequest {
        languages = List.copyOf(languages);
        baseModel = baseModel == null || baseModel.isBlank() ? null : baseModel.strip();
        repoId = repoId.strip();
    }

    /** Whether {@code id} can name a repository on the Hub. */
    public static boolean isRepoId(String id) {
        String s = id.strip();
        return REPO_ID.matcher(s).matches() && !s.contains("--") && !s.contains("..") && !s.endsWith(".") && !s.endsWith("-");
    }

    /** The repository's name without its namespace: {@code org/bert-zh} → {@code bert-zh}. */
    public String name() {
        return repoId.substring(repoId.indexOf('/') + 1);
    }

    /** {@code NAME.card.yaml}. */
    public String fileName() {
        return name() + ".card.yaml";
    }

    /** The metadata the card starts with, in the order huggingface_hub writes it. */
    public Map<String, Object> cardData() {
        Map<String, Object> data = new LinkedHashMap<>();
        if (baseModel != null && cardType.equals("model")) {
            data.put("base_model", baseModel);
        }
        if (!languages.isEmpty()) {
            data.put("language", new ArrayList<>(languages));
        }
        return data;
    }

    /**
     * The built-in template rendered for this request, its {@code [More Information Needed]}
     * placeholders left empty: the editor shows guidance where they stood, and {@code validate}
     * keeps flagging the literal placeholder in cards made elsewhere.
     */
    public String render() throws dev.cardwright.card.CardFormatException {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put(cardType.equals("dataset") ? "pretty_name" : "model_id", repoId);
        if (!languages.isEmpty()) {
            kwargs.put("language", String.join(", ", languages));
        }
        String text = TemplateRenderer.renderDefault(cardType, cardData(), kwargs);
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("(?<=\n)", -1)) {
            if (line.strip().equals(PLACEHOLDER)) {
                continue; // a paragraph that was only the placeholder
            }
            out.append(line.replace(" " + PLACEHOLDER, "").replace(PLACEHOLDER, ""));
        }
        return out.toString();
    }
}
