package nl.doorbraak.localcloud.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.doorbraak.localcloud.LocalCloud;
import nl.doorbraak.localcloud.LocalCloudMain;
import nl.doorbraak.localcloud.lambda.LambdaSettings;

import java.io.BufferedReader;
import java.io.IOException;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The local runtime's figures ({@code ./doorbraak bench lambda}): time from process start to the ready line of
 * {@code ./doorbraak local} (in memory, and a second start on a data directory), the engine's idle RSS, a real
 * function's cold start and warm latency through the HTTP API, a warm function JVM's RSS, and the cold start under
 * three JVM option sets (JDK defaults; Serial GC + C1 only + CDS of the JDK; the same plus an AppCDS archive of the
 * function's own classes). Needs {@code template.yaml} and {@code functions/target/doorbraak-functions.jar}.
 * System property {@code bench.warm} = warm requests per measurement (default 30).
 */
public final class LambdaBench {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WARM = Integer.getInteger("bench.warm", 30);
    private static final String ROUTE = "/api/budgets";
    /** The handler's answer is reported with the figures: a placeholder handler answers 500 and does less work. */
    private static volatile int LAST_STATUS;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        if (!Files.exists(root.resolve("functions/target/doorbraak-functions.jar"))) {
            System.err.println("bench lambda: build first (./doorbraak package): functions/target/doorbraak-functions.jar is missing");
            System.exit(2);
        }
        System.out.println("# Local runtime bench, " + java.time.Instant.now() + ", Java " + Runtime.version()
                + ", " + Runtime.getRuntime().availableProcessors() + " cores, load " + loadAverage());
        startup(root);
        coldStartVariants(root);
    }

    // ---- ./doorbraak local as a child process ----

    private static void startup(Path root) throws Exception {
        System.out.println();
        System.out.println("## ./doorbraak local: start to ready line");
        List<Long> inMemory = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            try (Child child = Child.start(root, null)) {
                inMemory.add(child.readyMillis);
            }
        }
        System.out.println("in memory, 3 starts: " + inMemory + " ms (median " + median(inMemory) + " ms)");
        Path data = Files.createTempDirectory("doorbraak-bench-data");
        try {
            long first;
            try (Child child = Child.start(root, data)) {
                first = child.readyMillis;
            }
            try (Child child = Child.start(root, data)) {
                System.out.println("data directory: first start " + first + " ms, second start (re-deploy is a no-op) "
                        + child.readyMillis + " ms");
                Thread.sleep(3000);
                long idle = rssKb(child.process.pid());
                System.out.println("engine idle RSS after start: " + idle / 1024 + " MiB");
                String token = token(child.app, "bench-fin", List.of("finance"));
                long cold = timeGet(child.app + ROUTE, token);
                List<Long> warm = new ArrayList<>();
                for (int i = 0; i < WARM; i++) {
                    warm.add(timeGet(child.app + ROUTE, token));
                }
                System.out.println("GET " + ROUTE + " (BudgetsFunction through the HTTP API): cold " + cold + " ms, warm p50 "
                        + percentile(warm, 50) + " ms, p99 " + percentile(warm, 99) + " ms (" + WARM + " requests; handler answered "
                        + LAST_STATUS + ")");
                child.process.descendants().filter(p -> p.info().commandLine().orElse("").contains("AWSLambda"))
                        .forEach(p -> System.out.println("warm function JVM RSS (" + functionName(p) + "): "
                                + rssKb(p.pid()) / 1024 + " MiB"));
                System.out.println("engine RSS with one warm function: " + rssKb(child.process.pid()) / 1024 + " MiB");
            }
        } finally {
            delete(data);
        }
    }

    // ---- cold start under JVM option sets, in-process ----

    private static void coldStartVariants(Path root) throws Exception {
        System.out.println();
        System.out.println("## Function cold start by JVM options (BudgetsFunction, GET " + ROUTE + " through the HTTP API)");
        System.out.println("| options | process start to first /next | first request (cold) | warm p50 | warm function RSS | status |");
        System.out.println("|---|---|---|---|---|---|");
        variant(root, "JDK defaults (G1, C2, no class-data sharing of our own)", s -> s.withJvmOptions(List.of()).withClassDataSharing(false));
        variant(root, "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto", s -> s.withJvmOptions(LambdaSettings.DEFAULT_JVM_OPTIONS).withClassDataSharing(false));
        variant(root, "the same + AppCDS archive of the function (recorded by the first process at exit), second start", s -> s.withJvmOptions(LambdaSettings.DEFAULT_JVM_OPTIONS).withClassDataSharing(true));
    }

    private static void variant(Path root, String name, UnaryOperator<LambdaSettings> tuning) throws Exception {
        Path data = Files.createTempDirectory("doorbraak-bench-variant");
        try {
            long[] result = null;
            for (int round = 0; round < 2; round++) { // round 1 may create the CDS archive; round 2 is measured
                LocalCloud.Options options = new LocalCloud.Options("127.0.0.1", 0, 0, data, null, 4, line -> { })
                        .withLambda(tuning);
                try (LocalCloud cloud = LocalCloud.start(options)) {
                    cloud.deploy(root.resolve("template.yaml"), root.resolve("functions/target/doorbraak-functions.jar"),
                            Map.of(), "doorbraak");
                    String token = cloud.tokens().issue(cloud.tokens().claims("bench-fin", "Bench", List.of("finance"), "GM9999",
                            cloud.gateway().authorizers().iterator().next().audiences().get(0)));
                    long cold = timeGet(cloud.appUrl() + ROUTE, token);
                    List<Long> warm = new ArrayList<>();
                    for (int i = 0; i < WARM; i++) {
                        warm.add(timeGet(cloud.appUrl() + ROUTE, token));
                    }
                    long start = cloud.lambda().coldStarts("doorbraak-BudgetsFunction").get(0);
                    long rss = cloud.lambda().processIds("doorbraak-BudgetsFunction").stream().mapToLong(LambdaBench::rssKb).max().orElse(0);
                    result = new long[]{start, cold, percentile(warm, 50), rss / 1024};
                }
            }
            System.out.println("| " + name + " | " + result[0] + " ms | " + result[1] + " ms | " + result[2] + " ms | " + result[3] + " MiB | " + LAST_STATUS + " |");
        } finally {
            delete(data);
        }
    }

    // ---- helpers ----

    private static final class Child implements AutoCloseable {
        final Process process;
        final long readyMillis;
        final String app;

        private Child(Process process, long readyMillis, String app) {
            this.process = process;
            this.readyMillis = readyMillis;
            this.app = app;
        }

        static Child start(Path root, Path dataDir) throws Exception {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                    LocalCloudMain.class.getName(), "local", "--root", root.toString(), "--port", "0", "--aws-port", "0"));
            if (dataDir == null) {
                command.add("--in-memory");
            } else {
                command.addAll(List.of("--data-dir", dataDir.toString()));
            }
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            BufferedReader reader = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> {
                try {
                    String l;
                    while ((l = reader.readLine()) != null) {
                        if (l.contains(" ready at ")) {
                            return l;
                        }
                    }
                } catch (IOException ignored) {
                    // ended
                }
                return null;
            }).get(300, TimeUnit.SECONDS);
            long ready = (System.nanoTime() - t0) / 1_000_000;
            if (line == null) {
                p.destroyForcibly();
                throw new IllegalStateException("./doorbraak local did not become ready");
            }
            Thread.ofVirtual().start(() -> {
                try {
                    while (reader.readLine() != null) { /* drain */ }
                } catch (IOException ignored) {
                    // ended
                }
            });
            String app = line.substring(line.indexOf(" ready at ") + 10).split(" ")[0];
            return new Child(p, ready, app.endsWith("/") ? app.substring(0, app.length() - 1) : app);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static String token(String app, String sub, List<String> groups) throws Exception {
        String body = JSON.createObjectNode().put("sub", sub).put("name", "Bench").put("tenant", "GM9999")
                .set("groups", JSON.valueToTree(groups)).toString();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(app + "/local/token"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body()).get("token").asText();
    }

    private static long timeGet(String url, String token) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (r.statusCode() == 401 || r.statusCode() == 404) {
            throw new IllegalStateException("GET " + url + " answered " + r.statusCode() + ": " + r.body());
        }
        LAST_STATUS = r.statusCode();
        return ms;
    }

    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private static String functionName(ProcessHandle p) {
        String[] args = p.info().arguments().orElse(new String[0]);
        return args.length == 0 ? "?" : args[args.length - 1];
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static long median(List<Long> values) {
        return percentile(values, 50);
    }

    private static long percentile(List<Long> values, int p) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private LambdaBench() {
    }
}
