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
 * runs until killed. Its only Lambda function, {@code notify}, accepts any payload (a stand-in for the function that
 * hands the task token to a person).
 */
public final class ChildEngineMain {
    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        EngineClock clock = EngineClock.system();
        TestLambdas lambdas = new TestLambdas().register("notify", in -> Json.object().put("sent", true));
        StepFunctionsEngine engine = new StepFunctionsEngine(clock, new FileSfnStore(dataDir), lambdas, AwsSdkCaller.NONE);
        LocalCloudServer server = new LocalCloudServer("127.0.0.1", 0);
        server.register(new StepFunctionsService(engine)).route(ClockHandler.PATH, new ClockHandler(clock));
        server.start();
        System.out.println("READY " + server.url());
        System.out.flush();
        Thread.currentThread().join();
    }
}
