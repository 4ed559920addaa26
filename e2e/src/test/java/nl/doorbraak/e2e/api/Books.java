package nl.doorbraak.e2e.api;

import com.fasterxml.jackson.databind.JsonNode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * THE reconciliation check, one helper for every scenario of both the workflow and the finance tests: read the
 * budget, its ledger and its summary through the API as finance and assert, to the cent,
 * <ul>
 *   <li>{@code allocated == available + debited} and {@code 0 <= available <= allocated};</li>
 *   <li>{@code debited == sum of the ledger} (reversals and released differences are negative lines);</li>
 *   <li>{@code debited == committed + paid};</li>
 *   <li>both the budget view and the ledger summary say {@code reconciles}.</li>
 * </ul>
 * Call it after every step that can move money.
 */
public final class Books {

    private Books() {
    }

    /** The stack the scenarios run on ({@code -Ddoorbraak.api.stack}), for test classes outside this package. */
    public static ApiStack stack() {
        return Stacks.start();
    }

    /** Asserts the budget reconciles; returns the budget view it checked. */
    public static JsonNode reconcile(ApiStack stack, User finance, String budgetId) {
        Answer view = stack.call(finance, "GET", "/api/budgets/" + budgetId, null);
        assertEquals(200, view.status(), view::toString);
        JsonNode b = view.json();
        long allocated = b.get("allocatedCents").asLong();
        long available = b.get("availableCents").asLong();
        long debited = b.get("debitedCents").asLong();
        assertEquals(allocated, available + debited, () -> "allocated == available + debited: " + b);
        assertTrue(available >= 0 && available <= allocated, () -> "0 <= available <= allocated: " + b);
        Answer ledger = stack.call(finance, "GET", "/api/budgets/" + budgetId + "/ledger", null);
        assertEquals(200, ledger.status(), ledger::toString);
        long sum = 0;
        for (JsonNode e : ledger.json().get("entries")) {
            sum += e.get("amountCents").asLong();
        }
        long ledgerSum = sum;
        assertEquals(debited, ledgerSum, () -> "debited == sum of the ledger: " + b + "\n" + ledger.body());
        assertTrue(b.has("committedCents") && b.has("paidCents"), () -> "commitments and payments shown: " + b);
        long committed = b.get("committedCents").asLong();
        long paid = b.get("paidCents").asLong();
        assertTrue(committed >= 0 && paid >= 0, () -> "committed and paid not negative: " + b);
        assertEquals(debited, committed + paid, () -> "debited == committed + paid: " + b);
        assertTrue(b.get("reconciles").asBoolean(), () -> "budget view reconciles: " + b);
        Answer summary = stack.call(finance, "GET", "/api/exports/ledger-summary?budgetId=" + budgetId, null);
        assertEquals(200, summary.status(), summary::toString);
        assertTrue(summary.json().get("reconciles").asBoolean(), summary::toString);
        assertEquals(debited, summary.json().get("debitedCents").asLong(), summary::toString);
        return b;
    }
}
