package dev.cardwright.hub;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Hub on 127.0.0.1 that answers from recordings of huggingface_hub talking to the Hub stand-in
 * of tools/record_hub_protocol.py (src/test/resources/dev/cardwright/hub/*.json): a request is
 * answered with the recorded answer to the same method and path, in recorded order. Every request
 * received is kept, so tests can compare what Cardwright sent with what huggingface_hub sent.
 */
public final class HubReplay implements AutoCloseable {
    public record Received(String method, String path, String query, Map<String, String> headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, Deque<JsonNode>> answers = new HashMap<>();
    private final Map<String, List<JsonNode>> recordedRequests = new HashMap<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final HttpServer server;

    public HubReplay() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Adds the exchanges of a recording; {@code renames} are pairs of strings replaced in paths and bodies (a repository id, say). */
    public HubReplay load(String scenario, String... renames) throws IOException {
        JsonNode root;
        try (InputStream in = HubReplay.class.getResourceAsStream("/dev/cardwright/hub/" + scenario + ".json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (int i = 0; i + 1 < renames.length; i += 2) {
                text = text.replace(renames[i], renames[i + 1]);
            }
            root = JSON.readTree(text);
        }
        for (JsonNode e : root.get("exchanges")) {
            String key = e.get("method").asText() + " " + e.get("path").asText();
            answers.computeIfAbsent(key, k -> new ArrayDeque<>()).add(e.get("response"));
            recordedRequests.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        return this;
    }

    /** The recorded request huggingface_hub made for this method and path (the first of them). */
    public JsonNode recorded(String method, String path) {
        List<JsonNode> list = recordedRequests.get(method + " " + path);
        return list == null ? null : list.get(0);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> received(String method) {
        return received().stream().filter(r -> r.method().equals(method)).toList();
    }

    private void handle(HttpExchange ex) throws IOException {
        byte[] body = ex.getRequestBody().readAllBytes();
        Map<String, String> headers = new HashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
        String path = ex.getRequestURI().getRawPath();
        received.add(new Received(ex.getRequestMethod(), path, ex.getRequestURI().getRawQuery(), headers, body));
        Deque<JsonNode> queue = answers.get(ex.getRequestMethod() + " " + path);
        JsonNode answer;
        synchronized (answers) {
            answer = queue == null ? null : queue.size() > 1 ? queue.poll() : queue.peek();
        }
        if (answer == null) {
            byte[] msg = ("{\"error\": \"not in the recording: " + ex.getRequestMethod() + " " + path + "\"}").getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(404, msg.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(msg);
            }
            return;
        }
        byte[] data = answer.get("body").isNull() ? Base64.getDecoder().decode(answer.get("body_base64").asText())
                : answer.get("body").asText().replaceAll("http://127\\.0\\.0\\.1:\\d+", url()).getBytes(StandardCharsets.UTF_8);
        for (Iterator<Map.Entry<String, JsonNode>> it = answer.get("headers").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> h = it.next();
            ex.getResponseHeaders().add(h.getKey(), h.getValue().asText());
        }
        int status = answer.get("status").asInt();
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : data.length == 0 ? -1 : data.length);
        try (OutputStream out = ex.getResponseBody()) {
            if (!head) {
                out.write(data);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
