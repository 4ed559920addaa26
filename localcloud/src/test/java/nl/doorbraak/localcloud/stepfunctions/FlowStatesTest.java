package nl.doorbraak.localcloud.stepfunctions;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every state type through the SDK: Pass, Choice, Wait, Succeed, Fail, Parallel, Map. */
class FlowStatesTest extends SfnScenario {

    @Test
    void passInjectsAResultAndChoiceRoutesOnIt() {
        String machine = createMachine("""
                {"StartAt":"Amount","States":{
                 "Amount":{"Type":"Pass","Parameters":{"cents.$":"$.cents","urgent.$":"$.urgent"},"Next":"Route"},
                 "Route":{"Type":"Choice","Choices":[
                    {"And":[{"Variable":"$.urgent","BooleanEquals":true},{"Variable":"$.cents","NumericLessThanEquals":25000}],"Next":"Mandate"},
                    {"Variable":"$.cents","NumericGreaterThan":100000,"Next":"Escalate"}],
                  "Default":"Approval"},
                 "Mandate":{"Type":"Pass","Result":"mandate","End":true},
                 "Escalate":{"Type":"Pass","Result":"escalate","End":true},
                 "Approval":{"Type":"Pass","Result":"approval","End":true}}}""");
        assertEquals(json("\"mandate\""), output(await(start(machine, "{\"cents\":20000,\"urgent\":true}"))));
        assertEquals(json("\"escalate\""), output(await(start(machine, "{\"cents\":200000,\"urgent\":false}"))));
        assertEquals(json("\"approval\""), output(await(start(machine, "{\"cents\":30000,\"urgent\":true}"))));
    }

    @Test
    void aChoiceWithoutMatchOrDefaultFails() {
        var d = run("""
                {"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Variable":"$.x","StringEquals":"a","Next":"P"}]},
                 "P":{"Type":"Pass","End":true}}}""", "{\"x\":\"b\"}");
        assertEquals(ExecutionStatus.FAILED, d.status());
        assertEquals("States.NoChoiceMatched", d.error());
    }

    @Test
    void waitSecondsFiresWhenTheClockIsAdvanced() {
        String exec = start(createMachine("""
                {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":86400,"Next":"Done"},"Done":{"Type":"Succeed"}}}"""), "{\"k\":1}");
        assertEquals(ExecutionStatus.RUNNING, sfn.describeExecution(b -> b.executionArn(exec)).status());
        advanceClock(86399);
        assertEquals(ExecutionStatus.RUNNING, sfn.describeExecution(b -> b.executionArn(exec)).status());
        advanceClock(1);
        assertEquals(json("{\"k\":1}"), output(await(exec)));
        List<HistoryEventType> types = history(exec).stream().map(HistoryEvent::type).toList();
        assertEquals(List.of(HistoryEventType.EXECUTION_STARTED, HistoryEventType.WAIT_STATE_ENTERED, HistoryEventType.WAIT_STATE_EXITED,
                HistoryEventType.SUCCEED_STATE_ENTERED, HistoryEventType.SUCCEED_STATE_EXITED, HistoryEventType.EXECUTION_SUCCEEDED), types);
    }

    @Test
    void waitUntilATimestampFromThePathOrPastTimestampsGoOnAtOnce() {
        Instant inAWeek = server.clock.instant().plusSeconds(7 * 86400);
        String exec = start(createMachine("""
                {"StartAt":"Past","States":{
                 "Past":{"Type":"Wait","Timestamp":"2020-01-01T00:00:00Z","Next":"Until"},
                 "Until":{"Type":"Wait","TimestampPath":"$.followUpAt","Next":"Short"},
                 "Short":{"Type":"Wait","SecondsPath":"$.seconds","End":true}}}"""),
                "{\"followUpAt\":\"" + inAWeek + "\",\"seconds\":30}");
        advanceClock(7 * 86400);
        assertEquals(ExecutionStatus.RUNNING, sfn.describeExecution(b -> b.executionArn(exec)).status());
        advanceClock(30);
        assertEquals(ExecutionStatus.SUCCEEDED, await(exec).status());
    }

    @Test
    void waitRefusesAMalformedTimestamp() {
        var d = run("""
                {"StartAt":"W","States":{"W":{"Type":"Wait","TimestampPath":"$.at","End":true}}}""", "{\"at\":\"2025-01-01 10:00\"}");
        assertEquals("States.Runtime", d.error());
        assertEquals("An error occurred while executing the state 'W' (entered at the event id #2). The TimestampPath parameter does not "
                + "reference a valid ISO-8601 extended offset date-time format string: $.at == 2025-01-01 10:00", d.cause());
    }

    @Test
    void failReportsItsErrorAndCauseLiterallyOrFromPaths() {
        var literal = run("""
                {"StartAt":"F","States":{"F":{"Type":"Fail","Error":"BudgetExceeded","Cause":"not enough budget"}}}""", "{}");
        assertEquals("BudgetExceeded", literal.error());
        assertEquals("not enough budget", literal.cause());
        var paths = run("""
                {"StartAt":"F","States":{"F":{"Type":"Fail","ErrorPath":"$.code","CausePath":"States.Format('case {} refused', $.id)"}}}""",
                "{\"code\":\"Refused\",\"id\":12}");
        assertEquals("Refused", paths.error());
        assertEquals("case 12 refused", paths.cause());
    }

    @Test
    void parallelCollectsBranchOutputsInOrderAndFailsWithABranchError() {
        var ok = run("""
                {"StartAt":"P","States":{"P":{"Type":"Parallel","ResultPath":"$.both","End":true,"Branches":[
                  {"StartAt":"A","States":{"A":{"Type":"Pass","Result":"a","End":true}}},
                  {"StartAt":"B","States":{"B":{"Type":"Wait","Seconds":0,"Next":"B2"},"B2":{"Type":"Pass","Result":"b","End":true}}}]}}}""",
                "{\"id\":1}");
        assertEquals(json("{\"id\":1,\"both\":[\"a\",\"b\"]}"), output(ok));
        var failed = run("""
                {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,
                  "Catch":[{"ErrorEquals":["Broken"],"Next":"Handled"}],"Branches":[
                  {"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}},
                  {"StartAt":"B","States":{"B":{"Type":"Fail","Error":"Broken","Cause":"branch B"}}}]},
                 "Handled":{"Type":"Pass","End":true}}}""", "{}");
        assertEquals(json("{\"Error\":\"Broken\",\"Cause\":\"branch B\"}"), output(failed));
    }

    @Test
    void mapRunsTheProcessorPerItemWithItemSelectorAndConcurrencyLimit() {
        var d = run("""
                {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.measures","MaxConcurrency":2,
                  "ItemSelector":{"index.$":"$$.Map.Item.Index","measure.$":"$$.Map.Item.Value","case.$":"$.case"},
                  "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"Price","States":{
                     "Price":{"Type":"Pass","Parameters":{"label.$":"States.Format('{}-{}', $.case, $.index)","cents.$":"$.measure.cents"},"End":true}}},
                  "ResultPath":"$.priced","End":true}}}""",
                "{\"case\":\"C7\",\"measures\":[{\"cents\":100},{\"cents\":250},{\"cents\":75}]}");
        assertEquals(json("[{\"label\":\"C7-0\",\"cents\":100},{\"label\":\"C7-1\",\"cents\":250},{\"label\":\"C7-2\",\"cents\":75}]"),
                output(d).get("priced"));
        long started = history(d.executionArn()).stream().filter(e -> e.type() == HistoryEventType.MAP_ITERATION_STARTED).count();
        assertEquals(3, started);
    }

    @Test
    void mapToleratesFailuresUpToTheThresholdAndFailsBeyondIt() {
        String processor = """
                "ItemProcessor":{"StartAt":"Check","States":{
                   "Check":{"Type":"Choice","Choices":[{"Variable":"$","NumericLessThan":0,"Next":"Bad"}],"Default":"Good"},
                   "Bad":{"Type":"Fail","Error":"Negative"},"Good":{"Type":"Pass","End":true}}}""";
        var tolerated = run("{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"ToleratedFailureCount\":1," + processor
                + ",\"End\":true}}}", "[1,-2,3]");
        assertEquals(json("[1,{\"Error\":\"Negative\"},3]"), output(tolerated));
        var exceeded = run("{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"ToleratedFailureCount\":1," + processor
                + ",\"End\":true}}}", "[-1,-2,3]");
        assertEquals("States.ExceedToleratedFailureThreshold", exceeded.error());
        var strict = run("{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\"," + processor + ",\"End\":true}}}", "[1,-2]");
        assertEquals("Negative", strict.error());
    }

    @Test
    void anEndlessLoopDoesNotHoldStartExecutionAndStopsAtTheHistoryLimit() {
        String exec = start(createMachine("""
                {"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},
                 "B":{"Type":"Choice","Choices":[{"Variable":"$.stop","IsPresent":true,"Next":"End"}],"Default":"A"},
                 "End":{"Type":"Succeed"}}}"""), "{}");
        long deadline = System.nanoTime() + 60_000_000_000L;
        var d = sfn.describeExecution(b -> b.executionArn(exec));
        while (d.status() == ExecutionStatus.RUNNING && System.nanoTime() < deadline) {
            d = sfn.describeExecution(b -> b.executionArn(exec));
        }
        assertEquals(ExecutionStatus.FAILED, d.status());
        assertEquals("States.Runtime", d.error());
        assertTrue(d.cause().contains("25000"), d.cause());
    }

    @Test
    void aMachineTimeoutEndsTheExecutionTimedOut() {
        String exec = start(createMachine("""
                {"TimeoutSeconds":3600,"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":86400,"End":true}}}"""), "{}");
        advanceClock(3600);
        var d = await(exec);
        assertEquals(ExecutionStatus.TIMED_OUT, d.status());
        assertEquals(HistoryEventType.EXECUTION_TIMED_OUT, history(exec).get(history(exec).size() - 1).type());
    }

    @Test
    void anOutputOverTheDataLimitFailsTheExecution() {
        String big = "x".repeat(300 * 1024);
        var d = run("""
                {"StartAt":"Big","States":{"Big":{"Type":"Pass","Parameters":{"blob.$":"States.Format('{}{}', $.a, $.a)"},"End":true}}}""",
                "{\"a\":\"" + big.substring(0, 200 * 1024) + "\"}");
        assertEquals("States.DataLimitExceeded", d.error());
        assertTrue(d.cause().contains("'Big'"), d.cause());
    }
}
