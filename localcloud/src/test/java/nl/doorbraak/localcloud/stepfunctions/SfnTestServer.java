package nl.doorbraak.localcloud.stepfunctions;

import nl.doorbraak.localcloud.clock.EngineClock;
import nl.doorbraak.localcloud.http.LocalCloudServer;
import nl.doorbraak.localcloud.stepfunctions.api.ClockHandler;
import nl.doorbraak.localcloud.stepfunctions.api.StepFunctionsService;
import nl.doorbraak.localcloud.stepfunctions.engine.AwsSdkCaller;
import nl.doorbraak.localcloud.stepfunctions.engine.StepFunctionsEngine;
import nl.doorbraak.localcloud.stepfunctions.storage.InMemorySfnStore;
import nl.doorbraak.localcloud.stepfunctions.storage.SfnStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

import java.net.URI;

/** The Step Functions engine on an ephemeral port with in-process Lambda handlers, plus an SDK client for it. */
public final class SfnTestServer implements AutoCloseable {
    public final EngineClock clock = EngineClock.system();
    public final TestLambdas lambdas = new TestLambdas();
    public final StepFunctionsEngine engine;
    public final LocalCloudServer server;
    public final SfnClient sfn;

    public SfnTestServer() throws Exception {
        this(new InMemorySfnStore(), AwsSdkCaller.NONE);
    }

    public SfnTestServer(SfnStore store, AwsSdkCaller sdk) throws Exception {
        engine = new StepFunctionsEngine(clock, store, lambdas, sdk);
        server = new LocalCloudServer("127.0.0.1", 0);
        server.register(new StepFunctionsService(engine)).route(ClockHandler.PATH, new ClockHandler(clock));
        server.start();
        sfn = client(server.url());
    }

    public static SfnClient client(String url) {
        return SfnClient.builder()
                .endpointOverride(URI.create(url))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                // StartSyncExecution prefixes the host with "sync-"; a local endpoint needs that switched off.
                .overrideConfiguration(c -> c.putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
                .build();
    }

    public String url() { return server.url(); }

    @Override
    public void close() {
        sfn.close();
        server.close();
        engine.close();
    }
}
