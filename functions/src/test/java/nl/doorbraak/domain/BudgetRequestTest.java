package nl.doorbraak.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BudgetRequestTest {

    static ObjectNode body() {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("budgetId", "zm-2026").put("name", "Zorgmariniers 2026").put("year", 2026)
                .put("allocatedCents", 25_000_000).put("mandateLimitCents", 100_000).put("approverLimitCents", 1_000_000)
                .put("ledgerAccount", "4711").put("costCenter", "KP-ZM");
        return o;
    }

    private static Map<String, String> problems(Consumer<ObjectNode> change) {
        ObjectNode b = body();
        change.accept(b);
        return assertThrows(ValidationException.class, () -> BudgetRequest.parse(b)).fields();
    }

    @Test
    void aValidBudgetGetsDefaultApprovalHours() {
        BudgetRequest r = BudgetRequest.parse(body());
        assertEquals(ApprovalHours.DEFAULT, r.approvalHours());
        Budget b = r.toBudget("GM9999");
        assertEquals(25_000_000, b.availableCents());
        assertEquals("GM9999", b.tenant());
        assertEquals("4711", b.ledgerAccount());
        assertEquals("KP-ZM", b.costCenter());
    }

    @Test
    void approvalHoursCanBeConfigured() {
        ObjectNode b = body();
        b.putObject("approvalHours").put("ACUUT", 2).put("URGENT", 12).put("REGULIER", 48);
        assertEquals(new ApprovalHours(2, 12, 48), BudgetRequest.parse(b).approvalHours());
    }

    @Test
    void approvalHoursMustNameEveryUrgencyAndNothingElse() {
        assertEquals(Map.of("approvalHours.REGULIER", Messages.REQUIRED, "approvalHours.acuut", Messages.UNKNOWN_FIELD,
                        "approvalHours.ACUUT", Messages.REQUIRED),
                problems(b -> b.putObject("approvalHours").put("acuut", 4).put("URGENT", 24)));
        assertEquals(Map.of("approvalHours.ACUUT", Messages.tooSmall(1), "approvalHours.REGULIER", Messages.tooLarge(720)),
                problems(b -> b.putObject("approvalHours").put("ACUUT", 0).put("URGENT", 24).put("REGULIER", 721)));
        assertEquals(Map.of("approvalHours", Messages.NOT_OBJECT), problems(b -> b.put("approvalHours", 4)));
    }

    @Test
    void mandateMayEqualTheAllocationButNotExceedIt() {
        ObjectNode b = body();
        b.put("mandateLimitCents", 25_000_000);
        assertEquals(25_000_000, BudgetRequest.parse(b).mandateLimitCents());
        assertEquals(Map.of("mandateLimitCents", Messages.MANDATE_ABOVE_ALLOCATION), problems(x -> x.put("mandateLimitCents", 25_000_001)));
    }

    @Test
    void limitsMayBeZeroButNotNegative() {
        ObjectNode b = body();
        b.put("mandateLimitCents", 0).put("approverLimitCents", 0);
        assertEquals(0, BudgetRequest.parse(b).approverLimitCents());
        assertEquals(Map.of("approverLimitCents", Messages.AMOUNT_NEGATIVE, "mandateLimitCents", Messages.AMOUNT_NEGATIVE),
                problems(x -> x.put("approverLimitCents", -1).put("mandateLimitCents", -1)));
        assertEquals(Map.of("allocatedCents", Messages.AMOUNT_NOT_POSITIVE), problems(x -> x.put("allocatedCents", 0)));
        assertEquals(Map.of("allocatedCents", Messages.amountAboveMaximum(Money.MAX_CENTS)), problems(x -> x.put("allocatedCents", Money.MAX_CENTS + 1)));
    }

    @Test
    void financeCodesYearAndName() {
        assertEquals(Map.of("ledgerAccount", Messages.FINANCE_CODE, "costCenter", Messages.FINANCE_CODE),
                problems(b -> b.put("ledgerAccount", "47 11").put("costCenter", "x".repeat(21))));
        assertEquals(Map.of("year", Messages.tooSmall(2000)), problems(b -> b.put("year", 1999)));
        assertEquals(Map.of("year", Messages.tooLarge(2100)), problems(b -> b.put("year", 2101)));
        assertEquals(Map.of("name", Messages.tooLong(100)), problems(b -> b.put("name", "n".repeat(101))));
        assertEquals(Map.of("availableCents", Messages.UNKNOWN_FIELD), problems(b -> b.put("availableCents", 1)));
    }
}
