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
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        long graceAfterReady = Long.MAX_VALUE;
        int tokenStatus = -1;
        while (System.nanoTime() < Math.min(deadline, graceAfterReady)) {
            if (graceAfterReady == Long.MAX_VALUE && tail().contains("local cloud ready at")) { // the engine alone: no API coming
                graceAfterReady = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the local stack stopped (exit " + process.exitValue() + "); its log:\n" + tail());
            }
            try {
                HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(url("index.html"))).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                tokenStatus = HTTP.send(HttpRequest.newBuilder(URI.create(url("local/token")))
                        .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"sub\":\"probe\",\"name\":\"Probe\",\"groups\":[\"finance\"],\"tenant\":\"GM0363\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString()).statusCode();
                // The pages and /local answer while template.yaml is still being deployed; the API is there after the ready line.
                if (tokenStatus == 200 && page.statusCode() == 200 && tail().contains("local ready at")) return;
                if (tokenStatus == 404 || page.statusCode() == 404) break;
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep();
        }
        close();
        String why = "browser scenario skipped: ./doorbraak local on this build does not serve the pages and the HTTP API with "
                + "POST /local/token (last answer " + tokenStatus + "); see " + log;
        System.out.println(why);
        Assumptions.abort(why);
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
