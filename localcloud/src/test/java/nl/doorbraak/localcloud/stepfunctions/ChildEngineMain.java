package nl.doorbraak.localcloud.stepfunctions;

import nl.doorbraak.localcloud.clock.EngineClock;
import nl.doorbraak.localcloud.http.LocalCloudServer;
import nl.doorbraak.localcloud.stepfunctions.api.ClockHandler;
import nl.doorbraak.localcloud.stepfunctions.api.StepFunctionsService;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Json;
import nl.doorbraak.localcloud.stepfunctions.engine.AwsSdkCaller;
import nl.doorbraak.localcloud.stepfunctions.engine.StepFunctionsEngine;
import nl.doorbraak.localcloud.stepfunctions.storage.FileSfnStore;

import java.nio.file.Path;

/**
 * A Step Functions engine in its own JVM with a durable data directory, for the restart test: it prints its URL and
 * runs until killed. Its Lambda function {@code notify} accepts any payload (a stand-in for the function that hands
 * the task token to a person); {@code work} records each call in {@code work-calls.txt} and, when the second argument
 * is {@code hang}, never returns (the engine is killed mid-call).
 */
public final class ChildEngineMain {
    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        EngineClock clock = EngineClock.system();
        boolean hang = args.length > 1 && args[1].equals("hang");
        Path calls = dataDir.resolve("work-calls.txt");
        TestLambdas lambdas = new TestLambdas().register("notify", in -> Json.object().put("sent", true))
                .register("work", in -> {
                    try {
                        java.nio.file.Files.writeString(calls, "call\n", java.nio.file.StandardOpenOption.CREATE,
                                java.nio.file.StandardOpenOption.APPEND);
                        if (hang) new java.util.concurrent.CountDownLatch(1).await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return Json.object().put("done", true);
                });
        StepFunctionsEngine engine = new StepFunctionsEngine(clock, new FileSfnStore(dataDir), lambdas, AwsSdkCaller.NONE);
        LocalCloudServer server = new LocalCloudServer("127.0.0.1", 0);
        server.register(new StepFunctionsService(engine)).route(ClockHandler.PATH, new ClockHandler(clock));
        server.start();
        System.out.println("READY " + server.url());
        System.out.flush();
        Thread.currentThread().join();
    }
}
