package nl.doorbraak.e2e.api;

import nl.doorbraak.domain.ApprovalHours;
import nl.doorbraak.domain.Budget;
import nl.doorbraak.domain.InsufficientBudgetException;
import nl.doorbraak.domain.Intervention;
import nl.doorbraak.domain.InterventionRequest;
import nl.doorbraak.domain.Json;
import nl.doorbraak.domain.MandateRule;
import nl.doorbraak.domain.TransientFailureException;
import nl.doorbraak.handlers.flow.DebitStep;
import nl.doorbraak.handlers.flow.FlowContext;
import nl.doorbraak.store.InterventionRecord;
import nl.doorbraak.store.LedgerEntry;
import nl.doorbraak.store.Stores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The budget debit on the real DynamoDB engine: one transaction, never twice under retries or concurrent
 * re-invocation, all or nothing, refused when the budget is short.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DebitTransactionTest {

    static final String TENANT = "GM9999";

    private InProcessStack stack;
    private FlowContext ctx;
    private Stores stores;

    @BeforeAll
    void start() {
        stack = InProcessStack.enginesOnly();
        ctx = stack.context();
        stores = ctx.stores();
    }

    @AfterAll
    void stop() {
        stack.close();
    }

    private String budget(long allocated) {
        String id = Scenario.budgetId();
        stores.budgets().create(Budget.create(id, TENANT, "Test", 2026, allocated, 100_000, 1_000_000, "4711.20",
                "KP-100", ApprovalHours.DEFAULT));
        return id;
    }

    /** An intervention with urgent measures of these amounts, all within the mandate, stored as registered. */
    private String intervention(String budgetId, long... cents) {
        StringBuilder ms = new StringBuilder();
        for (long c : cents) {
            ms.append(ms.isEmpty() ? "" : ",").append(Scenario.urgent(c).json());
        }
        InterventionRequest request = InterventionRequest.parse(Json.parse(Scenario.request(budgetId,
                Scenario.pseudonym(), "ACUUT", null, new Scenario.M[0]).replace("\"measures\":[]", "\"measures\":[" + ms + "]")));
        String id = "INT-T-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Intervention i = Intervention.register(id, TENANT, "zm-anna", Instant.now(), request);
        i = i.applyMandate(MandateRule.decide(i.measures(), 100_000, 0));
        stores.interventions().create(InterventionRecord.created(i, "Anna", null));
        return id;
    }

    private Map<String, Object> input(String id) {
        return Map.of("tenant", TENANT, "interventionId", id, "stage", "MANDATE");
    }

    private long available(String budgetId) {
        return stores.budgets().get(TENANT, budgetId).orElseThrow().availableCents();
    }

    @Test
    void aRepeatedDebitDebitsNothingTwice() {
        String budget = budget(10_000_00);
        String id = intervention(budget, 30_00, 20_00);
        DebitStep step = new DebitStep(ctx);
        Map<String, Object> first = step.run(input(id));
        Map<String, Object> second = step.run(input(id));
        assertEquals(50_00L, ((Number) first.get("debitedCents")).longValue());
        assertEquals(first, second);
        assertEquals(10_000_00 - 50_00, available(budget));
        List<LedgerEntry> entries = stores.ledger().entries(TENANT, budget);
        assertEquals(List.of(LedgerEntry.entryId(id, 0), LedgerEntry.entryId(id, 1)),
                entries.stream().map(LedgerEntry::entryId).toList());
        assertEquals("FUNDED", first.get("status"));
    }

    @Test
    void concurrentReinvocationsDebitOnce() throws Exception {
        String budget = budget(10_000_00);
        String id = intervention(budget, 75_00);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Map<String, Object>>> calls = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                calls.add(() -> new DebitStep(ctx).run(input(id)));
            }
            for (Future<Map<String, Object>> f : pool.invokeAll(calls)) {
                assertEquals(75_00L, ((Number) f.get().get("debitedCents")).longValue());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(10_000_00 - 75_00, available(budget));
        assertEquals(1, stores.ledger().entries(TENANT, budget).size());
    }

    @Test
    void aShortBudgetRefusesTheWholeDebit() {
        String budget = budget(100_00);
        String id = intervention(budget, 60_00, 50_00);
        InsufficientBudgetException e = assertThrows(InsufficientBudgetException.class, () -> new DebitStep(ctx).run(input(id)));
        assertEquals(110_00, e.requestedCents());
        assertEquals(100_00, e.availableCents());
        assertEquals(100_00, available(budget));
        assertEquals(0, stores.ledger().entries(TENANT, budget).size());
        assertEquals(1, stores.interventions().require(TENANT, id).version(), "intervention untouched");
    }

    @Test
    void allOrNothingWhenALedgerLineIsInTheWay() {
        String budget = budget(10_000_00);
        String id = intervention(budget, 40_00);
        // a ledger line under the same id that the intervention does not know of: the transaction must fail whole
        stack.dynamoDb().putItem(b -> b.tableName(ctx.stores().tables().ledger()).item(Map.of(
                "budgetKey", AttributeValue.fromS(TENANT + "#" + budget), "entryId", AttributeValue.fromS(LedgerEntry.entryId(id, 0)))));
        assertThrows(TransientFailureException.class, () -> new DebitStep(ctx).run(input(id)));
        assertEquals(10_000_00, available(budget), "budget not debited");
        assertEquals("REGISTERED", stores.interventions().require(TENANT, id).intervention().status().name());
    }
}
