package nl.doorbraak.e2e.finance;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.e2e.api.Answer;
import nl.doorbraak.e2e.api.ApiStack;
import nl.doorbraak.e2e.api.Books;
import nl.doorbraak.e2e.api.Scenario;
import nl.doorbraak.e2e.api.User;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The finance steps scenarios are told in: payment evidence, a reversal, a budget change, the year close, the books. */
final class Finance {

    final Scenario s;
    final ApiStack stack;

    Finance(Scenario s) {
        this.s = s;
        this.stack = s.stack;
    }

    /** The one reconciliation check ({@link Books#reconcile}); returns the budget view. */
    JsonNode books(String budgetId) {
        return Books.reconcile(stack, s.finance, budgetId);
    }

    Answer pay(User user, String interventionId, int index, String method, String payee, long cents, String receipt) {
        return stack.call(user, "POST", "/api/interventions/" + interventionId + "/measures/" + index + "/payment", """
                {"paidAt":"%s","method":"%s","payee":%s,"amountCents":%d,"receiptRef":"%s"}"""
                .formatted(java.time.Instant.now().minusSeconds(60), method, Scenario.quote(payee), cents, receipt));
    }

    Answer pay(String interventionId, int index, long cents) {
        return pay(s.zorgmarinier, interventionId, index, "PINPAS", "NS Reizigers", cents, "BON-" + index);
    }

    static String entryId(String interventionId, int index) {
        return nl.doorbraak.store.LedgerEntry.entryId(interventionId, index);
    }

    Answer reverse(User user, String budgetId, String entryId, String reason) {
        return stack.call(user, "POST", "/api/budgets/" + budgetId + "/ledger/"
                + URLEncoder.encode(entryId, StandardCharsets.UTF_8) + "/reversal",
                "{\"reason\":" + Scenario.quote(reason) + "}");
    }

    Answer change(String budgetId, String json) {
        return stack.call(s.finance, "PATCH", "/api/budgets/" + budgetId, json);
    }

    Answer close(String budgetId) {
        return stack.call(s.finance, "POST", "/api/budgets/" + budgetId + "/close", null);
    }

    JsonNode ledger(String budgetId) {
        Answer a = stack.call(s.finance, "GET", "/api/budgets/" + budgetId + "/ledger", null);
        assertEquals(200, a.status(), a::toString);
        return a.json().get("entries");
    }

    JsonNode line(String budgetId, String entryId) {
        for (JsonNode e : ledger(budgetId)) {
            if (e.get("entryId").asText().equals(entryId)) {
                return e;
            }
        }
        return null;
    }

    /** Today in Amsterdam, the dates the audit export and the ledger are filtered by. */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
