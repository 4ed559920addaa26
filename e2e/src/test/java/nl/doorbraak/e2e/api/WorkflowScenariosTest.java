package nl.doorbraak.e2e.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.List;

import static nl.doorbraak.e2e.api.Scenario.regular;
import static nl.doorbraak.e2e.api.Scenario.urgent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The intervention workflow end to end through the HTTP API, one scenario per test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkflowScenariosTest {

    private ApiStack stack;
    private Scenario s;

    @BeforeAll
    void start() {
        stack = Stacks.start();
        s = new Scenario(stack);
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    private JsonNode ledger(String budgetId) {
        Answer a = stack.call(s.finance, "GET", "/api/budgets/" + budgetId + "/ledger", null);
        assertEquals(200, a.status(), a::toString);
        return a.json().get("entries");
    }

    private List<String> events(JsonNode intervention) {
        return java.util.stream.StreamSupport.stream(intervention.get("timeline").spliterator(), false)
                .map(e -> e.get("event").asText()).toList();
    }

    @Test
    void urgentMeasuresWithinTheMandateArePaidAtOnce() {
        String budget = s.budget(25_000_000, 100_000, 1_000_000);
        String id = s.submit(budget, "ACUUT", urgent(45_00), new Scenario.M("LEVENSONDERHOUD", "Eten en drinken", 30_00, true));
        JsonNode done = s.awaitStatus(id, "HANDOVER_PENDING");
        assertEquals(List.of("MANDAAT", "MANDAAT"), s.decisions(done));
        assertEquals(75_00, done.at("/totals/debitedCents").asLong());
        assertEquals(75_00, done.at("/totals/mandateCents").asLong());
        assertTrue(done.get("approval") == null || done.get("approval").isNull(), "no approval step: " + done);
        JsonNode b = s.budgetView(budget);
        assertEquals(25_000_000 - 75_00, b.get("availableCents").asLong());
        assertEquals(45_00, b.at("/byCategory/VERVOER").asLong());
        JsonNode entries = ledger(budget);
        assertEquals(2, entries.size());
        for (JsonNode e : entries) {
            assertEquals("MANDAAT", e.get("basis").asText());
            assertEquals(s.zorgmarinier.name(), e.get("approvedBy").asText());
        }
        List<String> events = events(done);
        assertTrue(events.containsAll(List.of("REGISTERED", "MANDATE_DEBITED", "FUNDED", "HANDOVER_PENDING")), events.toString());
        assertTrue(s.summary(budget).get("reconciles").asBoolean());
    }

    @Test
    void theMandateCountsPerPseudonymOverThirtyDays() {
        String budget = s.budget(25_000_000, 100_000, 1_000_000);
        String pseudonym = Scenario.pseudonym();
        Answer first = stack.call(s.zorgmarinier, "POST", "/api/interventions",
                Scenario.request(budget, pseudonym, "ACUUT", null, urgent(600_00)));
        s.awaitStatus(first.json().get("interventionId").asText(), "HANDOVER_PENDING");
        // the same person again, by a colleague: 600 + 500 exceeds the mandate of 1.000, so this one needs approval
        Answer second = stack.call(s.colleague, "POST", "/api/interventions",
                Scenario.request(budget, pseudonym, "ACUUT", null, urgent(500_00)));
        String id = second.json().get("interventionId").asText();
        JsonNode waiting = s.awaitStatus(id, "AWAITING_APPROVAL");
        assertEquals(List.of("OPEN"), s.decisions(waiting));
        assertEquals(0, waiting.at("/totals/debitedCents").asLong());
        // another person is not affected
        String other = s.submit(budget, "ACUUT", urgent(500_00));
        assertEquals(List.of("MANDAAT"), s.decisions(s.awaitStatus(other, "HANDOVER_PENDING")));
    }

    @Test
    void mandatePartIsPaidAndTheRestWaitsForTheApprover() {
        String budget = s.budget(25_000_000, 100_000, 1_000_000);
        String id = s.submit(budget, "URGENT", urgent(500_00), regular(2_000_00));
        JsonNode waiting = s.awaitStatus(id, "AWAITING_APPROVAL");
        String task = s.awaitTask(s.approver, id, "APPROVER");
        assertEquals(500_00, s.intervention(id).at("/totals/debitedCents").asLong(), "mandate part paid while waiting");
        assertEquals("APPROVER", waiting.at("/approval/level").asText());
        assertFalse(stack.call(s.approver, "GET", "/api/approvals", null).body().toLowerCase().contains("token"),
                "task tokens never leave the server");
        Answer decided = s.decide(s.approver, task, "APPROVE", "Akkoord.");
        assertEquals(200, decided.status(), decided::toString);
        assertEquals(id, decided.json().get("interventionId").asText());
        JsonNode done = s.awaitStatus(id, "HANDOVER_PENDING");
        assertEquals(List.of("MANDAAT", "GOEDGEKEURD"), s.decisions(done));
        assertEquals(2_500_00, done.at("/totals/debitedCents").asLong());
        assertEquals(s.approver.sub(), done.at("/approval/decidedBy").asText());
        JsonNode entries = ledger(budget);
        assertEquals(2, entries.size());
        assertEquals("GOEDKEURING", entries.get(1).get("basis").asText());
        assertEquals(s.approver.name(), entries.get(1).get("approvedBy").asText());
        assertTrue(events(done).containsAll(List.of("APPROVAL_REQUESTED", "APPROVED", "DEBITED")), events(done).toString());
        assertTrue(stack.outbox().contains("\"type\":\"APPROVAL_REQUESTED\""), stack.outbox());
    }

    @Test
    void aRejectionNeedsAReasonAndEndsTheRequest() {
        String budget = s.budget(25_000_000, 100_000, 1_000_000);
        String id = s.submit(budget, "REGULIER", regular(800_00));
        String task = s.awaitTask(s.approver, id, "APPROVER");
        Answer noReason = s.decide(s.approver, task, "REJECT", null);
        assertEquals(400, noReason.status(), noReason::toString);
        assertEquals("VALIDATION_FAILED", noReason.errorCode());
        assertNotNull(noReason.json().at("/error/fields/comment").asText(null));
        Answer rejected = s.decide(s.approver, task, "REJECT", "Past beter bij de reguliere bijstand.");
        assertEquals(200, rejected.status(), rejected::toString);
        JsonNode done = s.awaitStatus(id, "REJECTED");
        assertEquals(List.of("AFGEWEZEN"), s.decisions(done));
        assertEquals("Past beter bij de reguliere bijstand.", done.at("/approval/comment").asText());
        assertEquals(0, ledger(budget).size());
        assertEquals(25_000_000, s.budgetView(budget).get("availableCents").asLong());
    }

    @Test
    void afterTheDeadlineTheExecutiveDecidesAndTheApproverIsTooLate() {
        String budget = s.budget(25_000_000, 100_000, 1_000_000);
        String id = s.submit(budget, "ACUUT", regular(1_000_00));
        String approverTask = s.awaitTask(s.approver, id, "APPROVER");
        stack.settle(id);
        stack.advance(Duration.ofHours(2).plusMinutes(1)); // half the 4 hours: a reminder
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String reminder = "\"type\":\"APPROVAL_REMINDER\",\"tenant\":\"GM9999\",\"audience\":\"approver\",\"interventionId\":\"" + id + "\"";
        while (!stack.outbox().contains(reminder) && System.nanoTime() < until) {
            Scenario.pause(50);
        }
        assertTrue(stack.outbox().contains(reminder), stack.outbox());
        stack.settle(id);
        stack.advance(Duration.ofHours(2));
        JsonNode escalated = s.awaitStatus(id, "ESCALATED");
        assertEquals("EXECUTIVE", escalated.at("/approval/level").asText());
        String executiveTask = s.awaitTask(s.executive, id, "EXECUTIVE");
        Answer late = s.decide(s.approver, approverTask, "APPROVE", "Alsnog akkoord.");
        assertEquals(409, late.status(), late::toString);
        assertEquals("CONFLICT", late.errorCode());
        Answer approved = s.decide(s.executive, executiveTask, "APPROVE", "Akkoord na escalatie.");
        assertEquals(200, approved.status(), approved::toString);
        JsonNode done = s.awaitStatus(id, "HANDOVER_PENDING");
        assertEquals(List.of("GOEDGEKEURD"), s.decisions(done));
        JsonNode entries = ledger(budget);
        assertEquals(1, entries.size());
        assertEquals("ESCALATIE", entries.get(0).get("basis").asText());
        assertTrue(events(done).containsAll(List.of("ESCALATED", "DEADLINE_PASSED")), events(done).toString());
    }

    @Test
    void withoutADecisionAtTheTopLevelTheRequestExpires() {
        String budget = s.budget(25_000_000, 100_000, 1_000_000);
        String id = s.submit(budget, "ACUUT", regular(20_000_00)); // above the approver limit: executive from the start
        s.awaitTask(s.executive, id, "EXECUTIVE");
        stack.settle(id);
        stack.advance(Duration.ofHours(2).plusMinutes(1));
        String reminder = "\"type\":\"APPROVAL_REMINDER\",\"tenant\":\"GM9999\",\"audience\":\"executive\",\"interventionId\":\"" + id + "\"";
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!stack.outbox().contains(reminder) && System.nanoTime() < until) {
            Scenario.pause(50);
        }
        stack.settle(id);
        stack.advance(Duration.ofHours(2));
        JsonNode done = s.awaitStatus(id, "EXPIRED");
        assertEquals(List.of("AFGEWEZEN"), s.decisions(done));
        assertEquals(0, ledger(budget).size());
    }

    @Test
    void whatTheBudgetCannotCoverIsNotPaid() {
        String budget = s.budget(100_00, 100_00, 1_000_00);
        String first = s.submit(budget, "ACUUT", urgent(60_00));
        s.awaitStatus(first, "HANDOVER_PENDING");
        String second = s.submit(budget, "ACUUT", urgent(60_00));
        JsonNode done = s.awaitStatus(second, "INSUFFICIENT_BUDGET");
        assertEquals(List.of("GEEN_BUDGET"), s.decisions(done));
        assertEquals(40_00, s.budgetView(budget).get("availableCents").asLong());
        assertTrue(s.summary(budget).get("reconciles").asBoolean());
    }

    @Test
    void nobodyApprovesTheirOwnRequest() {
        User both = new User("zm-ap-gerrit", "Gerrit (zorgmarinier en approver)", List.of("zorgmarinier", "approver"), User.TENANT);
        String budget = s.budget(25_000_000, 100_000, 1_000_000);
        Answer submitted = stack.call(both, "POST", "/api/interventions",
                Scenario.request(budget, Scenario.pseudonym(), "URGENT", null, regular(300_00)));
        assertEquals(201, submitted.status(), submitted::toString);
        String id = submitted.json().get("interventionId").asText();
        String task = s.awaitTask(s.approver, id, "APPROVER");
        for (JsonNode t : stack.call(both, "GET", "/api/approvals", null).json().get("approvals")) {
            assertFalse(t.get("interventionId").asText().equals(id), "own request not in own inbox");
        }
        Answer own = s.decide(both, task, "APPROVE", "Zelf akkoord");
        assertEquals(403, own.status(), own::toString);
        assertEquals("FORBIDDEN", own.errorCode());
        Answer wrongLevel = s.decide(s.executive, task, "APPROVE", "Ik ben de wethouder");
        assertEquals(403, wrongLevel.status(), wrongLevel::toString);
        assertEquals(200, s.decide(s.approver, task, "APPROVE", null).status());
        s.awaitStatus(id, "HANDOVER_PENDING");
    }

    @Test
    void resubmittingWithTheSameKeyGivesTheSameIntervention() {
        String budget = s.budget(25_000_000, 100_000, 1_000_000);
        String pseudonym = Scenario.pseudonym();
        String body = Scenario.request(budget, pseudonym, "ACUUT", "key-" + pseudonym, urgent(20_00));
        Answer first = stack.call(s.zorgmarinier, "POST", "/api/interventions", body);
        assertEquals(201, first.status(), first::toString);
        Answer again = stack.call(s.zorgmarinier, "POST", "/api/interventions", body.replace("\n", " "));
        assertEquals(200, again.status(), again::toString);
        assertEquals(first.json().get("interventionId"), again.json().get("interventionId"));
        Answer different = stack.call(s.zorgmarinier, "POST", "/api/interventions",
                Scenario.request(budget, pseudonym, "ACUUT", "key-" + pseudonym, urgent(21_00)));
        assertEquals(409, different.status(), different::toString);
        String id = first.json().get("interventionId").asText();
        s.awaitStatus(id, "HANDOVER_PENDING");
        assertEquals(1, ledger(budget).size(), "paid once");
        Answer afterwards = stack.call(s.zorgmarinier, "POST", "/api/interventions", body);
        assertEquals(200, afterwards.status(), afterwards::toString);
        assertEquals("HANDOVER_PENDING", afterwards.json().get("status").asText());
        assertEquals(1, ledger(budget).size(), "still paid once");
    }

    @Test
    void aSecondDecisionOnTheSameTaskIsAConflict() {
        String budget = s.budget(25_000_000, 100_000, 1_000_000);
        String id = s.submit(budget, "URGENT", regular(300_00));
        String task = s.awaitTask(s.approver, id, "APPROVER");
        assertEquals(200, s.decide(s.approver, task, "APPROVE", null).status());
        Answer again = s.decide(User.approver("ap-hanna"), task, "REJECT", "Toch niet");
        assertEquals(409, again.status(), again::toString);
        s.awaitStatus(id, "HANDOVER_PENDING");
        assertEquals(1, ledger(budget).size());
    }

    @Test
    void handoverAndFollowUpCloseTheIntervention() {
        String budget = s.budget(25_000_000, 100_000, 1_000_000);
        String id = s.submit(budget, "ACUUT", urgent(25_00));
        s.awaitStatus(id, "HANDOVER_PENDING");
        Answer tooEarly = stack.call(s.colleague, "POST", "/api/interventions/" + id + "/follow-up", "{\"outcome\":\"STABIEL\"}");
        assertEquals(409, tooEarly.status(), tooEarly::toString);
        Answer missing = stack.call(s.colleague, "POST", "/api/interventions/" + id + "/handover", "{}");
        assertEquals(400, missing.status(), missing::toString);
        Answer handover = stack.call(s.colleague, "POST", "/api/interventions/" + id + "/handover",
                "{\"organisation\":\"Wijkteam Noord\",\"note\":\"Warme overdracht gedaan.\"}");
        assertEquals(200, handover.status(), handover::toString);
        assertEquals("FOLLOW_UP", handover.json().get("status").asText());
        Answer notYet = stack.call(s.colleague, "POST", "/api/interventions/" + id + "/follow-up", "{\"outcome\":\"STABIEL\"}");
        assertEquals(409, notYet.status(), "before the follow-up moment: " + notYet);
        stack.settle(id);
        stack.advance(Duration.ofDays(14).plusMinutes(1));
        Answer followUp = null;
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            followUp = stack.call(s.colleague, "POST", "/api/interventions/" + id + "/follow-up",
                    "{\"outcome\":\"OPNIEUW_HULP_NODIG\",\"note\":\"Terugval.\"}");
            if (followUp.status() != 409) {
                break;
            }
            Scenario.pause(100);
        }
        assertEquals(200, followUp.status(), String.valueOf(followUp));
        assertEquals("CLOSED", followUp.json().get("status").asText());
        assertEquals(s.intervention(id).at("/client/pseudonym").asText(), followUp.json().at("/draft/client/pseudonym").asText());
        JsonNode closed = s.awaitStatus(id, "CLOSED");
        assertEquals("OVERGEDRAGEN", closed.at("/handover/kind").asText());
        assertTrue(events(closed).containsAll(List.of("HANDOVER_CONFIRMED", "FOLLOW_UP", "FOLLOW_UP_RECORDED", "CLOSED")),
                events(closed).toString());
    }

    @Test
    void withdrawingEndsTheWaitingPart() {
        String budget = s.budget(25_000_000, 100_000, 1_000_000);
        String partly = s.submit(budget, "URGENT", urgent(100_00), regular(400_00));
        s.awaitTask(s.approver, partly, "APPROVER");
        Answer noReason = stack.call(s.zorgmarinier, "POST", "/api/interventions/" + partly + "/withdraw", "{}");
        assertEquals(400, noReason.status(), noReason::toString);
        Answer withdrawn = stack.call(s.zorgmarinier, "POST", "/api/interventions/" + partly + "/withdraw",
                "{\"reason\":\"Andere oplossing gevonden.\"}");
        assertEquals(200, withdrawn.status(), withdrawn::toString);
        JsonNode goesOn = s.awaitStatus(partly, "HANDOVER_PENDING");
        assertEquals(List.of("MANDAAT", "AFGEWEZEN"), s.decisions(goesOn));

        String nothing = s.submit(budget, "URGENT", regular(400_00));
        s.awaitTask(s.approver, nothing, "APPROVER");
        assertEquals(200, stack.call(s.zorgmarinier, "POST", "/api/interventions/" + nothing + "/withdraw",
                "{\"reason\":\"Niet meer nodig.\"}").status());
        JsonNode ended = s.awaitStatus(nothing, "WITHDRAWN");
        assertEquals(List.of("AFGEWEZEN"), s.decisions(ended));
        Answer twice = stack.call(s.zorgmarinier, "POST", "/api/interventions/" + nothing + "/withdraw",
                "{\"reason\":\"Nogmaals.\"}");
        assertEquals(409, twice.status(), twice::toString);
    }

    @Test
    void anotherMunicipalitySeesNothing() {
        String budget = s.budget(25_000_000, 100_000, 1_000_000);
        String id = s.submit(budget, "URGENT", regular(300_00));
        String task = s.awaitTask(s.approver, id, "APPROVER");
        User stranger = s.approver.inTenant(User.OTHER_TENANT);
        assertEquals(404, stack.call(stranger, "GET", "/api/interventions/" + id, null).status());
        assertEquals(404, s.decide(stranger, task, "APPROVE", null).status());
        assertEquals(404, stack.call(s.finance.inTenant(User.OTHER_TENANT), "GET", "/api/budgets/" + budget, null).status());
        assertEquals(404, stack.call(s.zorgmarinier.inTenant(User.OTHER_TENANT), "POST",
                "/api/interventions/" + id + "/withdraw", "{\"reason\":\"x\"}").status());
        assertEquals(0, stack.call(stranger, "GET", "/api/approvals", null).json().get("approvals").size());
        assertEquals(0, stack.call(stranger, "GET", "/api/interventions", null).json().get("interventions").size());
        assertEquals(404, stack.call(s.finance.inTenant(User.OTHER_TENANT), "GET",
                "/api/exports/ledger.csv?budgetId=" + budget, null).status());
        assertEquals(200, s.decide(s.approver, task, "APPROVE", null).status());
    }
}
