package nl.doorbraak.localcloud.bench;

import nl.doorbraak.localcloud.LocalCloudMain;
import nl.doorbraak.localcloud.clock.EngineClock;
import nl.doorbraak.localcloud.dynamodb.DynamoDb;
import nl.doorbraak.localcloud.http.LocalCloudServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Plain benchmark harness for the DynamoDB engine: SDK v2 over loopback HTTP against an in-process engine, for
 * GetItem, PutItem, conditional UpdateItem and a 2-item TransactWriteItems, with 1 and 8 client threads, in memory
 * and durable; plus the time from JVM start to the engine's ready line. Run: {@code ./doorbraak bench dynamodb}.
 * System properties: {@code bench.seconds} (measured seconds per run, default 5), {@code bench.warmup} (default 2),
 * {@code bench.only} (operation name prefix), {@code bench.threads} (default "1,8"), {@code bench.storage}
 * (default "in-memory,durable").
 */
public final class DynamoDbBench {
    private static final double SECONDS = Double.parseDouble(System.getProperty("bench.seconds", "5"));
    private static final double WARMUP = Double.parseDouble(System.getProperty("bench.warmup", "2"));
    /** Seconds of mixed traffic before the first measurement, so that the JIT has compiled the hot paths. */
    private static final double JIT_WARMUP = Double.parseDouble(System.getProperty("bench.jitWarmup", "15"));
    private static final String ONLY = System.getProperty("bench.only", "");
    private static final String THREADS = System.getProperty("bench.threads", "1,8");
    private static final String STORAGE = System.getProperty("bench.storage", "in-memory,durable");
    /**
     * SDK HTTP clients to drive with: {@code apache5} (the SDK's default sync client) and {@code urlconnection}
     * (the lightweight one the Lambda functions use). The latter pays about 1 ms per call on a reused connection:
     * the JDK's HttpURLConnection probes a cached connection with a 1 ms read timeout before every streaming POST
     * (sun.net.www.http.HttpClient.available()), whatever the server.
     */
    private static final String CLIENTS = System.getProperty("bench.clients", "apache5,urlconnection");
    private static String clientKind = "apache5";

    interface Op {
        void run(DynamoDbClient client, int thread, long i);
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("machine: %d cores, %s %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
        if (ONLY.isEmpty()) {
            readyTime(false);
            readyTime(true);
        }
        System.out.printf("%-14s %-10s %-20s %7s %10s %9s %9s%n", "client", "storage", "operation", "threads", "ops/s", "p50 ms", "p99 ms");
        for (boolean durable : new boolean[]{false, true}) {
            if (!STORAGE.contains(durable ? "durable" : "in-memory")) continue;
            Path dir = durable ? Files.createTempDirectory("doorbraak-bench") : null;
            EngineClock clock = EngineClock.system();
            try (DynamoDb db = new DynamoDb(dir, clock); LocalCloudServer server = new LocalCloudServer("127.0.0.1", 0)) {
                server.register(db.service());
                server.start();
                try (DynamoDbClient setup = client(server.url())) {
                    setup.createTable(b -> b.tableName("bench")
                            .attributeDefinitions(d -> d.attributeName("pk").attributeType("S"))
                            .keySchema(k -> k.attributeName("pk").keyType("HASH")).billingMode("PAY_PER_REQUEST"));
                    for (int i = 0; i < 1000; i++) {
                        int k = i;
                        setup.putItem(b -> b.tableName("bench").item(Map.of("pk", s("item-" + k), "balance", n("1000000000"), "name", s("payload " + k))));
                    }
                }
                String storage = durable ? "durable" : "in-memory";
                if (!durable || !STORAGE.contains("in-memory")) jitWarmup(server.url());
                for (String kind : CLIENTS.split(",")) {
                clientKind = kind;
                for (int threads : Arrays.stream(THREADS.split(",")).mapToInt(Integer::parseInt).toArray()) {
                    run(server.url(), storage, "GetItem", threads, (c, t, i) ->
                            c.getItem(b -> b.tableName("bench").key(Map.of("pk", s("item-" + (i % 1000))))));
                    run(server.url(), storage, "PutItem", threads, (c, t, i) ->
                            c.putItem(b -> b.tableName("bench").item(Map.of("pk", s("put-" + t + "-" + (i % 5000)), "v", n(Long.toString(i))))));
                    run(server.url(), storage, "UpdateItem cond.", threads, (c, t, i) ->
                            c.updateItem(b -> b.tableName("bench").key(Map.of("pk", s("item-" + ((t * 101 + i) % 1000))))
                                    .updateExpression("SET balance = balance - :one").conditionExpression("balance >= :one")
                                    .expressionAttributeValues(Map.of(":one", n("1")))));
                    run(server.url(), storage, "TransactWrite (2)", threads, (c, t, i) ->
                            c.transactWriteItems(b -> b.transactItems(
                                    TransactWriteItem.builder().put(p -> p.tableName("bench").item(Map.of("pk", s("tx-a-" + t + "-" + (i % 5000))))).build(),
                                    TransactWriteItem.builder().put(p -> p.tableName("bench").item(Map.of("pk", s("tx-b-" + t + "-" + (i % 5000))))).build())));
                }
                }
            } finally {
                if (dir != null) {
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
            }
        }
    }

    private static void run(String url, String storage, String name, int threads, Op op) throws Exception {
        if (!name.startsWith(ONLY)) return;
        List<long[]> latencies = new ArrayList<>();
        AtomicLong done = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        long measureFrom = start + (long) (WARMUP * 1e9);
        long end = measureFrom + (long) (SECONDS * 1e9);
        String[] failure = new String[1];
        for (int t = 0; t < threads; t++) {
            int thread = t;
            long[] lat = new long[2_000_000];
            latencies.add(lat);
            workers.add(Thread.ofPlatform().start(() -> {
                int n = 0;
                try (DynamoDbClient client = client(url)) {
                    for (long i = 0; ; i++) {
                        long a = System.nanoTime();
                        if (a >= end) break;
                        op.run(client, thread, i);
                        long b = System.nanoTime();
                        if (a >= measureFrom && n < lat.length) lat[n++] = b - a;
                    }
                } catch (RuntimeException e) {
                    failure[0] = e.toString();
                }
                lat[lat.length - 1] = n;
                done.addAndGet(n);
            }));
        }
        for (Thread w : workers) w.join();
        if (failure[0] != null) {
            System.out.printf("%-14s %-10s %-20s %7d   failed: %s%n", clientKind, storage, name, threads, failure[0]);
            return;
        }
        long total = done.get();
        long[] all = new long[(int) total];
        int k = 0;
        for (long[] lat : latencies) {
            int n = (int) lat[lat.length - 1];
            System.arraycopy(lat, 0, all, k, n);
            k += n;
        }
        Arrays.sort(all);
        System.out.printf("%-14s %-10s %-20s %7d %10.0f %9.2f %9.2f%n", clientKind, storage, name, threads, total / SECONDS,
                all[(int) (all.length * 0.50)] / 1e6, all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1e6);
    }

    /** Mixed unmeasured traffic from 4 threads with both clients, so the measurements see compiled code. */
    private static void jitWarmup(String url) throws Exception {
        long end = System.nanoTime() + (long) (JIT_WARMUP * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            threads.add(Thread.ofPlatform().start(() -> {
                String kind = thread % 2 == 0 ? "apache5" : "urlconnection";
                try (DynamoDbClient c = client(url, kind)) {
                    for (long i = 0; System.nanoTime() < end; i++) {
                        long k = i % 1000;
                        c.getItem(b -> b.tableName("bench").key(Map.of("pk", s("item-" + k))));
                        c.putItem(b -> b.tableName("bench").item(Map.of("pk", s("warm-" + thread + "-" + k))));
                        c.updateItem(b -> b.tableName("bench").key(Map.of("pk", s("item-" + k)))
                                .updateExpression("SET balance = balance - :one").conditionExpression("balance >= :one")
                                .expressionAttributeValues(Map.of(":one", n("1"))));
                    }
                }
            }));
        }
        for (Thread t : threads) t.join();
    }

    /** Starts the engine as {@code ./doorbraak engine} does, in a fresh JVM, and times the ready line from process start. */
    private static void readyTime(boolean durable) throws Exception {
        Path dir = durable ? Files.createTempDirectory("doorbraak-ready") : null;
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), LocalCloudMain.class.getName(), "engine", "--aws-port", "0"));
        if (durable) cmd.addAll(List.of("--data-dir", dir.toString()));
        else cmd.add("--in-memory");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            String line;
            while ((line = r.readLine()) != null && !line.contains("ready at")) { /* skip */ }
            System.out.printf("engine ready (%s): %.0f ms after process start%n", durable ? "durable" : "in-memory", (System.nanoTime() - t0) / 1e6);
        } finally {
            p.destroy();
            p.waitFor();
            if (dir != null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
    }

    private static DynamoDbClient client(String url) {
        return client(url, clientKind);
    }

    private static DynamoDbClient client(String url, String kind) {
        var builder = DynamoDbClient.builder().endpointOverride(URI.create(url)).region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")));
        if (kind.equals("urlconnection")) builder.httpClientBuilder(UrlConnectionHttpClient.builder());
        else builder.httpClientBuilder(Apache5HttpClient.builder().maxConnections(64));
        return builder.build();
    }

    private static AttributeValue s(String v) { return AttributeValue.fromS(v); }

    private static AttributeValue n(String v) { return AttributeValue.fromN(v); }
}
