package nl.doorbraak.e2e.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.doorbraak.localcloud.LocalCloud;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The full local stack as {@code ./doorbraak local --in-memory} runs it: a child JVM (same main class and class
 * path as the launcher) that deploys template.yaml, runs every function in its own JVM with AWS's runtime
 * interface client and the shaded jar, and serves the HTTP API with the JWT authorizer. Tokens come from
 * {@code POST /local/token}, the clock moves with {@code POST /local/clock}. Output in target/api-stack.log.
 */
final class HttpStack implements ApiStack {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final LocalCloud cloud;
    private final String baseUrl;
    private final Path log;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private HttpStack(Process process, LocalCloud cloud, String baseUrl, Path log) {
        this.process = process;
        this.cloud = cloud;
        this.baseUrl = baseUrl;
        this.log = log;
    }

    /**
     * The whole local cloud in this JVM ({@link LocalCloud}, as {@code ./doorbraak local} wires it): template.yaml
     * deployed by the deployer, every function in its own JVM with the runtime interface client and the shaded jar,
     * the HTTP API with the JWT authorizer. Skips when the jar has not been built.
     */
    static HttpStack cloud() {
        Path root = Root.path();
        Path jar = root.resolve("functions/target/doorbraak-functions.jar");
        Assumptions.assumeTrue(Files.exists(jar), "skipped: " + jar + " not built (run in the verify phase)");
        try {
            Path log = root.resolve("e2e/target/api-stack.log");
            Files.createDirectories(log.getParent());
            java.io.PrintWriter out = new java.io.PrintWriter(Files.newBufferedWriter(log,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND), true);
            LocalCloud cloud = LocalCloud.start(LocalCloud.Options.inMemory().withLog(line -> {
                synchronized (out) {
                    out.println(line);
                }
            }));
            try {
                cloud.deploy(root.resolve("template.yaml"), jar, Map.of(), "doorbraak");
            } catch (RuntimeException e) {
                cloud.close();
                throw new StackUnavailable("template.yaml does not deploy on this build's local cloud: " + e);
            }
            HttpStack stack = new HttpStack(null, cloud, cloud.appUrl(), log);
            stack.awaitReady();
            return stack;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code ./doorbraak local --in-memory} as a child process. */
    static HttpStack child() {
        Path root = Root.path();
        Path jar = root.resolve("functions/target/doorbraak-functions.jar");
        Assumptions.assumeTrue(Files.exists(jar), "skipped: " + jar + " not built (run in the verify phase)");
        try {
            int port = freePort();
            int awsPort = freePort();
            Path log = root.resolve("e2e/target/api-stack.log");
            Files.createDirectories(log.getParent());
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), "nl.doorbraak.localcloud.LocalCloudMain", "local",
                    "--root", root.toString(), "--in-memory", "--host", "127.0.0.1",
                    "--port", Integer.toString(port), "--aws-port", Integer.toString(awsPort)));
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
            HttpStack stack = new HttpStack(builder.start(), null, "http://127.0.0.1:" + port, log);
            stack.awaitReady();
            return stack;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady() {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        int last = -1;
        while (System.nanoTime() < until && (process == null || process.isAlive())) {
            try {
                last = HTTP.send(HttpRequest.newBuilder(URI.create(url("/local/token"))).timeout(Duration.ofSeconds(5))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                "{\"sub\":\"probe\",\"name\":\"Probe\",\"groups\":[\"finance\"],\"tenant\":\"GM0000\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString()).statusCode();
                if (last == 200) {
                    int api = call(new User("probe", "Probe", List.of("finance"), "GM0000"), "GET", "/api/budgets", null).status();
                    if (api == 200) {
                        return;
                    }
                    last = api;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            Scenario.pause(250);
        }
        String tail = tail();
        close();
        throw new StackUnavailable("the local stack does not serve the API (last answer " + last + "); log:\n" + tail);
    }

    private String url(String path) {
        return baseUrl + path;
    }

    private String token(User user) {
        return tokens.computeIfAbsent(user.sub() + "|" + user.tenant() + "|" + user.groups(), k -> {
            try {
                Map<String, Object> body = new HashMap<>();
                body.put("sub", user.sub());
                body.put("name", user.name());
                body.put("groups", user.groups());
                body.put("tenant", user.tenant());
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/local/token")))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body))).build(),
                        HttpResponse.BodyHandlers.ofString());
                var json = MAPPER.readTree(r.body());
                for (String field : new String[] {"token", "idToken", "id_token", "access_token"}) {
                    if (json.hasNonNull(field)) {
                        return json.get(field).asText();
                    }
                }
                throw new IllegalStateException("no token in " + r.body());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public Answer call(User user, String method, String pathAndQuery, String jsonBody) {
        return send(method, pathAndQuery, jsonBody, "Bearer " + token(user));
    }

    @Override
    public Answer anonymous(String method, String pathAndQuery) {
        return send(method, pathAndQuery, method.equals("GET") ? null : "{}", null);
    }

    private Answer send(String method, String pathAndQuery, String body, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(pathAndQuery))).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> headers = new HashMap<>();
            r.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
            return new Answer(r.statusCode(), headers, r.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(method + " " + pathAndQuery + " failed", e);
        }
    }

    /** Every step is a Lambda invocation, possibly a cold JVM on a shared machine. */
    @Override
    public Duration patience() {
        return Duration.ofSeconds(90);
    }

    @Override
    public void settle(String interventionId) {
        if (cloud == null) {
            Scenario.pause(1000);
            return;
        }
        InProcessStack.settle(cloud.sfnClient(), executionArn(interventionId));
    }

    @Override
    public String history(String interventionId) {
        return cloud == null ? "" : InProcessStack.history(cloud.sfnClient(), executionArn(interventionId));
    }

    private String executionArn(String interventionId) {
        return cloud.sfnClient().listStateMachines().stateMachines().stream()
                .filter(m -> m.name().endsWith("intervention")).findFirst().orElseThrow().stateMachineArn()
                .replace(":stateMachine:", ":execution:") + ":" + interventionId;
    }

    @Override
    public void advance(Duration by) {
        Answer a = send("POST", "/local/clock", "{\"advanceSeconds\":" + by.toSeconds() + "}", null);
        if (a.status() != 200) {
            throw new IllegalStateException("clock did not move: " + a);
        }
    }

    @Override
    public String outbox() {
        try {
            StringBuilder sb = new StringBuilder();
            for (String line : Files.readAllLines(log)) {
                if (line.contains("OUTBOX ")) {
                    sb.append(line).append('\n');
                }
            }
            return sb.toString();
        } catch (IOException e) {
            return "";
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** The stack cannot run on this build (yet); the caller may fall back to the in-process stack. */
    static final class StackUnavailable extends RuntimeException {
        StackUnavailable(String message) {
            super(message);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        if (cloud != null) {
            cloud.close();
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
