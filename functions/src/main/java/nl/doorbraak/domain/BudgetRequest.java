package nl.doorbraak.domain;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.EnumMap;
import java.util.Map;

/**
 * The body of {@code POST /api/budgets}:
 * {@code {"budgetId","name","year","allocatedCents","mandateLimitCents","approverLimitCents","ledgerAccount",
 * "costCenter","approvalHours"?}}; {@code approvalHours}, when given, holds all of ACUUT, URGENT and REGULIER.
 */
public record BudgetRequest(String budgetId, String name, int year, long allocatedCents, long mandateLimitCents,
                            long approverLimitCents, String ledgerAccount, String costCenter,
                            ApprovalHours approvalHours) {

    /** @throws ValidationException with every problem found */
    public static BudgetRequest parse(JsonNode body) {
        Problems problems = new Problems();
        Fields f = Fields.root(body, problems);
        String budgetId = f.matching("budgetId", Limits.IDENTIFIER, Messages.IDENTIFIER);
        String name = f.text("name", Limits.NAME_CHARS);
        Long year = f.integer("year", Limits.MIN_YEAR, Limits.MAX_YEAR);
        Long allocated = f.positiveAmount("allocatedCents", Money.MAX_CENTS, Messages.amountAboveMaximum(Money.MAX_CENTS));
        long mandateMax = allocated == null ? Money.MAX_CENTS : allocated;
        Long mandate = f.nonNegativeAmount("mandateLimitCents", mandateMax,
                allocated == null ? Messages.amountAboveMaximum(Money.MAX_CENTS) : Messages.MANDATE_ABOVE_ALLOCATION);
        Long approverLimit = f.nonNegativeAmount("approverLimitCents", Money.MAX_CENTS,
                Messages.amountAboveMaximum(Money.MAX_CENTS));
        String ledgerAccount = f.matching("ledgerAccount", Limits.FINANCE_CODE, Messages.FINANCE_CODE);
        String costCenter = f.matching("costCenter", Limits.FINANCE_CODE, Messages.FINANCE_CODE);
        ApprovalHours hours = ApprovalHours.DEFAULT;
        Fields h = f.optionalObject("approvalHours");
        if (h != null) {
            hours = approvalHours(h);
        }
        f.end();
        problems.throwIfAny();
        return new BudgetRequest(budgetId, name, year.intValue(), allocated, mandate, approverLimit, ledgerAccount,
                costCenter, hours);
    }

    /** Reads {@code {"ACUUT":4,"URGENT":24,"REGULIER":72}}; {@code null} when a problem was reported. */
    static ApprovalHours approvalHours(Fields h) {
        Map<Urgency, Integer> map = new EnumMap<>(Urgency.class);
        for (Urgency u : Urgency.values()) {
            Long v = h.integer(u.name(), ApprovalHours.MIN_HOURS, ApprovalHours.MAX_HOURS);
            if (v != null) {
                map.put(u, v.intValue());
            }
        }
        h.end();
        return h.present() && map.size() == Urgency.values().length ? ApprovalHours.fromMap(map) : null;
    }

    /** The new budget for {@code tenant}: everything allocated is available. */
    public Budget toBudget(String tenant) {
        return Budget.create(budgetId, tenant, name, year, allocatedCents, mandateLimitCents, approverLimitCents,
                ledgerAccount, costCenter, approvalHours);
    }
}
