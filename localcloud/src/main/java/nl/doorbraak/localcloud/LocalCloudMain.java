package nl.doorbraak.localcloud;

import nl.doorbraak.localcloud.clock.EngineClock;
import nl.doorbraak.localcloud.http.LocalCloudServer;
import nl.doorbraak.localcloud.stepfunctions.api.ClockHandler;
import nl.doorbraak.localcloud.stepfunctions.api.StepFunctionsService;
import nl.doorbraak.localcloud.stepfunctions.engine.AwsJsonServiceCaller;
import nl.doorbraak.localcloud.stepfunctions.engine.LambdaInvoker;
import nl.doorbraak.localcloud.stepfunctions.engine.StepFunctionsEngine;
import nl.doorbraak.localcloud.stepfunctions.storage.FileSfnStore;
import nl.doorbraak.localcloud.stepfunctions.storage.InMemorySfnStore;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Entry point of {@code ./doorbraak engine} and {@code ./doorbraak local}.
 * Services are wired here by constructors; each later issue adds its own.
 */
public final class LocalCloudMain {

    public static void main(String[] args) throws Exception {
        LocalCloudOptions options = LocalCloudOptions.parse(args);
        EngineClock clock = EngineClock.system();
        LocalCloudServer server = new LocalCloudServer(options.host(), options.awsPort());
        // Services register here (DynamoDB, Step Functions, Lambda, clock) as they are built.
        nl.doorbraak.localcloud.dynamodb.DynamoDb dynamoDb = new nl.doorbraak.localcloud.dynamodb.DynamoDb(options.dataDir(), clock);
        server.register(dynamoDb.service());
        StepFunctionsEngine stepFunctions = new StepFunctionsEngine(clock,
                options.dataDir() == null ? new InMemorySfnStore() : new FileSfnStore(options.dataDir()),
                LambdaInvoker.NONE, new AwsJsonServiceCaller(java.util.Map.of("dynamodb", dynamoDb.service())));
        server.register(new StepFunctionsService(stepFunctions)).route(ClockHandler.PATH, new ClockHandler(clock));
        server.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                dynamoDb.close();
            } catch (java.io.IOException e) {
                System.err.println("DynamoDB storage did not close cleanly: " + e.getMessage());
            }
            stepFunctions.close();
            stopped.countDown();
        }));
        System.out.println("Doorbraak local cloud ready at " + server.url()
                + (options.dataDir() == null ? " (in memory)" : " (data in " + options.dataDir() + ")"));
        System.out.flush();
        stopped.await();
    }

    /** Command-line options shared by {@code engine} and {@code local}. */
    public record LocalCloudOptions(String command, Path root, String host, int awsPort, int port, Path dataDir, boolean demo) {
        static LocalCloudOptions parse(String[] args) {
            String command = args.length > 0 ? args[0] : "engine";
            Path root = Path.of(".");
            String host = "127.0.0.1";
            int awsPort = 4566;
            int port = 8080;
            Path dataDir = Path.of(".doorbraak");
            boolean inMemory = false;
            boolean demo = false;
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--root" -> root = Path.of(args[++i]);
                    case "--host" -> host = args[++i];
                    case "--aws-port" -> awsPort = Integer.parseInt(args[++i]);
                    case "--port" -> port = Integer.parseInt(args[++i]);
                    case "--data-dir" -> dataDir = Path.of(args[++i]);
                    case "--in-memory" -> inMemory = true;
                    case "--demo" -> demo = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new LocalCloudOptions(command, root, host, awsPort, port, inMemory ? null : dataDir, demo);
        }
    }
}
