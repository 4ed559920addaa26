package nl.doorbraak.localcloud.template;

import nl.doorbraak.localcloud.apigateway.HttpApiDefinition;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sfn.SfnClient;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Deploys a template to any LocalStack-compatible endpoint ({@code ./doorbraak engine}, LocalStack, Floci) through
 * the SDK: tables, functions with the packaged jar uploaded as {@code ZipFile}, state machines. HTTP APIs are returned,
 * not deployed: an endpoint without an HTTP API emulation gets the suite's own thin front
 * ({@link nl.doorbraak.localcloud.apigateway.ThinHttpFront}) that invokes the functions through the endpoint's Lambda API.
 */
public final class EndpointDeployment implements AutoCloseable {
    private final DynamoDbClient dynamo;
    private final LambdaClient lambda;
    private final SfnClient sfn;

    public EndpointDeployment(String endpointUrl, String region) {
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        URI endpoint = URI.create(endpointUrl);
        this.dynamo = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.of(region))
                .credentialsProvider(credentials).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        this.lambda = LambdaClient.builder().endpointOverride(endpoint).region(Region.of(region)).credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofMinutes(15))).build();
        this.sfn = SfnClient.builder().endpointOverride(endpoint).region(Region.of(region))
                .credentialsProvider(credentials).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    /** The outcome: what was done, and the HTTP APIs the template declares (for a thin front). */
    public record Result(DeployReport report, List<HttpApiDefinition> httpApis) {
    }

    public Result deploy(Path templateFile, Path packagedJar, Map<String, String> parameterOverrides, String stackName,
                         Consumer<String> log) {
        Stack stack = new Stack(stackName, lambda.serviceClientConfiguration().region().id(), "000000000000");
        DeploymentPlan plan = Planner.plan(TemplateLoader.load(templateFile, parameterOverrides), stack, CodeLocator.of(packagedJar));
        DeployReport report = new Deployer(dynamo, lambda, sfn, api -> false, log).deploy(plan);
        return new Result(report, plan.httpApis());
    }

    public LambdaClient lambda() {
        return lambda;
    }

    @Override
    public void close() {
        dynamo.close();
        lambda.close();
        sfn.close();
    }
}
