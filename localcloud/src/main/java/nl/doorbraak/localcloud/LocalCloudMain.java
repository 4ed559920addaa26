package nl.doorbraak.localcloud;

import nl.doorbraak.localcloud.template.DeployReport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Entry point of {@code ./doorbraak engine} (DynamoDB, Step Functions and Lambda on one port) and
 * {@code ./doorbraak local} (the engine, {@code template.yaml} deployed on it, the HTTP API and the pages on
 * {@code --port}). Prints one line containing {@code ready} when it serves.
 */
public final class LocalCloudMain {
    static final String STACK = "doorbraak";

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        LocalCloudOptions options = LocalCloudOptions.parse(args);
        boolean local = options.command().equals("local");
        if (!local && !options.command().equals("engine")) {
            throw new IllegalArgumentException("unknown command " + options.command() + " (engine or local)");
        }
        Path root = options.root().toAbsolutePath().normalize();
        LocalCloud cloud;
        try {
            cloud = LocalCloud.start(new LocalCloud.Options(options.host(), options.awsPort(),
                    local ? options.port() : null, options.dataDir(), root.resolve("web"), options.lambdaConcurrency(),
                    line -> System.out.println(line)));
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("doorbraak: the local cloud did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            cloud.close();
            stopped.countDown();
        }, "doorbraak-shutdown"));
        String storage = options.dataDir() == null ? "in memory" : "data in " + options.dataDir();
        if (!local) {
            System.out.println("Doorbraak local cloud ready at " + cloud.engineUrl() + " (" + storage + "; DynamoDB, Step Functions, Lambda)");
            System.out.flush();
            stopped.await();
            return;
        }
        Path template = root.resolve("template.yaml");
        Path jar = root.resolve("functions/target/doorbraak-functions.jar");
        if (!Files.isRegularFile(template)) {
            throw new IllegalStateException("No template.yaml in " + root);
        }
        long engineMillis = (System.nanoTime() - started) / 1_000_000;
        DeployReport report;
        try {
            report = cloud.deploy(template, jar, Map.of(), STACK);
        } catch (RuntimeException e) {
            System.err.println("doorbraak: deploying " + template + " failed: " + e.getMessage());
            System.exit(1);
            return;
        }
        long readyMillis = (System.nanoTime() - started) / 1_000_000;
        LocalSeed seed = LocalSeed.load(root.resolve("demo/seed.json"));
        System.out.println();
        System.out.println("  App (pages + HTTP API): " + cloud.appUrl() + "/");
        System.out.println("  AWS endpoint (engine):  " + cloud.engineUrl() + "   (AWS_ENDPOINT_URL for the AWS CLI/SDK)");
        System.out.println("  Local token:            POST " + cloud.appUrl() + "/local/token {\"sub\",\"name\",\"groups\":[...],\"tenant\"}");
        System.out.println("  Local clock:            POST " + cloud.appUrl() + "/local/clock {\"advanceSeconds\":N}");
        if (!seed.users().isEmpty()) {
            System.out.println("  Demo users:");
            seed.users().forEach(u -> System.out.println("    " + u.sub() + "  " + (u.name() == null ? "" : u.name())
                    + "  " + u.groups() + "  " + (u.tenant() == null ? "" : u.tenant())));
        }
        System.out.println("Doorbraak local ready at " + cloud.appUrl() + "/ in " + readyMillis + " ms (" + storage + ", "
                + report.actions().stream().filter(a -> a.kind().equals("Function")).count() + " functions; engine up in "
                + engineMillis + " ms, deploy " + (readyMillis - engineMillis) + " ms)");
        System.out.flush();
        if (options.demo()) {
            if (seed.hasRequests()) {
                Thread.ofVirtual().name("demo-seed").start(() -> seed.run(cloud, System.out::println));
            } else {
                System.out.println("demo: no demo/seed.json requests in " + root + "; nothing seeded");
            }
        }
        stopped.await();
    }

    /** Command-line options shared by {@code engine} and {@code local}. */
    public record LocalCloudOptions(String command, Path root, String host, int awsPort, int port, Path dataDir, boolean demo,
                                    int lambdaConcurrency) {
        static LocalCloudOptions parse(String[] args) {
            String command = args.length > 0 ? args[0] : "engine";
            Path root = Path.of(".");
            String host = "127.0.0.1";
            int awsPort = 4566;
            int port = 8080;
            Path dataDir = Path.of(".doorbraak");
            boolean inMemory = false;
            boolean demo = false;
            int concurrency = 4;
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--root" -> root = Path.of(args[++i]);
                    case "--host" -> host = args[++i];
                    case "--aws-port" -> awsPort = Integer.parseInt(args[++i]);
                    case "--port" -> port = Integer.parseInt(args[++i]);
                    case "--data-dir" -> dataDir = Path.of(args[++i]);
                    case "--in-memory" -> inMemory = true;
                    case "--demo" -> demo = true;
                    case "--lambda-concurrency" -> concurrency = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new LocalCloudOptions(command, root, host, awsPort, port, inMemory ? null : dataDir, demo, concurrency);
        }
    }
}
