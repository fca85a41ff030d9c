package dev.cardwright.sync;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.cardwright.card.Card;
import dev.cardwright.validate.Vocabulary;

/**
 * A first draft of "How to Get Started with the Model": a short snippet for the card's
 * {@code library_name} (transformers, sentence-transformers, diffusers, PEFT, timm, setfit,
 * llama.cpp for GGUF files), shaped by its {@code pipeline_tag}; a download with huggingface_hub
 * when the library is one we have no snippet for. The snippets are ours, written from each
 * library's documented loading call.
 */
public final class GetStartedDraft {
    public static final String SECTION_ID = "get-started";
    private static final Pattern TITLE_ID = Pattern.compile("(?i)model card for\\s+`?([\\w.-]+(?:/[\\w.-]+)?)`?");
    private static final Pattern PLACEHOLDER_LINE = Pattern.compile("(?m)^[ \\t]*\\[More Information Needed][ \\t]*(?:\\n|$)");

    private GetStartedDraft() {
    }

    /** The card's repository id: where it came from on the Hub, else its title ("Model Card for org/name"); else a placeholder. */
    public static String modelId(Card card) {
        String hub = card.getRepository().getHubRepository();
        if (hub != null && !hub.isBlank()) {
            return hub;
        }
        return card.allSections().map(s -> TITLE_ID.matcher(s.getTitle())).filter(Matcher::find).map(m -> m.group(1))
                .findFirst().orElse("ORG/NAME");
    }

    /** The section's text with the draft added at its end (a lone placeholder paragraph is replaced). */
    public static String addTo(String sectionText, String draft) {
        String body = PLACEHOLDER_LINE.matcher(sectionText).replaceAll("").stripTrailing();
        return (body.isBlank() ? "\n" : body + "\n\n") + draft + "\n";
    }

    /** The draft for a card with metadata {@code meta}: one or two fenced code blocks. */
    public static String draft(Map<String, Object> meta, String modelId) {
        String library = LinkedField.text(meta.get("library_name"));
        String task = LinkedField.text(meta.get("pipeline_tag"));
        List<String> tags = LinkedField.strings(meta.get("tags"));
        List<String> bases = LinkedField.strings(meta.get("base_model"));
        String base = bases.isEmpty() ? null : bases.get(0);
        if (library.isEmpty() && tags.stream().anyMatch(t -> t.equalsIgnoreCase("gguf"))) {
            library = "llama-cpp-python";
        }
        return switch (library) {
            case "sentence-transformers" -> sentenceTransformers(modelId);
            case "diffusers" -> diffusers(modelId, task);
            case "peft" -> peft(modelId, task, base);
            case "timm" -> timm(modelId);
            case "setfit" -> setfit(modelId);
            case "llama-cpp-python", "gguf" -> llamaCpp(modelId);
            case "transformers" -> transformers(modelId, task);
            case "" -> task.isEmpty() ? download(modelId) : transformers(modelId, task);
            default -> download(modelId);
        };
    }

    private static String python(String code) {
        return "```python\n" + code + "```";
    }

    private static String transformers(String id, String task) {
        if (task.isEmpty()) {
            return python("from transformers import AutoModel, AutoTokenizer\n\n"
                    + "tokenizer = AutoTokenizer.from_pretrained(\"" + id + "\")\n"
                    + "model = AutoModel.from_pretrained(\"" + id + "\")\n"
                    + "outputs = model(**tokenizer(\"Hello, world!\", return_tensors=\"pt\"))\n");
        }
        String call = switch (task) {
            case "text-generation" -> "print(pipe(\"Once upon a time\", max_new_tokens=40)[0][\"generated_text\"])\n";
            case "fill-mask" -> "print(pipe(f\"Paris is the {pipe.tokenizer.mask_token} of France.\"))\n";
            case "question-answering" -> "print(pipe(question=\"Who wrote it?\", context=\"The report was written by Ada.\"))\n";
            case "zero-shot-classification" -> "print(pipe(\"The match went to extra time.\", candidate_labels=[\"sport\", \"politics\"]))\n";
            default -> "print(pipe(" + sampleInput(task) + "))\n";
        };
        return python("from transformers import pipeline\n\n"
                + "pipe = pipeline(\"" + task + "\", model=\"" + id + "\")\n" + call);
    }

    /** An input of the task's modality: text, an image file or an audio file. */
    private static String sampleInput(String task) {
        String modality = Optional.ofNullable(Vocabulary.hub().pipelineTags().get(task)).map(Vocabulary.Term::extra).orElse("nlp");
        return switch (modality) {
            case "cv" -> "\"image.jpg\"";
            case "audio" -> "\"audio.wav\"";
            case "multimodal" -> task.contains("image") || task.contains("visual") || task.contains("document") ? "\"image.jpg\"" : "\"Hello, world!\"";
            default -> "\"Replace this with your own text.\"";
        };
    }

    private static String sentenceTransformers(String id) {
        return python("from sentence_transformers import SentenceTransformer\n\n"
                + "model = SentenceTransformer(\"" + id + "\")\n"
                + "embeddings = model.encode([\"The weather is lovely today.\", \"It is sunny outside.\"])\n"
                + "print(model.similarity(embeddings, embeddings))\n");
    }

    private static String diffusers(String id, String task) {
        String input = task.equals("image-to-image") || task.equals("image-to-video")
                ? "image = pipe(prompt=\"a watercolour lighthouse\", image=load_image(\"input.png\")).images[0]\n"
                : "image = pipe(\"a watercolour lighthouse at dawn\").images[0]\n";
        String imports = input.contains("load_image") ? "from diffusers.utils import load_image\n" : "";
        return python("import torch\nfrom diffusers import DiffusionPipeline\n" + imports + "\n"
                + "pipe = DiffusionPipeline.from_pretrained(\"" + id + "\", torch_dtype=torch.float16).to(\"cuda\")\n"
                + input + "image.save(\"output.png\")\n");
    }

    private static String peft(String id, String task, String base) {
        String auto = switch (task) {
            case "text-generation" -> "AutoModelForCausalLM";
            case "text-classification" -> "AutoModelForSequenceClassification";
            case "token-classification" -> "AutoModelForTokenClassification";
            case "text2text-generation", "summarization", "translation" -> "AutoModelForSeq2SeqLM";
            default -> "AutoModel";
        };
        if (base == null) {
            return python("from peft import AutoPeftModel\n\n"
                    + "# reads the base model's name from the adapter's configuration\n"
                    + "model = AutoPeftModel.from_pretrained(\"" + id + "\")\n");
        }
        return python("from peft import PeftModel\nfrom transformers import " + auto + ", AutoTokenizer\n\n"
                + "base = " + auto + ".from_pretrained(\"" + base + "\")\n"
                + "tokenizer = AutoTokenizer.from_pretrained(\"" + base + "\")\n"
                + "model = PeftModel.from_pretrained(base, \"" + id + "\")\n");
    }

    private static String timm(String id) {
        return python("import timm\nimport torch\nfrom PIL import Image\n\n"
                + "model = timm.create_model(\"hf-hub:" + id + "\", pretrained=True).eval()\n"
                + "config = timm.data.resolve_data_config({}, model=model)\n"
                + "transform = timm.data.create_transform(**config)\n"
                + "with torch.no_grad():\n"
                + "    logits = model(transform(Image.open(\"image.jpg\").convert(\"RGB\")).unsqueeze(0))\n"
                + "print(logits.softmax(dim=-1).topk(5))\n");
    }

    private static String setfit(String id) {
        return python("from setfit import SetFitModel\n\n"
                + "model = SetFitModel.from_pretrained(\"" + id + "\")\n"
                + "print(model.predict([\"I loved every minute of it.\", \"Not my thing at all.\"]))\n");
    }

    private static String llamaCpp(String id) {
        return "```sh\nllama-cli -hf " + id + " -p \"Hello\"\n```\n\nOr from Python, with llama-cpp-python:\n\n"
                + python("from llama_cpp import Llama\n\n"
                        + "# pick the quantization you want among the repository's .gguf files\n"
                        + "llm = Llama.from_pretrained(repo_id=\"" + id + "\", filename=\"*Q4_K_M.gguf\")\n"
                        + "print(llm.create_chat_completion(messages=[{\"role\": \"user\", \"content\": \"Hello\"}]))\n");
    }

    private static String download(String id) {
        return python("from huggingface_hub import snapshot_download\n\n"
                + "# the repository's files, in the local cache\n"
                + "path = snapshot_download(\"" + id + "\")\n");
    }
}
