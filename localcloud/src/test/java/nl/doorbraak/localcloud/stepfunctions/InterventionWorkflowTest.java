package nl.doorbraak.localcloud.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Json;
import nl.doorbraak.localcloud.stepfunctions.storage.InMemorySfnStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The intervention workflow ({@code statemachines/intervention.asl.json}) with stub Lambda handlers: mandate only,
 * approval, rejection, escalation, expiry, insufficient budget and follow-up, driven by task tokens and the clock.
 */
class InterventionWorkflowTest extends SfnScenario {
    static final long DAY = 86400;

    /** What the stubs are told to do for the running scenario. */
    final Map<String, JsonNode> plan = new ConcurrentHashMap<>();
    final LinkedBlockingQueue<JsonNode> tasks = new LinkedBlockingQueue<>();
    final List<JsonNode> audit = new CopyOnWriteArrayList<>();
    volatile boolean budgetShort;
    volatile boolean escalationExpires;
    String machine;

    @BeforeEach
    void deployWorkflow() throws Exception {
        Path file = definitionFile();
        Assumptions.assumeTrue(file != null, "Skipping: statemachines/intervention.asl.json is not in this checkout yet");
        server.close();
        server = new SfnTestServer(new InMemorySfnStore(), (service, action, params) -> {
            audit.add(params);
            return Json.object();
        });
        sfn = server.sfn;
        server.lambdas
                .register("RegisterIntervention", in -> plan.get("register"))
                .register("DebitBudget", in -> {
                    if (budgetShort) throw new TestLambdas.FunctionError("nl.doorbraak.domain.InsufficientBudgetException", "budget too low");
                    return Json.object().put("debitedCents", 1000).put("status", in.get("stage").asText().equals("MANDATE") ? "MANDATE_PAID" : "APPROVED");
                })
                .register("CreateTask", in -> {
                    tasks.add(in);
                    return Json.object().put("taskId", "T-" + in.get("kind").asText());
                })
                .register("EscalateApproval", in -> approval(true, escalationExpires, "EXECUTIVE"))
                .register("FinishIntervention", in -> {
                    String outcome = in.get("outcome").asText();
                    return Json.object().put("status", outcome).put("handoverRequired", false);
                });
        String definition = Files.readString(file).replaceAll("\\$\\{(\\w+)FunctionArn}", "arn:aws:lambda:us-east-1:000000000000:function:$1")
                .replace("${AuditTableName}", "audit");
        machine = sfn.createStateMachine(b -> b.name("intervention").roleArn(ROLE).definition(definition)).stateMachineArn();
    }

    static Path definitionFile() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path f = p.resolve("statemachines/intervention.asl.json");
            if (Files.isRegularFile(f)) return f;
        }
        return null;
    }

    private void registerPlan(long mandateCents, boolean approvalRequired) {
        ObjectNode p = Json.object();
        p.putObject("mandate").put("amountCents", mandateCents);
        p.set("approval", approval(approvalRequired, false, "APPROVER"));
        p.putObject("handover").put("dueSeconds", 14 * DAY);
        p.putObject("followUp").put("waitSeconds", 30 * DAY);
        p.putObject("audit").put("expiresAt", "1900000000");
        plan.put("register", p);
    }

    private static ObjectNode approval(boolean required, boolean expired, String level) {
        ObjectNode a = Json.object().put("required", required).put("expired", expired).put("escalated", level.equals("EXECUTIVE"))
                .put("level", level).put("amountCents", 50000).put("deadline", "2030-01-01T00:00:00Z")
                .put("timeoutSeconds", 2 * DAY).put("reminderSeconds", DAY).put("remainingSeconds", DAY);
        return a;
    }

    private String startIntervention(String id) {
        return sfn.startExecution(b -> b.stateMachineArn(machine).name(id)
                .input("{\"interventionId\":\"" + id + "\",\"tenant\":\"utrecht\"}")).executionArn();
    }

    private JsonNode nextTask(String kind, String phase) throws InterruptedException {
        JsonNode t = tasks.poll(10, TimeUnit.SECONDS);
        assertNotNull(t, "no " + kind + " task was created");
        assertEquals(kind, t.get("kind").asText());
        assertEquals(phase, t.get("phase").asText());
        return t;
    }

    /** The task's token is out and its timeout timer armed (both happen in one step of the execution). */
    private void awaitSubmitted(String exec, int n) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (history(exec).stream().filter(e -> e.typeAsString().equals("TaskSubmitted")).count() < n) {
            if (System.nanoTime() > deadline) throw new AssertionError("task " + n + " was not submitted");
            Thread.onSpinWait();
        }
    }

    private void complete(JsonNode task, String output) {
        sfn.sendTaskSuccess(b -> b.taskToken(task.get("taskToken").asText()).output(output));
    }

    /** Handover confirmed, the follow-up wait passes, the follow-up is recorded: the intervention closes. */
    private JsonNode handoverAndFollowUp(String exec) throws InterruptedException {
        complete(nextTask("HANDOVER", "NEW"), "{\"confirmed\":true}");
        awaitHistory(exec, "WaitStateEntered");
        assertEquals(ExecutionStatus.RUNNING, sfn.describeExecution(b -> b.executionArn(exec)).status());
        server.clock.advance(Duration.ofSeconds(30 * DAY));
        complete(nextTask("FOLLOW_UP", "NEW"), "{\"wellbeing\":\"stable\"}");
        return output(await(exec));
    }

    @Test
    void mandateOnlyIsPaidAtOnceThenHandedOverAndFollowedUp() throws Exception {
        registerPlan(20000, false);
        String exec = startIntervention("I-mandate");
        JsonNode out = handoverAndFollowUp(exec);
        assertEquals("MANDATE_PAID", out.get("debit").get("status").asText());
        assertEquals("CLOSED", out.get("finish").get("status").asText());
        assertEquals("stable", out.get("followUpResult").get("wellbeing").asText());
    }

    @Test
    void anApprovedRequestIsDebitedAndCloses() throws Exception {
        registerPlan(0, true);
        String exec = startIntervention("I-approve");
        JsonNode task = nextTask("APPROVAL", "NEW");
        assertEquals("APPROVER", task.get("level").asText());
        complete(task, "{\"decision\":\"APPROVE\"}");
        JsonNode out = handoverAndFollowUp(exec);
        assertEquals("APPROVED", out.get("debit").get("status").asText());
        assertEquals("CLOSED", out.get("finish").get("status").asText());
    }

    @Test
    void aRejectedRequestEndsRejected() throws Exception {
        registerPlan(0, true);
        String exec = startIntervention("I-reject");
        complete(nextTask("APPROVAL", "NEW"), "{\"decision\":\"REJECT\"}");
        JsonNode out = output(await(exec));
        assertEquals("REJECTED", out.get("outcome").asText());
    }

    @Test
    void anUnansweredRequestIsRemindedThenEscalatedToTheExecutive() throws Exception {
        registerPlan(0, true);
        String exec = startIntervention("I-escalate");
        nextTask("APPROVAL", "NEW");
        awaitSubmitted(exec, 1);
        server.clock.advance(Duration.ofSeconds(DAY));
        nextTask("APPROVAL", "REMINDER");
        awaitSubmitted(exec, 2);
        server.clock.advance(Duration.ofSeconds(DAY));
        JsonNode executive = nextTask("APPROVAL", "NEW");
        assertEquals("EXECUTIVE", executive.get("level").asText());
        assertEquals(1, audit.size());
        assertEquals("DEADLINE_PASSED", audit.get(0).get("Item").get("event").get("S").asText());
        assertEquals("utrecht#INT#I-escalate", audit.get(0).get("Item").get("subject").get("S").asText());
        complete(executive, "{\"decision\":\"APPROVE\"}");
        assertEquals("CLOSED", handoverAndFollowUp(exec).get("finish").get("status").asText());
    }

    @Test
    void aRequestNobodyAnswersExpires() throws Exception {
        registerPlan(0, true);
        escalationExpires = true;
        String exec = startIntervention("I-expire");
        nextTask("APPROVAL", "NEW");
        awaitSubmitted(exec, 1);
        server.clock.advance(Duration.ofSeconds(DAY));
        nextTask("APPROVAL", "REMINDER");
        awaitSubmitted(exec, 2);
        server.clock.advance(Duration.ofSeconds(DAY));
        JsonNode out = output(await(exec));
        assertEquals("EXPIRED", out.get("outcome").asText());
        assertEquals("EXPIRED", out.get("finish").get("status").asText());
    }

    @Test
    void aMandateBeyondTheBudgetEndsInsufficientBudget() throws Exception {
        registerPlan(20000, false);
        budgetShort = true;
        String exec = startIntervention("I-budget");
        JsonNode out = output(await(exec));
        assertEquals("INSUFFICIENT_BUDGET", out.get("outcome").asText());
        assertEquals("nl.doorbraak.domain.InsufficientBudgetException", out.get("error").get("Error").asText());
        assertTrue(tasks.isEmpty());
    }
}
