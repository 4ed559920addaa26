package nl.doorbraak.e2e.finance;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.e2e.api.Answer;
import nl.doorbraak.e2e.api.ApiStack;
import nl.doorbraak.e2e.api.InProcessStack;
import nl.doorbraak.e2e.api.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;

import static nl.doorbraak.e2e.api.Scenario.urgent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finance's list of funded measures without payment evidence after 14 days, the clock advanced (never slept). Runs
 * on the in-process stack on purpose: there the API handlers read the engine's clock, which {@code advance} moves;
 * the functions of the whole local cloud read wall time (as on AWS), so advancing the engine would not age a debit
 * for them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceOverdueTest {

    private ApiStack stack;
    private Scenario s;
    private Finance f;

    @BeforeAll
    void start() {
        stack = InProcessStack.start();
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
    void fundedMeasuresWithoutEvidenceShowAfterFourteenDays() {
        String budget = s.budget(1_000_000, 100_00, 500_000);
        String unpaid = s.submit(budget, "ACUUT", urgent(20_00));
        s.awaitStatus(unpaid, "HANDOVER_PENDING");
        String paid = s.submit(budget, "ACUUT", urgent(30_00));
        s.awaitStatus(paid, "HANDOVER_PENDING");
        assertEquals(201, f.pay(paid, 0, 30_00).status());
        assertEquals(0, f.books(budget).get("evidenceOverdue").size(), "not yet");

        stack.advance(Duration.ofDays(13));
        assertEquals(0, f.books(budget).get("evidenceOverdue").size(), "13 days: not yet");
        stack.advance(Duration.ofDays(1).plusMinutes(1));
        JsonNode overdue = f.books(budget).get("evidenceOverdue");
        assertEquals(1, overdue.size(), overdue::toString);
        assertEquals(unpaid + "/1", overdue.get(0).get("reference").asText());
        assertEquals(20_00, overdue.get(0).get("committedCents").asLong());
        assertTrue(!overdue.toString().contains("pseudonym") && !overdue.toString().contains("P-"), "ids and amounts only");

        JsonNode line = f.line(budget, Finance.entryId(paid, 0));
        assertEquals("PINPAS", line.get("paymentMethod").asText(), "the ledger shows the evidence like the export");
        assertEquals("NS Reizigers", line.get("payee").asText());

        Answer late = f.pay(s.zorgmarinier, unpaid, 0, "FACTUUR", "Hotel Centraal", 20_00, "F-2026-118");
        assertEquals(201, late.status(), late::toString);
        assertEquals(0, f.books(budget).get("evidenceOverdue").size());
    }
}
