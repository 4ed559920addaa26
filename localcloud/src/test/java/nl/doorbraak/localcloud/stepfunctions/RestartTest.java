package nl.doorbraak.localcloud.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * An execution waiting for a task token and one in a Wait state survive a SIGKILL of the engine JVM: after a restart
 * on the same data directory the token still completes the first and the timer still fires the second. A task call
 * cut short by the kill runs again (at-least-once).
 */
class RestartTest {
    static final String ROLE = "arn:aws:iam::000000000000:role/doorbraak-test";

    @Test
    void waitingExecutionsSurviveAKilledEngine(@TempDir Path dataDir) throws Exception {
        String approvalArn;
        String followUpArn;
        String token;
        Child first = Child.start(dataDir);
        try (SfnClient sfn = SfnTestServer.client(first.url)) {
            String approval = sfn.createStateMachine(b -> b.name("approval").roleArn(ROLE).definition("""
                    {"StartAt":"Approve","States":{
                     "Approve":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke.waitForTaskToken",
                       "Parameters":{"FunctionName":"notify","Payload":{"token.$":"$$.Task.Token"}},
                       "ResultPath":"$.decision","Next":"Done"},
                     "Done":{"Type":"Pass","Result":"closed","ResultPath":"$.status","End":true}}}""")).stateMachineArn();
            String followUp = sfn.createStateMachine(b -> b.name("follow-up").roleArn(ROLE).definition("""
                    {"StartAt":"Later","States":{
                     "Later":{"Type":"Wait","Seconds":1209600,"Next":"Check"},
                     "Check":{"Type":"Pass","Result":"checked","ResultPath":"$.followUp","End":true}}}""")).stateMachineArn();
            approvalArn = sfn.startExecution(b -> b.stateMachineArn(approval).name("case-1").input("{\"case\":1}")).executionArn();
            followUpArn = sfn.startExecution(b -> b.stateMachineArn(followUp).name("case-2").input("{\"case\":2}")).executionArn();
            awaitEvent(sfn, approvalArn, e -> e.type() == HistoryEventType.TASK_SUBMITTED);
            awaitEvent(sfn, followUpArn, e -> e.type() == HistoryEventType.WAIT_STATE_ENTERED);
            HistoryEvent scheduled = history(sfn, approvalArn).stream()
                    .filter(e -> e.type() == HistoryEventType.TASK_SCHEDULED).findFirst().orElseThrow();
            token = Json.parse(scheduled.taskScheduledEventDetails().parameters()).get("Payload").get("token").asText();
        } finally {
            first.kill();
        }

        Child second = Child.start(dataDir);
        try (SfnClient sfn = SfnTestServer.client(second.url)) {
            assertEquals(ExecutionStatus.RUNNING, sfn.describeExecution(b -> b.executionArn(approvalArn)).status());
            assertEquals(ExecutionStatus.RUNNING, sfn.describeExecution(b -> b.executionArn(followUpArn)).status());

            String t = token;
            sfn.sendTaskSuccess(b -> b.taskToken(t).output("{\"approved\":true}"));
            JsonNode approved = Json.parse(awaitDone(sfn, approvalArn).output());
            assertEquals(Json.parse("{\"case\":1,\"decision\":{\"approved\":true},\"status\":\"closed\"}"), approved);

            HttpResponse<String> clock = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(second.url + "/_localcloud/clock"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"advanceSeconds\":1209600}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, clock.statusCode());
            assertTrue(clock.body().contains("\"now\""), clock.body());
            JsonNode followed = Json.parse(awaitDone(sfn, followUpArn).output());
            assertEquals(Json.parse("{\"case\":2,\"followUp\":\"checked\"}"), followed);
        } finally {
            second.kill();
        }
    }

    @Test
    void aTaskCallCutShortByTheKillRunsAgainAfterTheRestart(@TempDir Path dataDir) throws Exception {
        Path calls = dataDir.resolve("work-calls.txt");
        String exec;
        Child first = Child.start(dataDir, "hang");
        try (SfnClient sfn = SfnTestServer.client(first.url)) {
            String machine = sfn.createStateMachine(b -> b.name("work").roleArn(ROLE).definition("""
                    {"StartAt":"Before","States":{
                     "Before":{"Type":"Pass","Result":"ok","ResultPath":"$.before","Next":"Work"},
                     "Work":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:000000000000:function:work","ResultPath":"$.work","End":true}}}"""))
                    .stateMachineArn();
            exec = sfn.startExecution(b -> b.stateMachineArn(machine).name("once").input("{}")).executionArn();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!java.nio.file.Files.exists(calls)) {
                if (System.nanoTime() > deadline) fail("the task was never called");
                Thread.onSpinWait();
            }
        } finally {
            first.kill();
        }
        Child second = Child.start(dataDir, "ok");
        try (SfnClient sfn = SfnTestServer.client(second.url)) {
            JsonNode out = Json.parse(awaitDone(sfn, exec).output());
            assertEquals(Json.parse("{\"before\":\"ok\",\"work\":{\"done\":true}}"), out);
            assertEquals(2, java.nio.file.Files.readAllLines(calls).size(), "called once before the kill and once after");
        } finally {
            second.kill();
        }
    }

    private static List<HistoryEvent> history(SfnClient sfn, String arn) {
        return sfn.getExecutionHistory(b -> b.executionArn(arn).maxResults(1000)).events();
    }

    private static void awaitEvent(SfnClient sfn, String arn, Predicate<HistoryEvent> check) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (history(sfn, arn).stream().noneMatch(check)) {
            if (System.nanoTime() > deadline) fail("event not reached: " + history(sfn, arn));
            Thread.onSpinWait();
        }
    }

    private static software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse awaitDone(SfnClient sfn, String arn) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            var d = sfn.describeExecution(b -> b.executionArn(arn));
            if (d.status() != ExecutionStatus.RUNNING) {
                assertEquals(ExecutionStatus.SUCCEEDED, d.status(), d.error() + ": " + d.cause());
                return d;
            }
            if (System.nanoTime() > deadline) fail("still running: " + history(sfn, arn));
            Thread.onSpinWait();
        }
    }

    /** The engine in a child JVM; {@link #kill} sends SIGKILL. */
    record Child(Process process, String url) {
        static Child start(Path dataDir) throws Exception {
            return start(dataDir, "ok");
        }

        static Child start(Path dataDir, String mode) throws Exception {
            String java = ProcessHandle.current().info().command().orElse("java");
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    ChildEngineMain.class.getName(), dataDir.toString(), mode).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("READY ")) {
                    Thread drain = new Thread(() -> {
                        try {
                            while (out.readLine() != null) { /* keep the pipe empty */ }
                        } catch (Exception ignored) {
                            // the child was killed
                        }
                    });
                    drain.setDaemon(true);
                    drain.start();
                    return new Child(p, line.substring(6).trim());
                }
            }
            p.destroyForcibly();
            throw new IllegalStateException("child engine did not start");
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
