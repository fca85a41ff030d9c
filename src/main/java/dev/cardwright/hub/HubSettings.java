package dev.cardwright.hub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the Hub is and who we are there, read the way huggingface_hub reads them, never stored by
 * Cardwright: the endpoint from {@code HF_ENDPOINT} (a mirror works the same), the token from
 * {@code HF_TOKEN}, else the file the Hub's CLI writes on {@code hf auth login}
 * ({@code HF_TOKEN_PATH}, else {@code $HF_HOME/token}, else {@code ~/.cache/huggingface/token}).
 */
public record HubSettings(String endpoint, Optional<String> token, String tokenSource) {
    public static final String DEFAULT_ENDPOINT = "https://huggingface.co";

    /** From the process environment; a Java system property of the same name wins (for tests and launchers). */
    public static HubSettings fromEnvironment() {
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        for (String key : new String[] {"HF_ENDPOINT", "HF_TOKEN", "HF_HOME", "HF_TOKEN_PATH"}) {
            String p = System.getProperty(key);
            if (p != null) {
                env.put(key, p);
            }
        }
        return from(env, Path.of(System.getProperty("user.home")));
    }

    public static HubSettings from(Map<String, String> env, Path home) {
        String endpoint = blankToNull(env.get("HF_ENDPOINT"));
        endpoint = endpoint == null ? DEFAULT_ENDPOINT : endpoint.replaceAll("/+$", "");
        String token = blankToNull(env.get("HF_TOKEN"));
        if (token != null) {
            return new HubSettings(endpoint, Optional.of(token.strip()), "HF_TOKEN");
        }
        Path file = env.get("HF_TOKEN_PATH") != null ? Path.of(env.get("HF_TOKEN_PATH"))
                : env.get("HF_HOME") != null ? Path.of(env.get("HF_HOME"), "token")
                : home.resolve(".cache").resolve("huggingface").resolve("token");
        try {
            if (Files.isRegularFile(file)) {
                String t = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!t.isEmpty()) {
                    return new HubSettings(endpoint, Optional.of(t), file.toString());
                }
            }
        } catch (IOException e) {
            // an unreadable token file is the same as none: the request then says what is missing
        }
        return new HubSettings(endpoint, Optional.empty(), null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
