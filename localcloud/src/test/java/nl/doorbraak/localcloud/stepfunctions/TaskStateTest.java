package nl.doorbraak.localcloud.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Json;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Task states with Lambda handlers registered behind the Lambda interface: results, errors, Retry, Catch, tokens. */
class TaskStateTest extends SfnScenario {
    static final String FN = "arn:aws:lambda:us-east-1:000000000000:function:";

    @Test
    void aLambdaFunctionArnReturnsTheHandlersResult() {
        server.lambdas.register("double", in -> Json.object().put("n", in.get("n").asInt() * 2));
        var d = run("""
                {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"%sdouble","End":true}}}""".formatted(FN), "{\"n\":21}");
        assertEquals(json("{\"n\":42}"), output(d));
        List<HistoryEventType> types = history(d.executionArn()).stream().map(HistoryEvent::type).toList();
        assertTrue(types.containsAll(List.of(HistoryEventType.LAMBDA_FUNCTION_SCHEDULED, HistoryEventType.LAMBDA_FUNCTION_STARTED,
                HistoryEventType.LAMBDA_FUNCTION_SUCCEEDED)), types.toString());
    }

    @Test
    void lambdaInvokeWrapsThePayloadAsAwsDoes() {
        server.lambdas.register("echo", in -> in);
        var d = run("""
                {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                 "Parameters":{"FunctionName":"echo","Payload":{"case.$":"$.case"}},
                 "ResultSelector":{"payload.$":"$.Payload","status.$":"$.StatusCode","version.$":"$.ExecutedVersion"},
                 "ResultPath":"$.lambda","End":true}}}""", "{\"case\":\"A-1\"}");
        assertEquals(json("{\"case\":\"A-1\",\"lambda\":{\"payload\":{\"case\":\"A-1\"},\"status\":200,\"version\":\"$LATEST\"}}"), output(d));
        HistoryEvent scheduled = history(d.executionArn()).stream().filter(e -> e.type() == HistoryEventType.TASK_SCHEDULED).findFirst().orElseThrow();
        assertEquals("lambda", scheduled.taskScheduledEventDetails().resourceType());
        assertEquals("invoke", scheduled.taskScheduledEventDetails().resource());
        assertEquals(json("{\"FunctionName\":\"echo\",\"Payload\":{\"case\":\"A-1\"}}"), json(scheduled.taskScheduledEventDetails().parameters()));
    }

    @Test
    void aJavaExceptionFailsTheTaskWithItsClassNameAsTheError() {
        server.lambdas.register("broken", in -> { throw new IllegalStateException("budget exhausted"); });
        var d = run("""
                {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                 "Parameters":{"FunctionName":"broken","Payload.$":"$"},"End":true}}}""", "{}");
        assertEquals(ExecutionStatus.FAILED, d.status());
        assertEquals("java.lang.IllegalStateException", d.error());
        JsonNode cause = json(d.cause());
        assertEquals("budget exhausted", cause.get("errorMessage").asText());
        assertEquals("java.lang.IllegalStateException", cause.get("errorType").asText());
    }

    @Test
    void retryWaitsWithBackoffOnTheEngineClockThenSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        server.lambdas.register("flaky", in -> {
            if (calls.incrementAndGet() < 3) throw new IllegalArgumentException("not yet");
            return Json.object().put("attempts", calls.get());
        });
        String exec = start(createMachine("""
                {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"%sflaky",
                 "Retry":[{"ErrorEquals":["java.lang.IllegalArgumentException"],"IntervalSeconds":60,"BackoffRate":2,"MaxAttempts":3}],
                 "End":true}}}""".formatted(FN)), "{}");
        awaitHistory(exec, "LambdaFunctionFailed");
        assertEquals(1, calls.get());
        advanceClock(59);
        assertEquals(ExecutionStatus.RUNNING, sfn.describeExecution(b -> b.executionArn(exec)).status());
        assertEquals(1, calls.get());
        advanceClock(1);
        awaitEvents(exec, HistoryEventType.LAMBDA_FUNCTION_FAILED, 2);
        assertEquals(2, calls.get());
        advanceClock(120);
        var d = await(exec);
        assertEquals(json("{\"attempts\":3}"), output(d));
    }

    private void awaitEvents(String exec, HistoryEventType type, int n) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (history(exec).stream().filter(e -> e.type() == type).count() < n && System.nanoTime() < deadline) Thread.onSpinWait();
        assertEquals(n, history(exec).stream().filter(e -> e.type() == type).count());
    }

    @Test
    void maxDelaySecondsCapsTheBackoffAndAnExhaustedRetrierFallsThroughToCatch() {
        AtomicInteger calls = new AtomicInteger();
        server.lambdas.register("down", in -> {
            calls.incrementAndGet();
            throw new TestLambdas.FunctionError("Lambda.ServiceException", "unavailable");
        });
        String exec = start(createMachine("""
                {"StartAt":"T","States":{
                 "T":{"Type":"Task","Resource":"%sdown",
                   "Retry":[{"ErrorEquals":["Lambda.ServiceException"],"IntervalSeconds":10,"BackoffRate":10,"MaxDelaySeconds":30,"MaxAttempts":2}],
                   "Catch":[{"ErrorEquals":["States.ALL"],"Next":"GaveUp"}],"End":true},
                 "GaveUp":{"Type":"Pass","Result":"gave up","End":true}}}""".formatted(FN)), "{}");
        awaitEvents(exec, HistoryEventType.LAMBDA_FUNCTION_FAILED, 1);
        advanceClock(10);
        awaitEvents(exec, HistoryEventType.LAMBDA_FUNCTION_FAILED, 2);
        advanceClock(29);
        assertEquals(2, calls.get());
        advanceClock(1);
        assertEquals(json("\"gave up\""), output(await(exec)));
        assertEquals(3, calls.get());
    }

    @Test
    void callbacksForUnknownTasksAreRefusedAsAwsDoes() {
        String unknownExecution = nl.doorbraak.localcloud.stepfunctions.engine.TaskTokens.issue(
                "arn:aws:states:us-east-1:000000000000:execution:nothing:here", "f1");
        assertThrows(software.amazon.awssdk.services.sfn.model.TaskDoesNotExistException.class,
                () -> sfn.sendTaskSuccess(b -> b.taskToken(unknownExecution).output("{}")));
        assertThrows(InvalidTokenException.class, () -> sfn.sendTaskHeartbeat(b -> b.taskToken("not-a-token")));
        assertThrows(InvalidTokenException.class, () -> sfn.sendTaskFailure(b -> b.taskToken("not-a-token").error("E")));
    }

    @Test
    void aSynchronousTaskLongerThanItsTimeoutFailsWithStatesTimeout() throws Exception {
        java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
        server.lambdas.register("stuck", in -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return in;
        });
        var d = run("""
                {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"%sstuck","TimeoutSeconds":1,
                  "Catch":[{"ErrorEquals":["States.Timeout"],"Next":"Late"}],"End":true},
                 "Late":{"Type":"Pass","End":true}}}""".formatted(FN), "{}");
        assertEquals(json("{\"Error\":\"States.Timeout\"}"), output(d));
        assertTrue(history(d.executionArn()).stream().anyMatch(e -> e.type() == HistoryEventType.LAMBDA_FUNCTION_TIMED_OUT));
        never.countDown();
    }

    @Test
    void catchPutsTheErrorOutputAtResultPathAndGoesOn() {
        server.lambdas.register("broken", in -> { throw new UnsupportedOperationException("no"); });
        var d = run("""
                {"StartAt":"T","States":{
                 "T":{"Type":"Task","Resource":"%sbroken","Retry":[{"ErrorEquals":["Other"],"MaxAttempts":5}],
                      "Catch":[{"ErrorEquals":["States.TaskFailed"],"ResultPath":"$.error","Next":"Handled"}],"End":true},
                 "Handled":{"Type":"Pass","End":true}}}""".formatted(FN), "{\"id\":1}");
        JsonNode out = output(d);
        assertEquals(1, out.get("id").asInt());
        assertEquals("java.lang.UnsupportedOperationException", out.get("error").get("Error").asText());
        assertTrue(out.get("error").get("Cause").asText().contains("\"errorMessage\":\"no\""));
    }

    @Test
    void statesAllDoesNotCatchARuntimeError() {
        var d = run("""
                {"StartAt":"T","States":{
                 "T":{"Type":"Task","Resource":"%sany","InputPath":"$.missing",
                      "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Handled"}],"End":true},
                 "Handled":{"Type":"Pass","End":true}}}""".formatted(FN), "{}");
        assertEquals(ExecutionStatus.FAILED, d.status());
        assertEquals("States.Runtime", d.error());
        assertEquals("An error occurred while executing the state 'T' (entered at the event id #2). Invalid path '$.missing' : No results for path: $['missing']", d.cause());
    }

    @Test
    void aTaskTokenCompletesTheWaitingTask() {
        server.lambdas.register("ask", in -> Json.object());
        String exec = start(createMachine("""
                {"StartAt":"Approve","States":{"Approve":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke.waitForTaskToken",
                 "Parameters":{"FunctionName":"ask","Payload":{"token.$":"$$.Task.Token","case.$":"$.case"}},
                 "ResultPath":"$.decision","End":true}}}"""), "{\"case\":\"C-9\"}");
        awaitHistory(exec, "TaskSubmitted");
        String token = scheduledToken(exec);
        sfn.sendTaskSuccess(b -> b.taskToken(token).output("{\"approved\":true}"));
        var d = await(exec);
        assertEquals(json("{\"case\":\"C-9\",\"decision\":{\"approved\":true}}"), output(d));
        assertThrows(TaskTimedOutException.class, () -> sfn.sendTaskSuccess(b -> b.taskToken(token).output("{}")));
        assertThrows(InvalidTokenException.class, () -> sfn.sendTaskSuccess(b -> b.taskToken("garbage").output("{}")));
    }

    @Test
    void aTaskFailureIsCaughtLikeAnyTaskError() {
        server.lambdas.register("ask", in -> Json.object());
        String exec = start(createMachine("""
                {"StartAt":"Approve","States":{
                 "Approve":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke.waitForTaskToken",
                   "Parameters":{"FunctionName":"ask","Payload":{"token.$":"$$.Task.Token"}},
                   "Catch":[{"ErrorEquals":["Rejected"],"Next":"Rejected"}],"End":true},
                 "Rejected":{"Type":"Pass","End":true}}}"""), "{}");
        awaitHistory(exec, "TaskSubmitted");
        String token = scheduledToken(exec);
        sfn.sendTaskFailure(b -> b.taskToken(token).error("Rejected").cause("not urgent"));
        assertEquals(json("{\"Error\":\"Rejected\",\"Cause\":\"not urgent\"}"), output(await(exec)));
    }

    @Test
    void aMissedHeartbeatTimesTheTaskOut() {
        server.lambdas.register("ask", in -> Json.object());
        String exec = start(createMachine("""
                {"StartAt":"Approve","States":{"Approve":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke.waitForTaskToken",
                 "HeartbeatSeconds":60,"TimeoutSeconds":3600,
                 "Parameters":{"FunctionName":"ask","Payload":{"token.$":"$$.Task.Token"}},"End":true}}}"""), "{}");
        awaitHistory(exec, "TaskSubmitted");
        String token = scheduledToken(exec);
        advanceClock(50);
        sfn.sendTaskHeartbeat(b -> b.taskToken(token));
        advanceClock(50);
        assertEquals(ExecutionStatus.RUNNING, sfn.describeExecution(b -> b.executionArn(exec)).status());
        advanceClock(11);
        var d = await(exec);
        assertEquals("States.HeartbeatTimeout", d.error());
        assertThrows(TaskTimedOutException.class, () -> sfn.sendTaskSuccess(b -> b.taskToken(token).output("{}")));
    }

    @Test
    void aTaskTimeoutIsCaughtAsStatesTimeout() {
        server.lambdas.register("ask", in -> Json.object());
        String exec = start(createMachine("""
                {"StartAt":"Approve","States":{
                 "Approve":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke.waitForTaskToken","TimeoutSeconds":86400,
                   "Parameters":{"FunctionName":"ask","Payload":{"token.$":"$$.Task.Token"}},
                   "Catch":[{"ErrorEquals":["States.Timeout"],"ResultPath":"$.timeout","Next":"Escalate"}],"End":true},
                 "Escalate":{"Type":"Pass","Result":"escalated","ResultPath":"$.outcome","End":true}}}"""), "{}");
        awaitHistory(exec, "TaskSubmitted");
        advanceClock(86400);
        JsonNode out = output(await(exec));
        assertEquals("States.Timeout", out.get("timeout").get("Error").asText());
        assertEquals("escalated", out.get("outcome").asText());
    }

    private String scheduledToken(String exec) {
        HistoryEvent scheduled = history(exec).stream().filter(e -> e.type() == HistoryEventType.TASK_SCHEDULED).findFirst().orElseThrow();
        JsonNode params = json(scheduled.taskScheduledEventDetails().parameters());
        String token = params.get("Payload").get("token").asText();
        assertFalse(token.isBlank());
        return token;
    }

    @Test
    void dynamoDbIntegrationsCallTheServiceAndNameItsErrors() throws Exception {
        server.close();
        server = new SfnTestServer(new nl.doorbraak.localcloud.stepfunctions.storage.InMemorySfnStore(), (service, action, params) -> {
            if (action.equals("PutItem") && params.has("ConditionExpression")) {
                throw new nl.doorbraak.localcloud.stepfunctions.StatesError("ConditionalCheckFailedException", "The conditional request failed");
            }
            ObjectNode out = Json.object();
            out.put("service", service).put("action", action).set("echo", params);
            return out;
        });
        sfn = server.sfn;
        var d = run("""
                {"StartAt":"Get","States":{
                 "Get":{"Type":"Task","Resource":"arn:aws:states:::dynamodb:getItem",
                   "Parameters":{"TableName":"cases","Key":{"pk":{"S.$":"$.id"}}},"ResultPath":"$.got","Next":"Put"},
                 "Put":{"Type":"Task","Resource":"arn:aws:states:::aws-sdk:dynamodb:putItem",
                   "Parameters":{"TableName":"cases","Item":{},"ConditionExpression":"attribute_not_exists(pk)"},
                   "Catch":[{"ErrorEquals":["DynamoDb.ConditionalCheckFailedException"],"ResultPath":"$.err","Next":"Done"}],"End":true},
                 "Done":{"Type":"Pass","End":true}}}""", "{\"id\":\"A\"}");
        JsonNode out = output(d);
        assertEquals("GetItem", out.get("got").get("action").asText());
        assertEquals(json("{\"TableName\":\"cases\",\"Key\":{\"pk\":{\"S\":\"A\"}}}"), out.get("got").get("echo"));
        assertEquals("DynamoDb.ConditionalCheckFailedException", out.get("err").get("Error").asText());
    }
}
