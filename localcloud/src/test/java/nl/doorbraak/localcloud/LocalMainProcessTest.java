package nl.doorbraak.localcloud;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./doorbraak local --in-memory} as a child process (the launcher's main class and class path): it deploys the
 * application's template, prints its ready line, and its HTTP API refuses a request without a token and lets one with a
 * token from {@code /local/token} through to the function.
 */
class LocalMainProcessTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void localStartsDeploysAndServesTheApiWithLocalTokens() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        Assumptions.assumeTrue(root != null && Files.exists(root.resolve("template.yaml"))
                        && Files.exists(root.resolve("functions/target/doorbraak-functions.jar")),
                "needs template.yaml and the packaged functions jar (mvn package builds it before these tests)");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), LocalCloudMain.class.getName(), "local", "--root", root.toString(),
                "--in-memory", "--port", "0", "--aws-port", "0").redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
                try {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        output.add(line);
                        if (line.contains(" ready at ")) {
                            return line;
                        }
                    }
                    return null;
                } catch (java.io.IOException e) {
                    return null;
                }
            });
            String line = ready.get(180, TimeUnit.SECONDS);
            assertTrue(line != null, "no ready line; output:\n" + String.join("\n", output));
            Thread.ofVirtual().start(() -> {
                try {
                    while (reader.readLine() != null) { /* drain */ }
                } catch (java.io.IOException ignored) {
                    // stopped
                }
            });
            String app = line.substring(line.indexOf(" ready at ") + 10).split(" ")[0];
            app = app.endsWith("/") ? app.substring(0, app.length() - 1) : app;

            HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(app + "/api/budgets")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, refused.statusCode());
            assertEquals("{\"message\":\"Unauthorized\"}", refused.body());

            HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(app + "/local/token"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"sub\":\"fin-1\",\"name\":\"Demo Financien\",\"groups\":[\"finance\"],\"tenant\":\"GM9999\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, token.statusCode(), token.body());
            String bearer = "Bearer " + new ObjectMapper().readTree(token.body()).get("token").asText();
            HttpResponse<String> answered = HTTP.send(HttpRequest.newBuilder(URI.create(app + "/api/budgets"))
                    .timeout(Duration.ofSeconds(120)).header("Authorization", bearer).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertNotEquals(401, answered.statusCode(), answered.body());
            assertNotEquals(404, answered.statusCode(), answered.body());
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
