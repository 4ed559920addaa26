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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The year close through the HTTP API: open commitments are listed for carrying over, the closing summary
 * reconciles to the cent, and from then on nothing new is debited — not a new intervention, not an approval that
 * comes in later.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearCloseTest {

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
    void aClosedYearRefusesNewDebitsAndListsWhatIsCarriedOver() {
        String budget = s.budget(1_000_000, 100_00, 500_000);
        String paid = s.submit(budget, "ACUUT", urgent(30_00));
        s.awaitStatus(paid, "HANDOVER_PENDING");
        assertEquals(201, f.pay(paid, 0, 25_00).status());
        String open = s.submit(budget, "ACUUT", urgent(40_00));
        s.awaitStatus(open, "HANDOVER_PENDING");
        String waiting = s.submit(budget, "REGULIER", regular(300_00));
        String task = s.awaitTask(s.approver, waiting, "APPROVER");
        JsonNode before = f.books(budget);

        assertEquals(403, stack.call(s.zorgmarinier, "POST", "/api/budgets/" + budget + "/close", null).status());
        Answer closed = f.close(budget);
        assertEquals(200, closed.status(), closed::toString);
        JsonNode summary = closed.json();
        assertTrue(summary.get("reconciles").asBoolean(), summary::toString);
        assertEquals(before.get("availableCents").asLong(), summary.get("availableCents").asLong());
        assertEquals(25_00 + 40_00, summary.get("debitedCents").asLong());
        assertEquals(40_00, summary.get("committedCents").asLong());
        assertEquals(25_00, summary.get("paidCents").asLong());
        assertEquals(40_00, summary.get("carriedOverCents").asLong());
        assertEquals(1, summary.get("openCommitments").size());
        assertEquals(open + "/1", summary.at("/openCommitments/0/reference").asText());
        JsonNode view = f.books(budget);
        assertTrue(view.get("closed").asBoolean());
        assertEquals(409, f.close(budget).status(), "a year closes once");

        Answer submit = stack.call(s.zorgmarinier, "POST", "/api/interventions",
                Scenario.request(budget, Scenario.pseudonym(), "ACUUT", null, urgent(10_00)));
        assertEquals(409, submit.status(), "no new intervention on a closed year: " + submit);
        assertEquals(200, s.decide(s.approver, task, "APPROVE", "Akkoord.").status());
        s.awaitStatus(waiting, "INSUFFICIENT_BUDGET");
        JsonNode after = f.books(budget);
        assertEquals(before.get("availableCents").asLong(), after.get("availableCents").asLong(), "nothing debited");
        assertEquals(409, f.change(budget, "{\"allocatedCents\":2000000,\"reason\":\"Te laat\"}").status());

        assertEquals(201, f.pay(open, 0, 40_00).status(), "evidence of a carried-over commitment can still come in");
        JsonNode realised = f.books(budget);
        assertEquals(0, realised.get("committedCents").asLong());
        assertEquals(65_00, realised.get("paidCents").asLong());
    }
}
