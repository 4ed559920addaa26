package nl.doorbraak.localcloud.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scenarios against the local Lambda service through the unmodified SDK LambdaClient: each function runs in its own
 * JVM under AWS's runtime interface client, against our Runtime API.
 */
class LambdaInvokeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LambdaHarness cloud;

    @BeforeAll
    static void start() throws Exception {
        cloud = new LambdaHarness(2);
        cloud.createProbe("intake-nl", 2, Map.of("GREETING", "hallo"));
        cloud.createProbe("intake-fy", 2, Map.of("GREETING", "hoi"));
        cloud.createProbe("slow", 1, Map.of());
    }

    @AfterAll
    static void stop() {
        cloud.close();
    }

    private static JsonNode invoke(String function, String payload) throws Exception {
        InvokeResponse response = cloud.client.invoke(b -> b.functionName(function).payload(SdkBytes.fromUtf8String(payload)));
        assertEquals(200, response.statusCode());
        assertNull(response.functionError(), () -> "function failed: " + response.payload().asUtf8String());
        return JSON.readTree(response.payload().asUtf8String());
    }

    @Test
    void eachFunctionRunsWithItsOwnEnvironmentAndARealContext() throws Exception {
        JsonNode nl = invoke("intake-nl", "{\"case\":1}");
        JsonNode fy = invoke("intake-fy", "{\"case\":2}");

        assertEquals("hallo", nl.at("/env/GREETING").asText());
        assertEquals("hoi", fy.at("/env/GREETING").asText());
        assertEquals("intake-nl", nl.at("/env/AWS_LAMBDA_FUNCTION_NAME").asText());
        assertEquals("256", nl.at("/env/AWS_LAMBDA_FUNCTION_MEMORY_SIZE").asText());
        assertEquals("$LATEST", nl.at("/env/AWS_LAMBDA_FUNCTION_VERSION").asText());
        assertEquals("us-east-1", nl.at("/env/AWS_REGION").asText());
        assertEquals(cloud.server.url(), nl.at("/env/AWS_ENDPOINT_URL").asText());
        assertEquals("nl.doorbraak.localcloud.lambda.fixture.ProbeHandler::handleRequest", nl.at("/env/_HANDLER").asText());
        assertTrue(nl.at("/env/ENGINE_SECRET").isMissingNode() || nl.at("/env/ENGINE_SECRET").isNull(), "the engine's own environment must not leak into a function");
        assertEquals(1, nl.at("/input/case").asInt());
        assertEquals("arn:aws:lambda:us-east-1:000000000000:function:intake-nl", nl.at("/functionArn").asText());
        assertEquals(256, nl.at("/memoryLimit").asInt());
        long remaining = nl.at("/remainingMillis").asLong();
        assertTrue(remaining > 0 && remaining <= 2000, "remaining time counts down from the 2 s timeout: " + remaining);
        assertNotEquals(nl.at("/pid").asLong(), fy.at("/pid").asLong(), "two functions never share a process");
        assertNotEquals(nl.at("/tmpdir").asText(), fy.at("/tmpdir").asText(), "each execution environment has its own /tmp");
        assertEquals(nl.at("/tmpdir").asText(), nl.at("/env/TMPDIR").asText());
    }

    @Test
    void theLogTailComesBackWhenAsked() throws Exception {
        InvokeResponse response = cloud.client.invoke(b -> b.functionName("intake-nl")
                .logType(software.amazon.awssdk.services.lambda.model.LogType.TAIL)
                .payload(SdkBytes.fromUtf8String("{}")));
        String log = new String(Base64.getDecoder().decode(response.logResult()), java.nio.charset.StandardCharsets.UTF_8);
        String id = response.responseMetadata().requestId();
        assertTrue(log.startsWith("START RequestId: " + id + " Version: $LATEST\n"), log);
        assertTrue(log.contains("END RequestId: " + id + "\n"), log);
        assertTrue(log.matches("(?s).*REPORT RequestId: " + id + "\tDuration: [0-9.]+ ms\tBilled Duration: [0-9]+ ms\t"
                + "Memory Size: 256 MB\tMax Memory Used: [0-9]+ MB\t\n"), log);
    }

    @Test
    void aWarmProcessIsReused() throws Exception {
        long first = invoke("intake-nl", "{}").at("/pid").asLong();
        long second = invoke("intake-nl", "{}").at("/pid").asLong();
        assertEquals(first, second);
    }

    @Test
    void anUnhandledExceptionIsReportedWithItsClassName() throws Exception {
        InvokeResponse response = cloud.client.invoke(b -> b.functionName("intake-nl")
                .payload(SdkBytes.fromUtf8String("{\"action\":\"throw\"}")));

        assertEquals(200, response.statusCode());
        assertEquals("Unhandled", response.functionError());
        JsonNode error = JSON.readTree(response.payload().asUtf8String());
        assertEquals("java.lang.IllegalStateException", error.get("errorType").asText());
        assertEquals("budget ledger unreachable", error.get("errorMessage").asText());
        assertTrue(error.get("stackTrace").isArray() && !error.get("stackTrace").isEmpty(), error.toString());
        assertEquals("hallo", invoke("intake-nl", "{}").at("/env/GREETING").asText(), "the process survives a handler exception");
    }

    @Test
    void aTimeoutKillsTheProcessAndAnswersAsLambdaDoes() throws Exception {
        long before = invoke("slow", "{}").at("/pid").asLong();
        InvokeResponse response = cloud.client.invoke(b -> b.functionName("slow")
                .payload(SdkBytes.fromUtf8String("{\"action\":\"sleep\",\"millis\":20000}")));

        assertEquals("Unhandled", response.functionError());
        JsonNode error = JSON.readTree(response.payload().asUtf8String());
        assertEquals("Sandbox.Timedout", error.get("errorType").asText());
        assertEquals("RequestId: " + response.responseMetadata().requestId() + " Error: Task timed out after 1.00 seconds",
                error.get("errorMessage").asText());
        assertFalse(ProcessHandle.of(before).map(ProcessHandle::isAlive).orElse(false), "the timed-out process is gone");
        assertNotEquals(before, invoke("slow", "{}").at("/pid").asLong(), "the next request gets a fresh process");
    }

    @Test
    void aCrashedProcessIsReportedAndReplaced() throws Exception {
        for (String action : List.of("exit", "halt")) {
            long before = invoke("intake-fy", "{}").at("/pid").asLong();
            InvokeResponse response = cloud.client.invoke(b -> b.functionName("intake-fy")
                    .payload(SdkBytes.fromUtf8String("{\"action\":\"" + action + "\"}")));

            assertEquals("Unhandled", response.functionError());
            JsonNode error = JSON.readTree(response.payload().asUtf8String());
            assertEquals("Runtime.ExitError", error.get("errorType").asText());
            String status = action.equals("exit") ? "exit status 3" : "exit status 9";
            assertEquals("RequestId: " + response.responseMetadata().requestId() + " Error: Runtime exited with error: " + status,
                    error.get("errorMessage").asText());
            long after = invoke("intake-fy", "{}").at("/pid").asLong();
            assertNotEquals(before, after, "a crashed process is replaced");
        }
    }

    @Test
    void concurrentRequestsGetProcessesUpToTheLimitAndTheRestWait() throws Exception {
        cloud.createProbe("parallel", 10, Map.of());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<JsonNode>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> invoke("parallel", "{\"action\":\"sleep\",\"millis\":400}")));
            }
            Set<Long> pids = new HashSet<>();
            for (Future<JsonNode> answer : answers) {
                pids.add(answer.get().at("/pid").asLong());
            }
            assertEquals(2, pids.size(), "four simultaneous requests share the two processes the limit allows");
            assertTrue(cloud.lambda.processIds("parallel").size() <= 2);
        } finally {
            pool.shutdownNow();
            cloud.client.deleteFunction(b -> b.functionName("parallel"));
        }
    }

    @Test
    void anEventInvocationIsAcceptedAtOnceAndRunsInTheBackground(@TempDir Path dir) throws Exception {
        Path marker = dir.resolve("ran");
        InvokeResponse response = cloud.client.invoke(b -> b.functionName("intake-nl")
                .invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("{\"action\":\"touch\",\"path\":\"" + marker + "\"}")));

        assertEquals(202, response.statusCode());
        assertEquals(0, response.payload().asByteArray().length);
        for (int i = 0; i < 200 && !Files.exists(marker); i++) {
            Thread.sleep(50); // the function runs in another process; poll for its side effect, bounded
        }
        assertTrue(Files.exists(marker), "the event was delivered to the function");
    }

    @Test
    void functionsAreManagedThroughTheLambdaApi() throws Exception {
        GetFunctionResponse got = cloud.client.getFunction(b -> b.functionName("intake-nl"));
        String sha = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(FixtureJar.bytes()));
        assertEquals(sha, got.configuration().codeSha256());
        assertEquals(FixtureJar.bytes().length, got.configuration().codeSize());
        assertEquals(Map.of("GREETING", "hallo"), got.configuration().environment().variables());
        assertEquals(2, got.configuration().timeout());
        assertTrue(cloud.client.listFunctions().functions().stream().anyMatch(f -> f.functionName().equals("intake-fy")));
        assertThrows(ResourceConflictException.class, () -> cloud.createProbe("intake-nl", 2, Map.of()));
        ResourceNotFoundException missing = assertThrows(ResourceNotFoundException.class,
                () -> cloud.client.invoke(b -> b.functionName("nobody")));
        assertEquals("Function not found: arn:aws:lambda:us-east-1:000000000000:function:nobody",
                missing.awsErrorDetails().errorMessage());

        cloud.createProbe("changing", 3, Map.of("GREETING", "eerst"));
        assertEquals("eerst", invoke("changing", "{}").at("/env/GREETING").asText());
        cloud.client.updateFunctionConfiguration(b -> b.functionName("changing")
                .environment(e -> e.variables(Map.of("GREETING", "daarna"))));
        assertEquals("daarna", invoke("changing", "{}").at("/env/GREETING").asText());
        cloud.client.updateFunctionCode(b -> b.functionName("changing").zipFile(SdkBytes.fromByteArray(FixtureJar.bytes())));
        assertEquals("daarna", invoke("changing", "{}").at("/env/GREETING").asText());
        cloud.client.deleteFunction(b -> b.functionName("changing"));
        assertThrows(ResourceNotFoundException.class, () -> cloud.client.getFunction(b -> b.functionName("changing")));
    }
}
