package nl.doorbraak.e2e;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The real local stack, {@code ./doorbraak local --in-memory}, as a child JVM on ephemeral ports (the same main class
 * and class path the launcher uses), with its output in {@code target/local-stack.log}. Stopped by {@link #close()}.
 */
public final class LocalStack implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private LocalStack(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * Starts the stack and waits until it serves the pages and issues demo tokens. Skips the calling test (one clear
     * line) when this build's local stack does not serve the HTTP API yet.
     */
    public static LocalStack start() {
        try {
            Path root = StaticSite.repositoryRoot();
            int port = freePort();
            int awsPort = freePort();
            Path log = Path.of(System.getProperty("doorbraak.screenshots", "target/screenshots")).getParent().resolve("local-stack.log");
            Files.createDirectories(log.getParent());
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), "nl.doorbraak.localcloud.LocalCloudMain", "local",
                    "--root", root.toString(), "--in-memory", "--host", "127.0.0.1",
                    "--port", Integer.toString(port), "--aws-port", Integer.toString(awsPort)));
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
            LocalStack stack = new LocalStack(builder.start(), port, log);
            stack.awaitReady();
            return stack;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        String answer = "no ready line";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the local stack stopped (exit " + process.exitValue() + "); its log:\n" + tail());
            }
            String log = tail();
            // The pages and /local answer while template.yaml is still being deployed; the API is there after this line.
            if (log.contains("local ready at")) {
                int page = status(HttpRequest.newBuilder(URI.create(url("index.html"))).GET());
                int token = status(HttpRequest.newBuilder(URI.create(url("local/token"))).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"sub\":\"probe\",\"name\":\"Probe\",\"groups\":[\"finance\"],\"tenant\":\"GM9999\"}")));
                if (page == 200 && token == 200) return;
                answer = "index.html " + page + ", POST /local/token " + token;
                break;
            }
            if (log.contains("local cloud ready at")) { // a launcher that starts the engine alone: no pages, no API
                answer = "only the engine started";
                break;
            }
            sleep();
        }
        close();
        String why = "browser scenario skipped: ./doorbraak local on this build does not serve the pages and the HTTP API ("
                + answer + "); see " + log;
        System.out.println(why);
        Assumptions.abort(why);
    }

    private static int status(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String url(String path) { return "http://127.0.0.1:" + port + "/" + path; }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
