package nl.doorbraak.e2e.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 100 interventions submitted at once against a budget that covers only some: the debit transactions never
 * overspend, the ledger and the budget agree to the cent, and every intervention ends funded or out of budget.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrencyTest {

    static final int COUNT = 100;

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

    @Test
    void hundredAtOnceNeverOverspend() throws Exception {
        long allocated = 2_000_00; // € 2.000: covers roughly a third of the requests below
        String budget = s.budget(allocated, 100_00, 1_000_00);
        Map<String, Long> amounts = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> submissions = new ArrayList<>();
            for (int i = 0; i < COUNT; i++) {
                long cents = 40_00 + (i % 7) * 5_00; // € 40 .. € 70, all within the € 100 mandate
                submissions.add(pool.submit(() -> {
                    String id = s.submit(budget, "ACUUT", Scenario.urgent(cents));
                    amounts.put(id, cents);
                }));
            }
            for (Future<?> f : submissions) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(COUNT, amounts.size());

        long funded = 0;
        int fundedCount = 0;
        List<Long> refused = new ArrayList<>();
        for (String id : amounts.keySet()) {
            JsonNode end = s.awaitStatus(id, java.time.Duration.ofMinutes(3), "FUNDED", "HANDOVER_PENDING", "FOLLOW_UP",
                    "CLOSED", "INSUFFICIENT_BUDGET");
            if (end.get("status").asText().equals("INSUFFICIENT_BUDGET")) {
                refused.add(amounts.get(id));
                assertEquals(0, end.at("/totals/debitedCents").asLong());
            } else {
                funded += amounts.get(id);
                fundedCount++;
                assertEquals(amounts.get(id).longValue(), end.at("/totals/debitedCents").asLong());
            }
        }
        JsonNode view = s.budgetView(budget);
        long available = view.get("availableCents").asLong();
        JsonNode ledger = stack.call(s.finance, "GET", "/api/budgets/" + budget + "/ledger", null).json().get("entries");
        long ledgerSum = 0;
        for (JsonNode e : ledger) {
            ledgerSum += e.get("amountCents").asLong();
        }
        assertTrue(available >= 0, "no overspend: " + available);
        assertEquals(allocated - ledgerSum, available, "available == allocated - sum(ledger)");
        assertEquals(funded, ledgerSum, "the ledger holds exactly the funded interventions");
        assertEquals(fundedCount, ledger.size(), "one entry per funded measure, none twice");
        assertTrue(fundedCount > 0 && !refused.isEmpty(), "some funded, some refused: " + fundedCount);
        for (long r : refused) {
            assertTrue(r > available, "refused " + r + " while " + available + " is left");
        }
        JsonNode summary = s.summary(budget);
        assertTrue(summary.get("reconciles").asBoolean(), summary.toString());
        assertEquals(fundedCount, summary.get("entries").asInt());
    }
}
