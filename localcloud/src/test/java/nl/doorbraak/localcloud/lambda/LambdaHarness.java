package nl.doorbraak.localcloud.lambda;

import nl.doorbraak.localcloud.http.LocalCloudServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.Runtime;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A local cloud with only the Lambda service on an ephemeral port, and an unmodified SDK client for it. */
public final class LambdaHarness implements AutoCloseable {
    public final LocalCloudServer server;
    public final LambdaService lambda;
    public final LambdaClient client;
    public final List<String> log = new CopyOnWriteArrayList<>();

    public LambdaHarness(int maxConcurrency) throws IOException {
        server = new LocalCloudServer("127.0.0.1", 0);
        lambda = new LambdaService(LambdaSettings.defaults(null, server::url)
                .withMaxConcurrency(maxConcurrency)
                .withLog(line -> {
                    log.add(line);
                    System.out.println(line);
                }));
        server.route(LambdaApi.PREFIX, new LambdaApi(lambda));
        server.start();
        client = LambdaClient.builder()
                .endpointOverride(URI.create(server.url()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(60)))
                .build();
    }

    public CreateFunctionResponse createProbe(String name, int timeoutSeconds, Map<String, String> env) {
        return client.createFunction(b -> b.functionName(name)
                .runtime(Runtime.JAVA21)
                .handler("nl.doorbraak.localcloud.lambda.fixture.ProbeHandler::handleRequest")
                .role("arn:aws:iam::000000000000:role/test")
                .timeout(timeoutSeconds)
                .memorySize(256)
                .environment(e -> e.variables(env))
                .code(c -> c.zipFile(SdkBytes.fromByteArray(FixtureJar.bytes()))));
    }

    @Override
    public void close() {
        client.close();
        lambda.close();
        server.close();
    }
}
