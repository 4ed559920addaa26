package nl.doorbraak.localcloud.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.lambda.LambdaHarness;
import nl.doorbraak.localcloud.lambda.StepFunctionsLambdaInvoker;
import nl.doorbraak.localcloud.stepfunctions.api.StepFunctionsService;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Json;
import nl.doorbraak.localcloud.stepfunctions.engine.AwsSdkCaller;
import nl.doorbraak.localcloud.stepfunctions.engine.StepFunctionsEngine;
import nl.doorbraak.localcloud.stepfunctions.storage.InMemorySfnStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Task states calling a real function JVM on the local Lambda service (AWS's runtime interface client): the result
 * wrapping, and the error name a thrown Java exception gets (its fully qualified class name).
 */
class LocalLambdaServiceTest extends SfnScenario {
    LambdaHarness lambda;
    StepFunctionsEngine engine;

    @BeforeEach
    void startLambda() throws Exception {
        lambda = new LambdaHarness(2);
        lambda.createProbe("probe", 30, Map.of());
        engine = new StepFunctionsEngine(server.clock, new InMemorySfnStore(), new StepFunctionsLambdaInvoker(lambda.lambda), AwsSdkCaller.NONE);
        lambda.server.register(new StepFunctionsService(engine));
        sfn = SfnTestServer.client(lambda.server.url());
    }

    @AfterEach
    void stopLambda() {
        sfn.close();
        engine.close();
        lambda.close();
    }

    @Test
    void aTaskGetsTheFunctionsResultAndAThrownExceptionIsNamedByItsClass() {
        var ok = run("""
                {"StartAt":"Call","States":{"Call":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                  "Parameters":{"FunctionName":"probe","Payload":{"action":"echo","case.$":"$.case"}},
                  "ResultSelector":{"echoed.$":"$.Payload.input.case","status.$":"$.StatusCode"},"End":true}}}""", "{\"case\":\"I-1\"}");
        assertEquals(json("{\"echoed\":\"I-1\",\"status\":200}"), output(ok));

        var failed = run("""
                {"StartAt":"Call","States":{"Call":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:000000000000:function:probe",
                  "Parameters":{"action":"throw"},"End":true}}}""", "{}");
        assertEquals(ExecutionStatus.FAILED, failed.status());
        assertEquals("java.lang.IllegalStateException", failed.error());
        JsonNode cause = Json.parse(failed.cause());
        assertEquals("budget ledger unreachable", cause.get("errorMessage").asText());
        assertTrue(cause.has("stackTrace"), failed.cause());

        var missing = run("""
                {"StartAt":"Call","States":{"Call":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                  "Parameters":{"FunctionName":"nope","Payload":{}},"End":true}}}""", "{}");
        assertEquals("Lambda.ResourceNotFoundException", missing.error());
    }
}
