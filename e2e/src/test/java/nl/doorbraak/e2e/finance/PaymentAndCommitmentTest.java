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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Commitments and payment evidence through the HTTP API: a funded measure is committed until its payment is
 * recorded; paying less releases the difference to the budget; paying more is refused; the export shows how it was
 * paid. The books reconcile after every step.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentAndCommitmentTest {

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
    void aCommitmentIsShownUntilItsPaymentIsRecordedAndPendingApprovalIsShownUntilDecided() {
        String budget = s.budget(1_000_000, 100_00, 500_000);
        JsonNode fresh = f.books(budget);
        assertEquals(0, fresh.get("committedCents").asLong());
        assertEquals(0, fresh.get("pendingApprovalCents").asLong());
        String id = s.submit(budget, "URGENT", urgent(60_00), regular(200_00));
        s.awaitStatus(id, "AWAITING_APPROVAL");
        String task = s.awaitTask(s.approver, id, "APPROVER");
        JsonNode waiting = f.books(budget);
        assertEquals(60_00, waiting.get("committedCents").asLong(), waiting::toString);
        assertEquals(0, waiting.get("paidCents").asLong());
        assertEquals(200_00, waiting.get("pendingApprovalCents").asLong(), "requested, not yet decided");
        JsonNode approverSees = stack.call(s.approver, "GET", "/api/budgets/" + budget, null).json();
        assertEquals(200_00, approverSees.get("pendingApprovalCents").asLong(), "the approver sees it before deciding");
        assertEquals(1_000_000 - 60_00, approverSees.get("availableCents").asLong());

        Answer paid = f.pay(s.zorgmarinier, id, 0, "PINPAS", "NS Reizigers", 60_00, "NS-4711");
        assertEquals(201, paid.status(), paid::toString);
        assertEquals(0, paid.json().get("releasedCents").asLong());
        JsonNode afterPayment = f.books(budget);
        assertEquals(0, afterPayment.get("committedCents").asLong(), "the commitment is released by the payment");
        assertEquals(60_00, afterPayment.get("paidCents").asLong());
        assertEquals(60_00, afterPayment.get("debitedCents").asLong(), "a full payment gives nothing back");

        assertEquals(200, s.decide(s.approver, task, "APPROVE", "Akkoord.").status());
        s.awaitStatus(id, "HANDOVER_PENDING");
        JsonNode approved = f.books(budget);
        assertEquals(200_00, approved.get("committedCents").asLong());
        assertEquals(0, approved.get("pendingApprovalCents").asLong());
        assertEquals(60_00, approved.get("paidCents").asLong());

        Answer csv = stack.call(s.finance, "GET", "/api/exports/ledger.csv?budgetId=" + budget + "&format=rfc4180", null);
        assertEquals(200, csv.status(), csv::toString);
        String[] lines = csv.body().split("\r\n");
        assertTrue(lines[0].endsWith(",referentie,betaalwijze,begunstigde,bonnummer"), lines[0]);
        assertTrue(csv.body().contains("," + id + "/1,PINPAS,NS Reizigers,NS-4711\r\n"), csv.body());
        assertTrue(csv.body().contains("," + id + "/2,,,\r\n"), "no evidence yet for the approved measure: " + csv.body());
    }

    @Test
    void payingLessThanFundedReleasesTheDifferenceOnce() {
        String budget = s.budget(1_000_000, 100_00, 500_000);
        String id = s.submit(budget, "ACUUT", urgent(80_00));
        s.awaitStatus(id, "HANDOVER_PENDING");
        assertEquals(80_00, f.books(budget).get("committedCents").asLong());

        Answer paid = f.pay(s.zorgmarinier, id, 0, "CONTANT", "cliënt", 65_00, "KAS-12");
        assertEquals(201, paid.status(), paid::toString);
        assertEquals("CLIENT", paid.json().get("payee").asText(), "money handed to the client is recorded as CLIENT");
        assertEquals(15_00, paid.json().get("releasedCents").asLong());
        JsonNode after = f.books(budget);
        assertEquals(1_000_000 - 65_00, after.get("availableCents").asLong(), "the difference is back in the budget");
        assertEquals(65_00, after.get("paidCents").asLong());
        assertEquals(0, after.get("committedCents").asLong());
        JsonNode release = f.line(budget, Finance.entryId(id, 0) + "#VRIJVAL");
        assertNotNull(release, "a released-difference line");
        assertEquals(-15_00, release.get("amountCents").asLong());
        assertEquals("VRIJVAL", release.get("basis").asText());
        assertEquals(id + "/1", release.get("reference").asText(), "same reference as the debit");
        assertEquals(80_00, f.line(budget, Finance.entryId(id, 0)).get("amountCents").asLong(), "the debit is untouched");

        Answer again = f.pay(s.zorgmarinier, id, 0, "CONTANT", "CLIENT", 10_00, "KAS-13");
        assertEquals(409, again.status(), "evidence is recorded once: " + again);
        assertEquals(1_000_000 - 65_00, f.books(budget).get("availableCents").asLong(), "nothing released twice");
        assertEquals(2, f.ledger(budget).size());
    }

    @Test
    void payingMoreThanFundedIsRefusedAndChangesNothing() {
        String budget = s.budget(1_000_000, 100_00, 500_000);
        String id = s.submit(budget, "URGENT", urgent(80_00), regular(150_00));
        s.awaitStatus(id, "AWAITING_APPROVAL");
        JsonNode before = f.books(budget);

        Answer above = f.pay(id, 0, 80_01);
        assertEquals(400, above.status(), above::toString);
        assertEquals("VALIDATION_FAILED", above.errorCode());
        assertTrue(above.json().at("/error/fields/amountCents").asText().contains("80,00"), above::toString);
        assertEquals(before, f.books(budget), "nothing changed");

        Answer unfunded = f.pay(id, 1, 100_00);
        assertEquals(409, unfunded.status(), "the measure awaiting approval is not funded: " + unfunded);
        assertEquals(404, f.pay(id, 2, 10_00).status(), "no third measure");
        assertEquals(404, f.pay("INT-20260101-NOPE00", 0, 10_00).status());
        assertEquals(403, f.pay(s.finance, id, 0, "PINPAS", "NS Reizigers", 10_00, "X").status(), "finance does not record evidence");
        assertEquals(404, f.pay(s.zorgmarinier.inTenant(nl.doorbraak.e2e.api.User.OTHER_TENANT), id, 0, "PINPAS",
                "NS Reizigers", 10_00, "X").status(), "another municipality");

        String pseudonym = s.intervention(id).at("/client/pseudonym").asText();
        Answer named = f.pay(s.zorgmarinier, id, 0, "CONTANT", "Contant aan " + pseudonym, 10_00, "X");
        assertEquals(400, named.status(), "never the client's pseudonym as payee: " + named);
        assertTrue(named.json().at("/error/fields/payee").asText().contains("CLIENT"), named::toString);
        assertEquals(before, f.books(budget), "nothing changed");
        assertFalse(f.ledger(budget).toString().contains("VRIJVAL"));
    }
}
