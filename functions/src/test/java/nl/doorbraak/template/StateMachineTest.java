package nl.doorbraak.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.doorbraak.domain.ApprovalDecision;
import nl.doorbraak.domain.ApprovalPolicy;
import nl.doorbraak.domain.Status;
import nl.doorbraak.domain.WorkflowPlan;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.doorbraak.template.Project.map;
import static nl.doorbraak.template.Project.ofType;
import static nl.doorbraak.template.Project.properties;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The state machine definition and its wiring into the template. */
class StateMachineTest {

    private static final Map<String, Object> T = Project.template();
    private static final Map<String, Object> SM = properties(ofType(T, "AWS::Serverless::StateMachine").get("InterventionStateMachine"));
    private static final Path ASL_FILE = Project.ROOT.resolve((String) SM.get("DefinitionUri"));
    private static final String ASL_TEXT = read(ASL_FILE);
    private static final JsonNode ASL = parse(ASL_TEXT);
    private static final JsonNode STATES = ASL.get("States");
    private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");
    private static final Set<String> LAMBDA_RESOURCES = Set.of("arn:aws:states:::lambda:invoke", "arn:aws:states:::lambda:invoke.waitForTaskToken");
    private static final String DYNAMODB_PUT = "arn:aws:states:::dynamodb:putItem";

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, JsonNode> states() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        STATES.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Every state a state can go to next: Next, Default, Choices[].Next, Catch[].Next. */
    private static List<String> successors(JsonNode state) {
        List<String> out = new ArrayList<>();
        if (state.has("Next")) {
            out.add(state.get("Next").asText());
        }
        if (state.has("Default")) {
            out.add(state.get("Default").asText());
        }
        for (JsonNode c : state.path("Choices")) {
            out.add(c.get("Next").asText());
        }
        for (JsonNode c : state.path("Catch")) {
            out.add(c.get("Next").asText());
        }
        return out;
    }

    @Test
    void isJsonPathWithDefinitionUriInTheRepository() {
        assertTrue(Files.exists(ASL_FILE), ASL_FILE.toString());
        assertEquals("JSONPath", ASL.path("QueryLanguage").asText("JSONPath"));
        assertEquals("STANDARD", SM.get("Type"));
    }

    @Test
    void substitutionsUsedAreExactlyThoseDefined() {
        Set<String> used = new TreeSet<>();
        Matcher m = SUBSTITUTION.matcher(ASL_TEXT);
        while (m.find()) {
            used.add(m.group(1));
        }
        assertEquals(new TreeSet<>(map(SM.get("DefinitionSubstitutions")).keySet()), used);
    }

    @Test
    void substitutionsPointAtFunctionsAndTablesOfThisStack() {
        Set<String> functions = ofType(T, "AWS::Serverless::Function").keySet();
        Set<String> tables = ofType(T, "AWS::DynamoDB::Table").keySet();
        map(SM.get("DefinitionSubstitutions")).forEach((key, value) -> {
            String ref = (String) map(value).get("Ref");
            assertNotNull(ref, key + " is a !Ref");
            if (key.endsWith("FunctionArn")) {
                assertTrue(ref.endsWith(".Alias") && functions.contains(ref.replace(".Alias", "")), key + " → the published alias of a function: " + ref);
                assertEquals(key.replace("FunctionArn", "Function"), ref.replace(".Alias", ""), "substitution named after its function");
            } else {
                assertTrue(key.endsWith("TableName") && tables.contains(ref), key + " → a table: " + ref);
                assertEquals(key.replace("TableName", "Table"), ref);
            }
        });
    }

    @Test
    void everyFlowFunctionIsUsedAndMayBeInvokedByTheStateMachine() {
        Set<String> invoked = new TreeSet<>();
        for (JsonNode s : states().values()) {
            String fn = s.path("Parameters").path("FunctionName").asText("");
            if (!fn.isEmpty()) {
                invoked.add(fn.substring(2, fn.length() - "Arn}".length()));
            }
        }
        Set<String> flow = new TreeSet<>();
        ofType(T, "AWS::Serverless::Function").forEach((id, f) -> {
            if (((String) properties(f).get("Handler")).contains(".handlers.flow.")) {
                flow.add(id);
            }
        });
        assertEquals(flow, invoked);
        Set<String> allowed = new TreeSet<>();
        for (Object p : (List<?>) SM.get("Policies")) {
            Object invoke = map(p).get("LambdaInvokePolicy");
            if (invoke != null) {
                allowed.add((String) map(map(invoke).get("FunctionName")).get("Ref"));
            }
        }
        assertEquals(flow, allowed);
    }

    @Test
    void everyTransitionTargetExists() {
        assertTrue(STATES.has(ASL.get("StartAt").asText()), "StartAt");
        states().forEach((name, s) -> {
            for (String next : successors(s)) {
                assertTrue(STATES.has(next), name + " → missing state " + next);
            }
        });
    }

    @Test
    void everyStateIsReachable() {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(ASL.get("StartAt").asText()));
        while (!todo.isEmpty()) {
            String n = todo.pop();
            if (seen.add(n)) {
                todo.addAll(successors(STATES.get(n)));
            }
        }
        assertEquals(new TreeSet<>(states().keySet()), new TreeSet<>(seen));
    }

    @Test
    void everyStateCanStillReachAnEnd() {
        Set<String> ending = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var e : states().entrySet()) {
                JsonNode s = e.getValue();
                boolean ends = Set.of("Succeed", "Fail").contains(s.get("Type").asText()) || s.path("End").asBoolean(false)
                        || successors(s).stream().anyMatch(ending::contains);
                if (ends && ending.add(e.getKey())) {
                    changed = true;
                }
            }
        }
        assertEquals(new TreeSet<>(states().keySet()), new TreeSet<>(ending), "states that can never finish");
    }

    @Test
    void eachStateHasExactlyOneWayOn() {
        states().forEach((name, s) -> {
            String type = s.get("Type").asText();
            switch (type) {
                case "Choice" -> {
                    assertFalse(s.has("Next") || s.has("End"), name);
                    assertTrue(s.get("Choices").size() > 0, name);
                }
                case "Succeed", "Fail" -> assertFalse(s.has("Next") || s.has("End"), name);
                case "Task", "Pass", "Wait" -> assertTrue(s.has("Next") ^ s.path("End").asBoolean(false), name + " needs Next xor End");
                default -> throw new AssertionError(name + ": unexpected state type " + type);
            }
        });
    }

    @Test
    void tasksInvokeLambdaOrWriteTheAuditLogThroughSubstitutions() {
        states().forEach((name, s) -> {
            if (!s.get("Type").asText().equals("Task")) {
                return;
            }
            String resource = s.get("Resource").asText();
            JsonNode params = s.get("Parameters");
            if (LAMBDA_RESOURCES.contains(resource)) {
                assertTrue(params.get("FunctionName").asText().matches("\\$\\{[A-Za-z]+FunctionArn}"), name);
                assertTrue(params.get("Payload").isObject(), name);
                boolean callback = resource.endsWith(".waitForTaskToken");
                assertEquals(callback, "$$.Task.Token".equals(params.get("Payload").path("taskToken.$").asText(null)),
                        name + ": callback tasks pass the task token, others do not");
                retries(name, s, "Lambda.ServiceException");
            } else {
                assertEquals(DYNAMODB_PUT, resource, name);
                assertTrue(params.get("TableName").asText().matches("\\$\\{[A-Za-z]+TableName}"), name);
                assertTrue(s.get("ResultPath").isNull(), name + " discards the PutItem result");
                retries(name, s, "States.TaskFailed");
            }
        });
    }

    private static void retries(String name, JsonNode state, String error) {
        boolean found = false;
        for (JsonNode r : state.path("Retry")) {
            for (JsonNode e : r.get("ErrorEquals")) {
                found |= e.asText().equals(error);
            }
            assertTrue(r.get("MaxAttempts").asInt() > 0 && r.get("BackoffRate").asDouble() >= 1, name + " backoff");
        }
        assertTrue(found, name + " retries " + error);
    }

    @Test
    void approvalWaitsWithATimeoutFromTheInputAndEscalatesOnTimeout() {
        JsonNode approval = STATES.get("AwaitApproval");
        assertEquals("arn:aws:states:::lambda:invoke.waitForTaskToken", approval.get("Resource").asText());
        assertEquals("$.plan.approval.reminderSeconds", approval.get("TimeoutSecondsPath").asText());
        assertEquals("AwaitApprovalAfterReminder", catchTarget(approval, "States.Timeout"));
        JsonNode second = STATES.get("AwaitApprovalAfterReminder");
        assertEquals("$.plan.approval.remainingSeconds", second.get("TimeoutSecondsPath").asText());
        String afterDeadline = catchTarget(second, "States.Timeout");
        assertEquals("EscalateApproval", STATES.get(afterDeadline).get("Next").asText());
        JsonNode after = STATES.get(STATES.get("EscalateApproval").get("Next").asText());
        assertEquals("Choice", after.get("Type").asText());
        assertEquals("AwaitApproval", after.get("Default").asText(), "escalated: wait again at the next level");
    }

    @Test
    void debitsRetryTransientErrorsAndCatchInsufficientBudget() throws ClassNotFoundException {
        for (String name : List.of("DebitMandate", "DebitApproved")) {
            JsonNode s = STATES.get(name);
            retries(name, s, "nl.doorbraak.domain.TransientFailureException");
            assertEquals("OutOfBudget", catchTarget(s, "nl.doorbraak.domain.InsufficientBudgetException"));
        }
    }

    @Test
    void errorNamesOfOurOwnAreExceptionClasses() throws ClassNotFoundException {
        for (JsonNode s : states().values()) {
            for (String field : List.of("Retry", "Catch")) {
                for (JsonNode rule : s.path(field)) {
                    for (JsonNode e : rule.get("ErrorEquals")) {
                        String error = e.asText();
                        if (!error.startsWith("States.") && !error.startsWith("Lambda.")) {
                            assertTrue(Throwable.class.isAssignableFrom(Class.forName(error)), error);
                        }
                    }
                }
            }
        }
    }

    private static String catchTarget(JsonNode state, String error) {
        for (JsonNode c : state.path("Catch")) {
            for (JsonNode e : c.get("ErrorEquals")) {
                if (e.asText().equals(error)) {
                    return c.get("Next").asText();
                }
            }
        }
        throw new AssertionError("no Catch for " + error);
    }

    @Test
    void decisionsAndOutcomesAreTheDomainsOwn() {
        Set<String> decisions = new TreeSet<>();
        for (JsonNode c : STATES.get("Decision").get("Choices")) {
            decisions.add(c.get("StringEquals").asText());
        }
        Set<String> expected = new TreeSet<>(List.of("WITHDRAW"));
        for (ApprovalDecision d : ApprovalDecision.values()) {
            expected.add(d.name());
        }
        assertEquals(expected, decisions);
        Set<String> outcomes = new TreeSet<>();
        for (JsonNode s : states().values()) {
            if (s.get("Type").asText().equals("Pass") && "$.outcome".equals(s.path("ResultPath").asText())) {
                outcomes.add(Status.valueOf(s.get("Result").asText()).name());
            }
        }
        assertEquals(Set.of("REJECTED", "WITHDRAWN", "EXPIRED", "INSUFFICIENT_BUDGET"), outcomes);
    }

    @Test
    void everyPlanPathTheDefinitionReadsIsInTheRegisterResult() {
        Map<String, Object> plan = new HashMap<>();
        plan.put("plan", samplePlan());
        plan.put("interventionId", "INT-1");
        plan.put("tenant", "GM9999");
        List<String> paths = new ArrayList<>();
        collectPaths(ASL, paths);
        for (String path : paths) {
            if (path.startsWith("$.plan.") || path.equals("$.interventionId") || path.equals("$.tenant")) {
                Object at = plan;
                for (String part : path.substring(2).split("\\.")) {
                    assertTrue(at instanceof Map<?, ?> m && m.containsKey(part), "the definition reads " + path + " which Register does not return");
                    at = ((Map<?, ?>) at).get(part);
                }
            }
        }
        assertTrue(paths.contains("$.plan.approval.remainingSeconds"));
    }

    @Test
    void registerAndEscalateSelectExactlyWhatTheDomainReturns() {
        Set<String> register = new TreeSet<>();
        STATES.get("Register").get("ResultSelector").fieldNames().forEachRemaining(f -> register.add(f.replace(".$", "")));
        assertEquals(new TreeSet<>(samplePlan().keySet()), register);
        Set<String> escalate = new TreeSet<>();
        STATES.get("EscalateApproval").get("ResultSelector").fieldNames().forEachRemaining(f -> escalate.add(f.replace(".$", "")));
        assertEquals(new TreeSet<>(ApprovalPolicy.ApprovalPlan.NOT_REQUIRED.toMap().keySet()), escalate);
    }

    private static Map<String, Object> samplePlan() {
        var plan = new WorkflowPlan(0, List.of(), ApprovalPolicy.ApprovalPlan.NOT_REQUIRED, 86_400, 86_400, Instant.EPOCH);
        return plan.toMap();
    }

    /** Every JSONPath the definition reads on the state input (not the context object, not task results). */
    private static void collectPaths(JsonNode node, List<String> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                var e = it.next();
                String key = e.getKey();
                JsonNode v = e.getValue();
                boolean isPathField = key.endsWith(".$") || key.equals("Variable") || key.endsWith("Path");
                if (isPathField && v.isTextual()) {
                    Matcher m = Pattern.compile("(?<![$])\\$\\.[A-Za-z0-9_.]+").matcher(v.asText());
                    while (m.find()) {
                        out.add(m.group());
                    }
                }
                collectPaths(v, out);
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectPaths(n, out));
        }
    }
}
