package nl.doorbraak.localcloud.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Json;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** InputPath → Parameters → ResultSelector → ResultPath → OutputPath, the context object, variables and JSONata. */
class DataFlowTest extends SfnScenario {

    @Test
    void everyJsonPathStepShapesTheTaskDataInOrder() {
        AtomicReference<JsonNode> received = new AtomicReference<>();
        server.lambdas.register("score", in -> {
            received.set(in);
            return Json.object().put("score", 7).put("noise", "ignored");
        });
        var d = run("""
                {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:000000000000:function:score",
                  "InputPath":"$.intervention",
                  "Parameters":{"id.$":"$.id","state.$":"$$.State.Name","fixed":"yes"},
                  "ResultSelector":{"value.$":"$.score"},
                  "ResultPath":"$.intervention.result",
                  "OutputPath":"$.intervention","End":true}}}""",
                "{\"intervention\":{\"id\":\"I-3\"},\"other\":true}");
        assertEquals(json("{\"id\":\"I-3\",\"state\":\"T\",\"fixed\":\"yes\"}"), received.get());
        assertEquals(json("{\"id\":\"I-3\",\"result\":{\"value\":7}}"), output(d));
    }

    @Test
    void nullPathsMeanEmptyInputDiscardedResultAndEmptyOutput() {
        var d = run("""
                {"StartAt":"A","States":{
                 "A":{"Type":"Pass","InputPath":null,"ResultPath":"$.seen","Next":"B"},
                 "B":{"Type":"Pass","Result":"dropped","ResultPath":null,"Next":"C"},
                 "C":{"Type":"Pass","OutputPath":null,"End":true}}}""", "{\"keep\":1}");
        assertEquals(json("{}"), output(d));
        var kept = run("""
                {"StartAt":"A","States":{"A":{"Type":"Pass","InputPath":null,"ResultPath":"$.seen","Next":"B"},
                 "B":{"Type":"Pass","Result":"dropped","ResultPath":null,"End":true}}}""", "{\"keep\":1}");
        assertEquals(json("{\"keep\":1,\"seen\":{}}"), output(kept));
    }

    @Test
    void theContextObjectDescribesExecutionStateAndMachine() {
        var d = run("""
                {"StartAt":"Look","States":{"Look":{"Type":"Pass","Parameters":{"ctx.$":"$$"},"End":true}}}""", "{\"in\":1}");
        JsonNode ctx = output(d).get("ctx");
        assertEquals(d.executionArn(), ctx.get("Execution").get("Id").asText());
        assertEquals(json("{\"in\":1}"), ctx.get("Execution").get("Input"));
        assertEquals(ROLE, ctx.get("Execution").get("RoleArn").asText());
        assertEquals(d.stateMachineArn(), ctx.get("StateMachine").get("Id").asText());
        assertEquals("Look", ctx.get("State").get("Name").asText());
        assertTrue(ctx.get("State").get("EnteredTime").asText().endsWith("Z"));
    }

    @Test
    void variablesAreAssignedAfterTheStateAndMapIterationsOnlyReadOuterScope() {
        var d = run("""
                {"StartAt":"Set","States":{
                 "Set":{"Type":"Pass","Result":{"limit":250},"ResultPath":null,"Assign":{"limit.$":"$.limit","region":"Utrecht"},"Next":"Each"},
                 "Each":{"Type":"Map","ItemsPath":"$.items","Parameters":{"v.$":"$$.Map.Item.Value"},"ItemProcessor":{"StartAt":"Inner","States":{
                    "Inner":{"Type":"Pass","Assign":{"innerOnly":true},"Parameters":{"v.$":"$.v","limit.$":"$limit"},"End":true}}},
                  "ResultPath":"$.each","Next":"Read"},
                 "Read":{"Type":"Pass","Parameters":{"limit.$":"$limit","region.$":"$region","each.$":"$.each",
                    "summary.$":"States.Format('{} in {}', $limit, $region)"},"End":true}}}""",
                "{\"items\":[1,2]}");
        assertEquals(json("{\"limit\":250,\"region\":\"Utrecht\",\"each\":[{\"v\":1,\"limit\":250},{\"v\":2,\"limit\":250}],"
                + "\"summary\":\"250 in Utrecht\"}"), output(d));
        var leak = run("""
                {"StartAt":"Each","States":{
                 "Each":{"Type":"Map","ItemProcessor":{"StartAt":"Inner","States":{"Inner":{"Type":"Pass","Assign":{"innerOnly":true},"End":true}}},
                  "Next":"Read"},
                 "Read":{"Type":"Pass","Parameters":{"x.$":"$innerOnly"},"End":true}}}""", "[1]");
        assertEquals("States.Runtime", leak.error());
    }

    @Test
    void jsonataArgumentsOutputAndAssignSeeStatesAndVariables() {
        server.lambdas.register("total", in -> Json.object().put("total", in.get("a").asInt() + in.get("b").asInt()));
        var d = run("""
                {"QueryLanguage":"JSONata","StartAt":"Prep","States":{
                 "Prep":{"Type":"Pass","Assign":{"factor":3},"Output":{"a":"{% $states.input.x %}","b":4},"Next":"Sum"},
                 "Sum":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                   "Arguments":{"FunctionName":"total","Payload":"{% $states.input %}"},
                   "Assign":{"total":"{% $states.result.Payload.total %}"},
                   "Output":{"scaled":"{% $states.result.Payload.total * $factor %}","name":"{% $states.context.State.Name %}"},
                   "Next":"Done"},
                 "Done":{"Type":"Pass","Output":"{% $merge([$states.input, {'total': $total}]) %}","End":true}}}""", "{\"x\":5}");
        assertEquals(json("{\"scaled\":27,\"name\":\"Sum\",\"total\":9}"), output(d));
    }

    @Test
    void aJsonataExpressionReturningNothingFailsWithAwsWording() {
        var d = run("""
                {"QueryLanguage":"JSONata","StartAt":"S","States":{"S":{"Type":"Pass","Output":{"r":"{% $missing %}"},"End":true}}}""", "{}");
        assertEquals("States.QueryEvaluationError", d.error());
        assertEquals("An error occurred while executing the state 'S' (entered at the event id #2). The JSONata expression "
                + "'$missing' specified for the field 'Output/r' returned nothing (undefined).", d.cause());
    }
}
