package dev.cardwright.hub;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Hub's HTTP API, as far as a card needs it: read a repository's card files at a revision, and
 * commit changed files in one commit, as huggingface_hub's {@code create_commit} does
 * ({@code POST /api/validate-yaml} for a README, {@code POST /api/{models|datasets}/ID/preupload/REV},
 * then the NDJSON payload to {@code POST /api/…/commit/REV}, {@code ?create_pr=1} for a pull
 * request, {@code parentCommit} so that a commit on top of a head that moved is refused). The
 * recordings of huggingface_hub doing the same are test fixtures (tools/record_hub_protocol.py).
 */
public final class HubClient {
    /** A repository's files at one commit. */
    public record Snapshot(String sha, List<String> paths, Map<String, byte[]> files) {
    }

    /** What a commit made: its id and URL, and the pull request's URL when one was opened. */
    public record CommitResult(String oid, String commitUrl, String pullRequestUrl) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HubSettings settings;
    private final HttpClient http;

    public HubClient(HubSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public String endpoint() {
        return settings.endpoint();
    }

    /** The files of {@code repo} at {@code revision} whose paths {@code wanted} accepts, and the commit they are at. */
    public Snapshot pull(HubRepo repo, String revision, Predicate<String> wanted) throws IOException {
        JsonNode info = json(send(get(api(repo, "revision", revision)), repo, "read"));
        String sha = info.path("sha").asText(null);
        if (sha == null) {
            throw new HubException(0, settings.endpoint() + " answered without a commit id for " + repo + "; is HF_ENDPOINT a Hub?");
        }
        List<String> paths = new ArrayList<>();
        info.path("siblings").forEach(s -> paths.add(s.path("rfilename").asText()));
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String path : paths) {
            if (wanted.test(path)) {
                String url = settings.endpoint() + "/" + repo.kind().urlPrefix() + repo.id() + "/resolve/" + sha + "/" + encodePath(path);
                files.put(path, send(get(url), repo, "read").body());
            }
        }
        return new Snapshot(sha, paths, files);
    }

    /**
     * Commits {@code files} (path → new content) to {@code revision} in one commit, as a pull
     * request when {@code createPr}. Only files the Hub takes as regular (not Git LFS) files can be
     * sent this way; others are refused before anything is committed.
     */
    public CommitResult commit(HubRepo repo, String revision, Map<String, byte[]> files, String summary, String description,
            boolean createPr, String parentCommit) throws IOException {
        String query = createPr ? "?create_pr=1" : "";
        byte[] readme = files.get("README.md");
        if (readme != null) {
            ObjectNode body = JSON.createObjectNode();
            body.put("content", new String(readme, StandardCharsets.UTF_8));
            body.put("repoType", repo.kind() == HubRepo.Kind.DATASET ? "dataset" : "model");
            send(post(settings.endpoint() + "/api/validate-yaml", "application/json", JSON.writeValueAsBytes(body)), repo, "check the README of");
        }
        ObjectNode pre = JSON.createObjectNode();
        ArrayNode list = pre.putArray("files");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            ObjectNode one = list.addObject();
            one.put("path", f.getKey());
            byte[] sample = java.util.Arrays.copyOf(f.getValue(), Math.min(512, f.getValue().length));
            one.put("sample", Base64.getEncoder().encodeToString(sample));
            one.put("size", f.getValue().length);
        }
        JsonNode modes = json(send(post(api(repo, "preupload", revision) + query, "application/json", JSON.writeValueAsBytes(pre)),
                repo, "commit to"));
        List<String> lfs = new ArrayList<>();
        modes.path("files").forEach(f -> {
            if ("lfs".equals(f.path("uploadMode").asText()) && f.path("size").asLong(1) != 0) {
                lfs.add(f.path("path").asText());
            }
        });
        if (!lfs.isEmpty()) {
            throw new HubException(0, "the Hub stores " + String.join(", ", lfs)
                    + " with Git LFS, which Cardwright does not upload; upload those with 'hf upload'. Nothing was committed");
        }
        StringBuilder ndjson = new StringBuilder();
        ObjectNode header = JSON.createObjectNode();
        header.put("key", "header");
        ObjectNode value = header.putObject("value");
        value.put("summary", summary);
        value.put("description", description == null ? "" : description);
        if (parentCommit != null) {
            value.put("parentCommit", parentCommit);
        }
        ndjson.append(JSON.writeValueAsString(header)).append('\n');
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            ObjectNode line = JSON.createObjectNode();
            line.put("key", "file");
            ObjectNode v = line.putObject("value");
            v.put("content", Base64.getEncoder().encodeToString(f.getValue()));
            v.put("path", f.getKey());
            v.put("encoding", "base64");
            ndjson.append(JSON.writeValueAsString(line)).append('\n');
        }
        JsonNode answer = json(send(post(api(repo, "commit", revision) + query, "application/x-ndjson",
                ndjson.toString().getBytes(StandardCharsets.UTF_8)), repo, "commit to"));
        String pr = answer.path("pullRequestUrl").asText(null);
        return new CommitResult(answer.path("commitOid").asText(null), answer.path("commitUrl").asText(null),
                createPr ? pr : null);
    }

    // ---- requests ------------------------------------------------------------------------------

    private String api(HubRepo repo, String action, String revision) {
        return settings.endpoint() + "/api/" + repo.kind().api() + "/" + repo.id() + "/" + action + "/"
                + URLEncoder.encode(revision, StandardCharsets.UTF_8);
    }

    private static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (String part : path.split("/", -1)) {
            out.append(out.length() == 0 ? "" : "/").append(URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }

    private HttpRequest.Builder request(String url) throws HubException {
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("User-Agent", "cardwright");
        } catch (IllegalArgumentException e) {
            throw new HubException(0, "HF_ENDPOINT gives a URL that is not one: " + url);
        }
        settings.token().ifPresent(t -> b.header("Authorization", "Bearer " + t));
        return b;
    }

    private HttpRequest get(String url) throws HubException {
        return request(url).GET().build();
    }

    private HttpRequest post(String url, String contentType, byte[] body) throws HubException {
        return request(url).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static JsonNode json(HttpResponse<byte[]> response) throws HubException {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new HubException(response.statusCode(), response.uri() + " answered with something that is not JSON");
        }
    }

    /** Sends a request; any answer but 2xx becomes a {@link HubException} that says what it means for the user. */
    private HttpResponse<byte[]> send(HttpRequest request, HubRepo repo, String doing) throws HubException {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException e) {
            throw new HubException("cannot reach " + settings.endpoint() + " (connection refused); check the network or HF_ENDPOINT", e);
        } catch (HttpTimeoutException e) {
            throw new HubException("no answer from " + settings.endpoint() + " within " + TIMEOUT.toSeconds()
                    + " s; check the network or HF_ENDPOINT (a mirror is set with HF_ENDPOINT)", e);
        } catch (IOException e) {
            throw new HubException("cannot reach " + settings.endpoint() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubException("interrupted while talking to " + settings.endpoint(), e);
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            return response;
        }
        String said = hubMessage(response);
        String tokenHint = settings.token().isPresent() ? " (token from " + settings.tokenSource() + ")"
                : " (no token: set HF_TOKEN or run 'hf auth login')";
        String message = switch (status) {
            case 401 -> "the Hub did not accept the credentials to " + doing + " " + repo + tokenHint
                    + "; a private repository also answers so";
            case 403 -> "your token may not " + doing + " " + repo + tokenHint
                    + "; it needs write access (or use a pull request, the default)";
            case 404 -> "no repository " + repo + " at " + settings.endpoint() + " (or it is private: log in)";
            case 409 -> "the Hub refused because of a conflicting operation on " + repo + "; try again in a moment";
            case 412 -> repo + " changed on the Hub while committing (its head is no longer the commit this was made"
                    + " against); import it again, or push with --force";
            case 429 -> "the Hub is limiting requests (too many in a short time)"
                    + response.headers().firstValue("Retry-After").map(s -> "; try again in " + s + " s").orElse("; try again later");
            default -> "the Hub answered " + status + " while trying to " + doing + " " + repo;
        };
        throw new HubException(status, message + (said.isEmpty() ? "" : " — the Hub said: " + said));
    }

    /** The Hub's own one-line reason: {@code X-Error-Message}, else the JSON {@code error}. */
    private static String hubMessage(HttpResponse<byte[]> response) {
        String header = response.headers().firstValue("X-Error-Message").orElse("");
        if (!header.isBlank()) {
            return header.strip();
        }
        try {
            JsonNode node = JSON.readTree(response.body());
            return node.path("error").asText("").lines().findFirst().orElse("").strip();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
