package nl.doorbraak.localcloud.stepfunctions;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidExecutionInputException;
import software.amazon.awssdk.services.sfn.model.ListExecutionsResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Execution operations through the unmodified SDK client. */
class ExecutionApiTest extends SfnScenario {
    static final String WAIT_AN_HOUR = """
            {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":3600,"Next":"Done"},"Done":{"Type":"Pass","End":true}}}""";
    static final String PASS = """
            {"StartAt":"P","States":{"P":{"Type":"Pass","Result":{"ok":true},"ResultPath":"$.result","End":true}}}""";

    @Test
    void aStartedExecutionIsDescribedWithItsInputAndOutput() {
        String machine = createMachine(PASS);
        var started = sfn.startExecution(b -> b.stateMachineArn(machine).name("first").input("{\"case\":7}"));
        assertTrue(started.executionArn().endsWith(":execution:" + machine.substring(machine.lastIndexOf(':') + 1) + ":first"));
        var d = await(started.executionArn());
        assertEquals(ExecutionStatus.SUCCEEDED, d.status());
        assertEquals("first", d.name());
        assertEquals(machine, d.stateMachineArn());
        assertEquals(json("{\"case\":7}"), json(d.input()));
        assertEquals(json("{\"case\":7,\"result\":{\"ok\":true}}"), json(d.output()));
        assertNotNull(d.stopDate());

        var forExecution = sfn.describeStateMachineForExecution(b -> b.executionArn(started.executionArn()));
        assertEquals(PASS, forExecution.definition());
    }

    @Test
    void startingAgainWithTheSameNameAndInputWhileRunningReturnsTheSameExecution() {
        String machine = createMachine(WAIT_AN_HOUR);
        String first = sfn.startExecution(b -> b.stateMachineArn(machine).name("once").input("{}")).executionArn();
        String second = sfn.startExecution(b -> b.stateMachineArn(machine).name("once").input("{}")).executionArn();
        assertEquals(first, second);
        assertThrows(ExecutionAlreadyExistsException.class,
                () -> sfn.startExecution(b -> b.stateMachineArn(machine).name("once").input("{\"other\":1}")));

        sfn.stopExecution(b -> b.executionArn(first).error("Stopped").cause("by the test"));
        var d = sfn.describeExecution(b -> b.executionArn(first));
        assertEquals(ExecutionStatus.ABORTED, d.status());
        assertThrows(ExecutionAlreadyExistsException.class,
                () -> sfn.startExecution(b -> b.stateMachineArn(machine).name("once").input("{}")));
    }

    @Test
    void listingFiltersByStatusAndPages() {
        String machine = createMachine(WAIT_AN_HOUR);
        List<String> arns = new ArrayList<>();
        for (int i = 0; i < 5; i++) arns.add(start(machine, "{}"));
        sfn.stopExecution(b -> b.executionArn(arns.get(0)));

        var running = sfn.listExecutions(b -> b.stateMachineArn(machine).statusFilter(ExecutionStatus.RUNNING));
        assertEquals(4, running.executions().size());
        var aborted = sfn.listExecutions(b -> b.stateMachineArn(machine).statusFilter(ExecutionStatus.ABORTED));
        assertEquals(List.of(arns.get(0)), aborted.executions().stream().map(e -> e.executionArn()).toList());

        List<String> all = new ArrayList<>();
        String token = null;
        do {
            String t = token;
            ListExecutionsResponse page = sfn.listExecutions(b -> b.stateMachineArn(machine).maxResults(2).nextToken(t));
            page.executions().forEach(e -> all.add(e.executionArn()));
            token = page.nextToken();
        } while (token != null);
        assertEquals(5, all.size());
        assertTrue(all.containsAll(arns));
    }

    @Test
    void historyNamesEventsAsAwsDoesAndChainsTheirIds() {
        String exec = start(createMachine(PASS), "{\"a\":1}");
        await(exec);
        List<HistoryEvent> events = history(exec);
        assertEquals(List.of(HistoryEventType.EXECUTION_STARTED, HistoryEventType.PASS_STATE_ENTERED,
                HistoryEventType.PASS_STATE_EXITED, HistoryEventType.EXECUTION_SUCCEEDED), events.stream().map(HistoryEvent::type).toList());
        for (int i = 0; i < events.size(); i++) {
            assertEquals(i + 1, events.get(i).id());
            assertEquals(i, events.get(i).previousEventId());
        }
        assertEquals("P", events.get(1).stateEnteredEventDetails().name());
        assertEquals(json("{\"a\":1}"), json(events.get(1).stateEnteredEventDetails().input()));
        assertEquals(json("{\"a\":1,\"result\":{\"ok\":true}}"), json(events.get(3).executionSucceededEventDetails().output()));

        var reversed = sfn.getExecutionHistory(b -> b.executionArn(exec).reverseOrder(true)).events();
        assertEquals(HistoryEventType.EXECUTION_SUCCEEDED, reversed.get(0).type());
    }

    @Test
    void badArnsInputsAndUnknownExecutionsAreRefusedAsAwsDoes() {
        String machine = createMachine(PASS);
        assertThrows(InvalidExecutionInputException.class, () -> sfn.startExecution(b -> b.stateMachineArn(machine).input("{oops")));
        assertThrows(InvalidArnException.class, () -> sfn.describeExecution(b -> b.executionArn("not-an-arn")));
        assertThrows(ExecutionDoesNotExistException.class, () -> sfn.describeExecution(b -> b.executionArn(
                machine.replace(":stateMachine:", ":execution:") + ":missing")));
    }

    @Test
    void anExpressMachineRunsSynchronously() {
        String machine = sfn.createStateMachine(b -> b.name("express").definition(PASS).roleArn(ROLE)
                .type(StateMachineType.EXPRESS)).stateMachineArn();
        var result = sfn.startSyncExecution(b -> b.stateMachineArn(machine).input("{\"x\":true}"));
        assertEquals(SyncExecutionStatus.SUCCEEDED, result.status());
        assertEquals(json("{\"x\":true,\"result\":{\"ok\":true}}"), json(result.output()));
    }
}
