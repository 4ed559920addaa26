package nl.doorbraak.localcloud.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.doorbraak.localcloud.LocalCloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static nl.doorbraak.localcloud.template.DeployReport.Outcome.CREATED;
import static nl.doorbraak.localcloud.template.DeployReport.Outcome.SKIPPED;
import static nl.doorbraak.localcloud.template.DeployReport.Outcome.UNCHANGED;
import static nl.doorbraak.localcloud.template.DeployReport.Outcome.UPDATED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deploys the small test template onto the local cloud through the SDK-based deployer and uses what it created:
 * the function through the Lambda API, through a state machine Task and through an HTTP route; then re-deploys.
 */
class LocalDeployTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static LocalCloud cloud;
    private static Path template;
    private static DeployReport first;

    @BeforeAll
    static void deploy() throws Exception {
        Path dir = Files.createTempDirectory("doorbraak-deploy-test");
        template = TestTemplates.testApplication(dir);
        cloud = LocalCloud.start(LocalCloud.Options.inMemory());
        first = cloud.deploy(template, null, Map.of(), "doorbraak-test");
    }

    @AfterAll
    static void stop() {
        cloud.close();
    }

    @Test
    void everyResourceIsCreatedAndTheRestIsNamedAsSkipped() {
        assertEquals(CREATED, first.outcomeOf("CasesTable"));
        assertEquals(CREATED, first.outcomeOf("ProbeFunction"));
        assertEquals(CREATED, first.outcomeOf("HttpFunction"));
        assertEquals(CREATED, first.outcomeOf("Flow"));
        assertEquals(UPDATED, first.outcomeOf("Api"));
        assertEquals(SKIPPED, first.outcomeOf("UserPool"));
        var table = cloud.dynamoClient().describeTable(b -> b.tableName("doorbraak-test-CasesTable")).table();
        assertEquals("gsi1", table.globalSecondaryIndexes().get(0).indexName());
        assertEquals("expiresAt", cloud.dynamoClient().describeTimeToLive(b -> b.tableName("doorbraak-test-CasesTable"))
                .timeToLiveDescription().attributeName());
    }

    @Test
    void theFunctionRunsThroughTheLambdaApiWithItsTemplateEnvironment() throws Exception {
        InvokeResponse r = cloud.lambdaClient().invoke(b -> b.functionName("doorbraak-test-ProbeFunction")
                .payload(SdkBytes.fromUtf8String("{\"via\":\"sdk\"}")));
        assertNull(r.functionError(), r.payload().asUtf8String());
        JsonNode out = JSON.readTree(r.payload().asUtf8String());
        assertEquals("doorbraak-test-CasesTable", out.at("/env/CASES_TABLE").asText());
        assertEquals("local", out.at("/env/STAGE").asText());
        assertEquals("arn:aws:states:us-east-1:000000000000:stateMachine:doorbraak-test-Flow", out.at("/env/MACHINE").asText());
        assertEquals("hallo us-east-1 ${Literal}", out.at("/env/GREETING").asText());
        assertEquals(cloud.engineUrl(), out.at("/env/AWS_ENDPOINT_URL").asText());
    }

    @Test
    void theStateMachineTaskInvokesTheFunction() throws Exception {
        String arn = cloud.sfnClient().listStateMachines().stateMachines().stream()
                .filter(s -> s.name().equals("doorbraak-test-Flow")).findFirst().orElseThrow().stateMachineArn();
        String execution = cloud.sfnClient().startExecution(b -> b.stateMachineArn(arn).input("{\"via\":\"sfn\"}")).executionArn();
        DescribeExecutionResponse done = null;
        for (int i = 0; i < 300; i++) {
            done = cloud.sfnClient().describeExecution(b -> b.executionArn(execution));
            if (done.status() != ExecutionStatus.RUNNING) {
                break;
            }
            Thread.sleep(50); // the Task runs in a function process; poll its execution, bounded
        }
        assertEquals(ExecutionStatus.SUCCEEDED, done.status(), String.valueOf(done));
        JsonNode output = JSON.readTree(done.output());
        assertEquals("sfn", output.at("/input/via").asText());
        assertEquals("doorbraak-test-ProbeFunction", output.at("/env/AWS_LAMBDA_FUNCTION_NAME").asText());
    }

    @Test
    void theHttpRouteRefusesRequestsWithoutATokenAndServesThoseWithOne() throws Exception {
        HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(cloud.appUrl() + "/api/items/1"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, refused.statusCode());
        assertEquals("{\"message\":\"Unauthorized\"}", refused.body());

        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(cloud.appUrl() + "/local/token"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"sub\":\"zm-1\",\"groups\":[\"zorgmarinier\"],\"tenant\":\"GM9999\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String bearer = "Bearer " + JSON.readTree(token.body()).get("token").asText();
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(cloud.appUrl() + "/api/items/1"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", bearer)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("created for zm-1", created.body());
    }

    @Test
    void theSdkDeployPathOtherEndpointsGetWorksTheSame() throws Exception {
        // what LocalStack or Floci would receive: every call through the SDK, code uploaded as ZipFile
        Deployer sdk = new Deployer(cloud.dynamoClient(), cloud.lambdaClient(), cloud.sfnClient(), api -> false, line -> { });
        DeploymentPlan plan = Planner.plan(TemplateLoader.load(template, Map.of()), Stack.local("sdk-test"), CodeLocator.of(null));
        DeployReport created = sdk.deploy(plan);
        assertEquals(CREATED, created.outcomeOf("ProbeFunction"));
        assertEquals(CREATED, created.outcomeOf("Flow"));
        InvokeResponse r = cloud.lambdaClient().invoke(b -> b.functionName("sdk-test-ProbeFunction"));
        assertNull(r.functionError(), r.payload().asUtf8String());
        assertEquals("sdk-test-CasesTable", JSON.readTree(r.payload().asUtf8String()).at("/env/CASES_TABLE").asText());
        assertTrue(sdk.deploy(plan).changedNothing(), "an unchanged re-deploy through the SDK is a no-op too");
    }

    @Test
    void reDeployingIsANoOpAndAChangedDefinitionOrEnvironmentIsUpdated() throws Exception {
        DeployReport again = cloud.deploy(template, null, Map.of(), "doorbraak-test");
        assertTrue(again.changedNothing(), again.toString());

        Path changedDir = Files.createTempDirectory("doorbraak-deploy-test-changed");
        Path changed = TestTemplates.testApplication(changedDir);
        Files.writeString(changed, Files.readString(changed)
                .replace("StartAt: Probe", "Comment: second version\n        StartAt: Probe")
                .replace("\"hallo ${AWS::Region}", "\"hoi ${AWS::Region}"));
        DeployReport update = cloud.deploy(changed, null, Map.of(), "doorbraak-test");
        assertEquals(UPDATED, update.outcomeOf("Flow"));
        assertEquals(UPDATED, update.outcomeOf("ProbeFunction"));
        assertEquals(UNCHANGED, update.outcomeOf("HttpFunction"));
        assertEquals(UNCHANGED, update.outcomeOf("CasesTable"));
        JsonNode out = JSON.readTree(cloud.lambdaClient().invoke(b -> b.functionName("doorbraak-test-ProbeFunction")).payload().asUtf8String());
        assertEquals("hoi us-east-1 ${Literal}", out.at("/env/GREETING").asText());
        cloud.deploy(template, null, Map.of(), "doorbraak-test");
    }
}
