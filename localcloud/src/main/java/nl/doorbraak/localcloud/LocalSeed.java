package nl.doorbraak.localcloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The {@code --demo} seam: the local cloud knows nothing of interventions, so demo data is a file the application
 * ships, {@code demo/seed.json}: {@code {"users":[{"sub","name","groups":[...],"tenant"}], "requests":[{"as":"<sub>",
 * "method","path","body"}]}}. The users are printed at start; the requests are sent, in order, through the HTTP API
 * with each user's local token, after the ready line. The application's API keeps them idempotent (a second start
 * answers 409 or the same resource); any answer below 500 counts as done. Payloads are never logged.
 */
public final class LocalSeed {
    private static final ObjectMapper JSON = new ObjectMapper();

    public record User(String sub, String name, List<String> groups, String tenant) {
    }

    private final List<User> users;
    private final List<JsonNode> requests;

    private LocalSeed(List<User> users, List<JsonNode> requests) {
        this.users = users;
        this.requests = requests;
    }

    public static LocalSeed load(Path file) {
        if (!Files.isRegularFile(file)) {
            return new LocalSeed(List.of(), List.of());
        }
        try {
            JsonNode doc = JSON.readTree(file.toFile());
            List<User> users = new ArrayList<>();
            doc.path("users").forEach(u -> {
                List<String> groups = new ArrayList<>();
                u.path("groups").forEach(g -> groups.add(g.asText()));
                users.add(new User(u.path("sub").asText(), u.path("name").asText(null), groups, u.path("tenant").asText(null)));
            });
            List<JsonNode> requests = new ArrayList<>();
            doc.path("requests").forEach(requests::add);
            return new LocalSeed(users, requests);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo seed " + file, e);
        }
    }

    public List<User> users() {
        return users;
    }

    public boolean hasRequests() {
        return !requests.isEmpty();
    }

    /** Sends the seed requests through the HTTP API at {@code appUrl} (call after the ready line, off the main thread). */
    public void run(LocalCloud cloud, Consumer<String> log) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, String> tokens = new LinkedHashMap<>();
        String audience = cloud.gateway().authorizers().stream().flatMap(a -> a.audiences().stream()).findFirst().orElse("local-client");
        for (User u : users) {
            ObjectNode claims = cloud.tokens().claims(u.sub(), u.name(), u.groups(), u.tenant(), audience);
            tokens.put(u.sub(), cloud.tokens().issue(claims));
        }
        int ok = 0;
        int failed = 0;
        for (JsonNode r : requests) {
            String as = r.path("as").asText();
            String method = r.path("method").asText("POST");
            String path = r.path("path").asText();
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(cloud.appUrl() + path)).timeout(Duration.ofMinutes(2))
                    .header("Content-Type", "application/json")
                    .method(method, r.has("body") ? HttpRequest.BodyPublishers.ofString(r.get("body").toString())
                            : HttpRequest.BodyPublishers.noBody());
            if (tokens.containsKey(as)) {
                b.header("Authorization", "Bearer " + tokens.get(as));
            }
            try {
                int status = http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status < 500) {
                    ok++;
                } else {
                    failed++;
                    log.accept("demo: " + method + " " + path + " answered " + status);
                }
            } catch (IOException e) {
                failed++;
                log.accept("demo: " + method + " " + path + " failed: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.accept("demo: seeded (" + ok + " requests done" + (failed > 0 ? ", " + failed + " failed" : "") + ")");
    }
}
