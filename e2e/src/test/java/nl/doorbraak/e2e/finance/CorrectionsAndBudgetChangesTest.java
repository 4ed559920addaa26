package nl.doorbraak.e2e.finance;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.e2e.api.Answer;
import nl.doorbraak.e2e.api.ApiStack;
import nl.doorbraak.e2e.api.Books;
import nl.doorbraak.e2e.api.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static nl.doorbraak.e2e.api.Scenario.regular;
import static nl.doorbraak.e2e.api.Scenario.urgent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Corrections and budget changes through the HTTP API: a reversal gives the money back once and only once and
 * never rewrites the ledger; an allocation cannot drop below what is debited; the books reconcile after every step.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrectionsAndBudgetChangesTest {

    private ApiStack stack;
    private Scenario s;
    private Finance f;

    @BeforeAll
    void start() {
        stack = Books.stack();
        s = new Scenario(stack);
        f = new Finance(s);
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aReversalRestoresTheBudgetOnceAndOnlyOnce() {
        String budget = s.budget(1_000_000, 100_00, 500_000);
        String id = s.submit(budget, "ACUUT", urgent(50_00));
        s.awaitStatus(id, "HANDOVER_PENDING");
        assertEquals(1_000_000 - 50_00, f.books(budget).get("availableCents").asLong());
        String entry = Finance.entryId(id, 0);

        assertEquals(403, f.reverse(s.zorgmarinier, budget, entry, "Dubbel geboekt").status(), "finance only");
        assertEquals(404, f.reverse(s.finance, budget, Finance.entryId(id, 7), "Dubbel geboekt").status(), "no such entry");
        assertEquals(400, f.reverse(s.finance, budget, entry, "").status(), "a reason is required");
        f.books(budget);

        Answer reversed = f.reverse(s.finance, budget, entry, "Dubbel geboekt, betaald via andere regeling");
        assertEquals(201, reversed.status(), reversed::toString);
        assertEquals("CORRECTIE", reversed.json().get("basis").asText());
        assertEquals(-50_00, reversed.json().get("amountCents").asLong());
        JsonNode restored = f.books(budget);
        assertEquals(1_000_000, restored.get("availableCents").asLong(), "the money is back");
        assertEquals(0, restored.get("committedCents").asLong());

        JsonNode debit = f.line(budget, entry);
        JsonNode correction = f.line(budget, entry + "#CORRECTIE");
        assertEquals(50_00, debit.get("amountCents").asLong(), "the debit is never updated");
        assertEquals(debit.get("reference"), correction.get("reference"), "same references");
        assertEquals(debit.get("interventionId"), correction.get("interventionId"));
        assertEquals(s.finance.name(), correction.get("approvedBy").asText());

        Answer twice = f.reverse(s.finance, budget, entry, "Nog een keer");
        assertEquals(409, twice.status(), twice::toString);
        assertEquals(409, f.reverse(s.finance, budget, entry + "#CORRECTIE", "Correctie terugdraaien").status(),
                "a correction is not reversed");
        assertEquals(409, f.pay(id, 0, 50_00).status(), "no evidence for a reversed measure");
        JsonNode still = f.books(budget);
        assertEquals(1_000_000, still.get("availableCents").asLong(), "restored once, not twice");
        assertEquals(2, f.ledger(budget).size());
    }

    @Test
    void aReversalAfterAPartialPaymentGivesBackWhatWasPaid() {
        String budget = s.budget(1_000_000, 100_00, 500_000);
        String id = s.submit(budget, "ACUUT", urgent(50_00));
        s.awaitStatus(id, "HANDOVER_PENDING");
        assertEquals(201, f.pay(id, 0, 30_00).status());
        JsonNode paid = f.books(budget);
        assertEquals(30_00, paid.get("paidCents").asLong());
        assertEquals(1_000_000 - 30_00, paid.get("availableCents").asLong());

        Answer reversed = f.reverse(s.finance, budget, Finance.entryId(id, 0), "Winkel heeft terugbetaald");
        assertEquals(201, reversed.status(), reversed::toString);
        assertEquals(-30_00, reversed.json().get("amountCents").asLong(), "only what still weighed on the budget");
        JsonNode after = f.books(budget);
        assertEquals(1_000_000, after.get("availableCents").asLong());
        assertEquals(0, after.get("paidCents").asLong(), "a reversed payment no longer counts as paid");
        assertEquals(0, after.get("committedCents").asLong());
        assertEquals(409, f.reverse(s.finance, budget, Finance.entryId(id, 0) + "#VRIJVAL", "x").status(),
                "a released difference is not reversed");
        f.books(budget);
    }

    @Test
    void anAllocationCannotDropBelowWhatIsDebited() {
        String budget = s.budget(1_000_00, 100_00, 1_000_00);
        String id = s.submit(budget, "REGULIER", regular(600_00));
        assertEquals(200, s.decide(s.approver, s.awaitTask(s.approver, id, "APPROVER"), "APPROVE", "Akkoord.").status());
        s.awaitStatus(id, "HANDOVER_PENDING");
        f.books(budget);

        Answer below = f.change(budget, "{\"allocatedCents\":59999,\"reason\":\"Bezuiniging\"}");
        assertEquals(409, below.status(), below::toString);
        assertEquals("CONFLICT", below.errorCode());
        assertEquals(1_000_00, f.books(budget).get("allocatedCents").asLong(), "unchanged");

        assertEquals(400, f.change(budget, "{\"allocatedCents\":80000}").status(), "a reason is required");
        assertEquals(400, f.change(budget, "{\"reason\":\"niets\"}").status(), "at least one change");
        assertEquals(403, stack.call(s.approver, "PATCH", "/api/budgets/" + budget,
                "{\"allocatedCents\":80000,\"reason\":\"x\"}").status());

        Answer exact = f.change(budget, "{\"allocatedCents\":60000,\"mandateLimitCents\":50000,\"reason\":\"Bijgesteld na voorjaarsnota\"}");
        assertEquals(200, exact.status(), "down to exactly what is debited: " + exact);
        JsonNode b = f.books(budget);
        assertEquals(600_00, b.get("allocatedCents").asLong());
        assertEquals(0, b.get("availableCents").asLong());
        assertEquals(500_00, b.get("mandateLimitCents").asLong());

        Answer up = f.change(budget, "{\"allocatedCents\":250000,\"approvalHours\":{\"ACUUT\":2,\"URGENT\":12,\"REGULIER\":48},\"reason\":\"Extra middelen\"}");
        assertEquals(200, up.status(), up::toString);
        JsonNode raised = f.books(budget);
        assertEquals(2_500_00 - 600_00, raised.get("availableCents").asLong(), "what was debited stays debited");
        assertEquals(2, raised.at("/approvalHours/ACUUT").asInt());

        JsonNode audit = stack.call(s.auditor, "GET", "/api/audit?format=json", null).json().get("entries");
        JsonNode change = null;
        for (JsonNode e : audit) {
            if ("BUDGET_CHANGED".equals(e.get("event").asText()) && budget.equals(e.get("budgetId").asText())
                    && e.at("/after/allocatedCents").asLong() == 2_500_00) {
                change = e;
            }
        }
        assertNotNull(change, "the change is in the audit log: " + audit);
        assertEquals(600_00, change.at("/before/allocatedCents").asLong());
        assertEquals(0, change.at("/before/availableCents").asLong());
        assertEquals(1_900_00, change.at("/after/availableCents").asLong());
        assertEquals(4, change.at("/before/approvalHours.ACUUT").asInt());
        assertEquals(s.finance.sub(), change.get("actor").asText());
        assertNull(change.get("before").get("mandateLimitCents"), "only what changed");
        assertTrue(change.at("/detail/reason").asText().contains("Extra middelen"));
    }

    @Test
    void aBudgetChangeRacesNoDebit() {
        String budget = s.budget(1_000_00, 100_00, 1_000_00);
        String first = s.submit(budget, "REGULIER", regular(300_00));
        String task = s.awaitTask(s.approver, first, "APPROVER");
        assertEquals(200, s.decide(s.approver, task, "APPROVE", "Akkoord.").status());
        Answer change = f.change(budget, "{\"allocatedCents\":90000,\"reason\":\"Bijstelling\"}");
        assertEquals(200, change.status(), change::toString);
        s.awaitStatus(first, "HANDOVER_PENDING");
        JsonNode b = f.books(budget);
        assertEquals(900_00 - 300_00, b.get("availableCents").asLong());
    }
}
