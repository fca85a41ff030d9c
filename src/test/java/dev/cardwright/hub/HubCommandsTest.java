package dev.cardwright.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.cardwright.card.Card;
import dev.cardwright.card.EvalResultsFile;
import dev.cardwright.cli.CardwrightCommand;
import dev.cardwright.yaml.CardSourceFile;

/**
 * {@code import hub:…} and {@code push} against a local Hub replaying what huggingface_hub 2.0.0
 * sent and received for the same pull and commit (tools/record_hub_protocol.py).
 */
class HubCommandsTest {
    private static final String TOKEN = "hf_cardwright_test_token";
    private static final String MODEL = "cardwright-test/tiny-model";
    private static final String SHA0 = "0123456789abcdef0123456789abcdef01234567";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NEW_EVAL = "- dataset:\n    id: Idavidrein/gpqa\n    task_id: gpqa_diamond\n  value: 0.412\n";

    @TempDir
    Path tmp;
    private HubReplay hub;

    private record Run(int code, String out, String err) {
    }

    @BeforeEach
    void startHub() throws Exception {
        hub = new HubReplay();
        System.setProperty("HF_ENDPOINT", hub.url());
        System.setProperty("HF_TOKEN", TOKEN);
        System.setProperty("HF_HOME", tmp.resolve("hf-home").toString());
    }

    @AfterEach
    void stopHub() {
        hub.close();
        System.clearProperty("HF_ENDPOINT");
        System.clearProperty("HF_TOKEN");
        System.clearProperty("HF_HOME");
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CardwrightCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path pulledModel() throws Exception {
        Path source = tmp.resolve("tiny.card.yaml");
        Run r = run("import", "hub:" + MODEL, "-o", source.toString());
        assertThat(r.code()).as(r.err()).isZero();
        return source;
    }

    /** The card edited as the recorded commit edits it: one line of the README, one new results file. */
    private Path editedModel() throws Exception {
        Path source = pulledModel();
        Card card = CardSourceFile.read(source);
        card.findSection("uses").orElseThrow().setText("\nFor tests and demos.\n");
        card.getEvalResultsFiles().add(new EvalResultsFile(".eval_results/gpqa.yaml", NEW_EVAL));
        CardSourceFile.write(card, source);
        return source;
    }

    private static List<JsonNode> ndjson(String text) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    @Test
    void pullsReadmeTranslationsAndEvalResultsOfAModel() throws Exception {
        hub.load("pull-model");
        Path source = pulledModel();
        Card card = CardSourceFile.read(source);
        JsonNode recorded = hub.recorded("GET", "/" + MODEL + "/resolve/" + SHA0 + "/.eval_results/hle.yaml");
        assertThat(card.getEvalResultsFiles()).singleElement()
                .satisfies(f -> assertThat(f.getText()).isEqualTo(new String(java.util.Base64.getDecoder()
                        .decode(recorded.get("response").get("body_base64").asText()), StandardCharsets.UTF_8)));
        assertThat(card.getTranslations()).singleElement().satisfies(t -> assertThat(t.getLanguage()).isEqualTo("zh"));
        assertThat(card.getRepository().getHubRepository()).isEqualTo(MODEL);
        assertThat(card.getRepository().getHubRevision()).isEqualTo(SHA0);
        // the same requests huggingface_hub made, with its token; config.json is not fetched
        for (HubReplay.Received r : hub.received()) {
            assertThat(hub.recorded(r.method(), r.path())).as(r.method() + " " + r.path()).isNotNull();
            assertThat(r.headers().get("authorization")).isEqualTo("Bearer " + TOKEN);
        }
        assertThat(hub.received("GET")).extracting(HubReplay.Received::path).noneMatch(p -> p.endsWith("config.json"));
        // and the token is nowhere in the card source
        assertThat(Files.readString(source)).doesNotContain(TOKEN);
    }

    @Test
    void pullsADatasetAtARevision() throws Exception {
        hub.load("pull-dataset");
        Path source = tmp.resolve("ds.card.yaml");
        Run r = run("import", "hub:datasets/cardwright-test/tiny-dataset", "--revision", "main", "-o", source.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Card card = CardSourceFile.read(source);
        assertThat(card.getCardType()).isEqualTo("dataset");
        assertThat(card.write()).startsWith("---\nlicense: cc-by-4.0\n---\n# Tiny dataset");
        assertThat(card.getRepository().getHubRepository()).isEqualTo("datasets/cardwright-test/tiny-dataset");
    }

    @Test
    void pushOpensAPullRequestWithTheCommitHuggingfaceHubSends() throws Exception {
        hub.load("pull-model").load("push-pr");
        Path source = editedModel();
        byte[] before = Files.readAllBytes(source);
        Run r = run("push", source.toString(), MODEL, "--message", "Update model card", "--description", "Edited with Cardwright");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("changed README.md", "-For tests.", "+For tests and demos.", "new file .eval_results/gpqa.yaml")
                .contains("opened pull request " + hub.url() + "/" + MODEL + "/discussions/7");
        String commitPath = "/api/models/" + MODEL + "/commit/main";
        HubReplay.Received commit = hub.received("POST").stream().filter(x -> x.path().equals(commitPath)).findFirst().orElseThrow();
        assertThat(commit.query()).isEqualTo("create_pr=1");
        assertThat(commit.headers().get("content-type")).isEqualTo("application/x-ndjson");
        assertThat(ndjson(commit.text())).isEqualTo(ndjson(hub.recorded("POST", commitPath).get("body").asText()));
        String preupload = "/api/models/" + MODEL + "/preupload/main";
        HubReplay.Received pre = hub.received("POST").stream().filter(x -> x.path().equals(preupload)).findFirst().orElseThrow();
        assertThat(JSON.readTree(pre.text())).isEqualTo(JSON.readTree(hub.recorded("POST", preupload).get("body").asText()));
        HubReplay.Received validate = hub.received("POST").get(0);
        assertThat(validate.path()).isEqualTo("/api/validate-yaml");
        assertThat(JSON.readTree(validate.text())).isEqualTo(JSON.readTree(hub.recorded("POST", "/api/validate-yaml").get("body").asText()));
        assertThat(Files.readAllBytes(source)).isEqualTo(before);
    }

    @Test
    void pushWithoutPullRequestCommitsToMain() throws Exception {
        hub.load("pull-model").load("push-direct");
        Path source = editedModel();
        Run r = run("push", source.toString(), MODEL, "--no-create-pr", "--description", "Edited with Cardwright");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("committed " + hub.url() + "/" + MODEL + "/commit/89abcdef");
        String commitPath = "/api/models/" + MODEL + "/commit/main";
        HubReplay.Received commit = hub.received("POST").stream().filter(x -> x.path().equals(commitPath)).findFirst().orElseThrow();
        assertThat(commit.query()).isNull();
        assertThat(ndjson(commit.text())).isEqualTo(ndjson(hub.recorded("POST", commitPath).get("body").asText()));
    }

    @Test
    void aHeadThatMovesDuringTheCommitIsAConflictAndNothingLocalChanges() throws Exception {
        hub.load("pull-model").load("push-conflict");
        Path source = editedModel();
        byte[] before = Files.readAllBytes(source);
        Run r = run("push", source.toString(), MODEL, "--no-create-pr", "--description", "Edited with Cardwright");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("changed on the Hub while committing").contains("nothing was changed");
        assertThat(Files.readAllBytes(source)).isEqualTo(before);
    }

    @Test
    void aRepositoryThatMovedSinceThePullIsRefusedUnlessForced() throws Exception {
        hub.load("pull-model").load("push-pr");
        Path source = editedModel();
        Card card = CardSourceFile.read(source);
        card.getRepository().setHubRevision("fedcba9876543210fedcba9876543210fedcba98");
        CardSourceFile.write(card, source);
        Run refused = run("push", source.toString(), MODEL);
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("changed on the Hub since the card was imported (at fedcba9, now 0123456)");
        assertThat(hub.received("POST")).isEmpty();
        Run forced = run("push", source.toString(), MODEL, "--force", "--description", "Edited with Cardwright");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(forced.out()).contains("opened pull request");
    }

    @Test
    void nothingToPushWhenTheRepositoryHasTheFiles() throws Exception {
        hub.load("pull-model");
        Run r = run("push", pulledModel().toString(), MODEL);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("already has these files; nothing to push");
        assertThat(hub.received("POST")).isEmpty();
    }

    @Test
    void eachRefusalOfTheHubHasItsOwnMessage() throws Exception {
        hub.load("error-401").load("error-404");
        Run unauthorized = run("import", "hub:cardwright-test/private", "-o", tmp.resolve("p.card.yaml").toString());
        assertThat(unauthorized.code()).isEqualTo(1);
        assertThat(unauthorized.err()).contains("did not accept the credentials to read cardwright-test/private (token from HF_TOKEN)");
        Run missing = run("import", "hub:cardwright-test/missing", "-o", tmp.resolve("m.card.yaml").toString());
        assertThat(missing.err()).contains("no repository cardwright-test/missing at " + hub.url());
        assertThat(tmp.resolve("p.card.yaml")).doesNotExist();

        hub.load("pull-model");
        Path source = editedModel();
        for (Map.Entry<String, String> e : Map.of(
                "read-only", "your token may not commit to cardwright-test/read-only",
                "locked", "refused because of a conflicting operation on cardwright-test/locked",
                "busy", "the Hub is limiting requests (too many in a short time); try again in 1 s").entrySet()) {
            String repo = "cardwright-test/" + e.getKey();
            String scenario = Map.of("read-only", "error-403", "locked", "error-409", "busy", "error-429").get(e.getKey());
            hub.load("pull-model", MODEL, repo).load(scenario);
            byte[] before = Files.readAllBytes(source);
            Run r = run("push", source.toString(), repo);
            assertThat(r.code()).as(repo).isEqualTo(1);
            assertThat(r.err()).as(repo).contains(e.getValue()).contains("nothing was changed");
            assertThat(Files.readAllBytes(source)).isEqualTo(before);
        }
    }

    @Test
    void anUnreachableEndpointIsSaidSo() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        System.setProperty("HF_ENDPOINT", "http://127.0.0.1:" + port);
        Run r = run("import", "hub:" + MODEL, "-o", tmp.resolve("x.card.yaml").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("cannot reach http://127.0.0.1:" + port);
    }

    @Test
    void theTokenComesFromTheFileTheHubCliWritesWhenHfTokenIsUnset() throws Exception {
        hub.load("pull-model");
        System.setProperty("HF_TOKEN", "");
        Files.createDirectories(tmp.resolve("hf-home"));
        Files.writeString(tmp.resolve("hf-home/token"), "hf_from_file\n");
        assertThat(run("import", "hub:" + MODEL, "-o", tmp.resolve("t.card.yaml").toString()).code()).isZero();
        assertThat(hub.received()).allSatisfy(r -> assertThat(r.headers().get("authorization")).isEqualTo("Bearer hf_from_file"));
        assertThat(HubSettings.from(Map.of(), tmp.resolve("nohome")).token()).isEmpty();
        assertThat(HubSettings.from(Map.of("HF_ENDPOINT", "https://hf-mirror.com/"), tmp).endpoint()).isEqualTo("https://hf-mirror.com");
    }
}
