package nl.doorbraak.localcloud.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.fail;

/** Base for scenario tests: an engine over HTTP, the unmodified SDK client, and helpers to run machines. */
abstract class SfnScenario {
    static final String ROLE = "arn:aws:iam::000000000000:role/doorbraak-test";
    SfnTestServer server;
    SfnClient sfn;

    @BeforeEach
    void startEngine() throws Exception {
        server = new SfnTestServer();
        sfn = server.sfn;
    }

    @AfterEach
    void stopEngine() {
        server.close();
    }

    String createMachine(String definition) {
        return sfn.createStateMachine(b -> b.name("m-" + UUID.randomUUID().toString().substring(0, 8))
                .definition(definition).roleArn(ROLE)).stateMachineArn();
    }

    String start(String machineArn, String input) {
        return sfn.startExecution(b -> b.stateMachineArn(machineArn).input(input)).executionArn();
    }

    DescribeExecutionResponse await(String executionArn) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            DescribeExecutionResponse d = sfn.describeExecution(b -> b.executionArn(executionArn));
            if (d.status() != ExecutionStatus.RUNNING) return d;
            if (System.nanoTime() > deadline) fail("execution still RUNNING: " + history(executionArn));
            Thread.onSpinWait();
        }
    }

    /** Polls until the execution reached a state where {@code check} holds (tasks run on other threads). */
    void awaitHistory(String executionArn, String eventType) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (history(executionArn).stream().noneMatch(e -> e.typeAsString().equals(eventType))) {
            if (System.nanoTime() > deadline) fail("no " + eventType + " in " + history(executionArn));
            Thread.onSpinWait();
        }
    }

    /** Runs a machine to its end and returns the description. */
    DescribeExecutionResponse run(String definition, String input) {
        return await(start(createMachine(definition), input));
    }

    JsonNode output(DescribeExecutionResponse d) {
        if (d.status() != ExecutionStatus.SUCCEEDED) {
            fail("expected SUCCEEDED but was " + d.status() + " " + d.error() + ": " + d.cause());
        }
        return Json.parse(d.output());
    }

    List<HistoryEvent> history(String executionArn) {
        return sfn.getExecutionHistory(b -> b.executionArn(executionArn).maxResults(1000)).events();
    }

    void advanceClock(long seconds) {
        server.clock.advance(Duration.ofSeconds(seconds));
    }

    static JsonNode json(String text) {
        return Json.parse(text);
    }
}
