package nl.doorbraak.e2e.endpoint;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./doorbraak engine --in-memory} as a separate process, as a user would start it beside LocalStack's port:
 * the launcher's main class and class path ({@code localcloud/target/classes} + {@code classpath.txt}), an ephemeral
 * port, output (including every function's output, where the notification outbox is) in a log file.
 */
final class EngineProcess implements AutoCloseable {
    private final Process process;
    private final String url;
    private final Path log;

    private EngineProcess(Process process, String url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    static EngineProcess start(Path root, Path log) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path cpFile = root.resolve("localcloud/target/classpath.txt");
        String classpath = Files.isRegularFile(cpFile)
                ? root.resolve("localcloud/target/classes") + java.io.File.pathSeparator + Files.readString(cpFile).strip()
                : System.getProperty("java.class.path");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.createDirectories(log.getParent());
        Process p = new ProcessBuilder(List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", classpath, "nl.doorbraak.localcloud.LocalCloudMain", "engine", "--root", root.toString(),
                "--in-memory", "--host", "127.0.0.1", "--aws-port", Integer.toString(port)))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        EngineProcess engine = new EngineProcess(p, "http://127.0.0.1:" + port, log);
        engine.awaitReady();
        return engine;
    }

    private void awaitReady() throws IOException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            if (Files.exists(log) && Files.readString(log).contains("ready at")) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("./doorbraak engine stopped (exit " + process.exitValue() + "): " + Files.readString(log));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IllegalStateException("./doorbraak engine did not print its ready line within 60 s: " + Files.readString(log));
    }

    String url() {
        return url;
    }

    Path log() {
        return log;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
