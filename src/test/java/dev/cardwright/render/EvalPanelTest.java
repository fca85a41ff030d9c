package dev.cardwright.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.cardwright.card.Card;
import dev.cardwright.card.EvalResultsFile;
import dev.cardwright.markdown.ReadmeReader;

class EvalPanelTest {
    private static final String README = """
            ---
            license: mit
            model-index:
            - name: tiny
              results:
              - task: {type: text-generation}
                dataset: {type: openai/gsm8k, name: GSM8K, config: main}
                metrics:
                - {type: accuracy, value: 77.5, verified: true}
            ---
            # Tiny
            """;

    private static Card card() throws Exception {
        Card card = ReadmeReader.read(README.getBytes(java.nio.charset.StandardCharsets.UTF_8), "README.md");
        card.getEvalResultsFiles().add(new EvalResultsFile(".eval_results/hle.yaml",
                "- dataset: {id: cais/hle, task_id: default}\n  value: 20.9\n  verifyToken: abc\n"
                        + "  source: {url: 'https://example.com/logs?a=1&b=2', name: <Logs>}\n"));
        card.getEvalResultsFiles().add(new EvalResultsFile(".eval_results/broken.yaml", "- [unclosed\n"));
        return card;
    }

    @Test
    void showsEveryScoreWithItsFormatBadgesAndLinksLikeTheHubsPanel() throws Exception {
        String page = new PreviewPage(new MarkdownRenderer(), PageText.ENGLISH).page(CardSnapshot.of(card()),
                PreviewPage.Options.standalone());
        String panel = page.substring(page.indexOf("<aside class=\"cw-evals\""), page.indexOf("</aside>"));
        assertThat(panel).contains("<h2>Evaluation results</h2>");
        assertThat(panel).contains("<tr data-format=\".eval_results\"><td><a href=\"https://huggingface.co/datasets/cais/hle\">cais/hle</a></td>"
                + "<td>default</td><td></td><td class=\"cw-eval-value\">20.9 <span class=\"cw-badge cw-badge-verified\">verified</span>"
                + " <a class=\"cw-badge cw-badge-source\" href=\"https://example.com/logs?a=1&amp;b=2\">&lt;Logs&gt;</a></td>"
                + "<td><code>.eval_results</code></td></tr>");
        assertThat(panel).contains("<th>Benchmark</th><th>Task</th><th>Metric</th><th>Score</th><th>Format</th>");
        assertThat(panel).contains("<tr data-format=\"model-index\"><td><a href=\"https://huggingface.co/datasets/openai/gsm8k\">GSM8K</a></td><td>main</td><td>accuracy</td>"
                + "<td class=\"cw-eval-value\">77.5 <span class=\"cw-badge cw-badge-verified\">verified</span></td><td><code>model-index</code></td></tr>");
        // the unreadable file adds no row
        assertThat(panel.split("<tr data-format").length - 1).isEqualTo(2);
    }

    @Test
    void aCardWithoutResultsHasNoPanel() throws Exception {
        Card card = ReadmeReader.read("# Tiny\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "README.md");
        assertThat(new PreviewPage(new MarkdownRenderer(), PageText.ENGLISH).page(CardSnapshot.of(card), PreviewPage.Options.standalone()))
                .doesNotContain("cw-evals\"");
    }
}
