package nl.doorbraak.domain;

import java.util.Objects;

/**
 * A discretionary budget ("een zak met geld") of one municipality for one year.
 *
 * @param budgetId           unique per tenant, e.g. {@code zm-2026}
 * @param tenant             CBS municipality code, e.g. {@code GM0363}
 * @param allocatedCents     what the council allocated
 * @param availableCents     allocated minus everything debited (reversals and released differences given back)
 * @param mandateLimitCents  what a zorgmarinier may spend on urgent measures for one client without approval
 *                           (counted per client pseudonym over a rolling 30 days, see {@link MandateRule})
 * @param approverLimitCents up to this amount the top official approves; above it the executive must
 * @param ledgerAccount      {@code grootboekrekening} for finance
 * @param costCenter         {@code kostenplaats} for finance
 * @param approvalHours      approval period per urgency
 */
public record Budget(String budgetId, String tenant, String name, int year, long allocatedCents, long availableCents,
                     long mandateLimitCents, long approverLimitCents, String ledgerAccount, String costCenter,
                     ApprovalHours approvalHours) {

    public Budget {
        Objects.requireNonNull(budgetId, "budgetId");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(approvalHours, "approvalHours");
        if (allocatedCents < 0 || availableCents > allocatedCents) {
            throw new IllegalArgumentException("available " + availableCents + " must not exceed allocated " + allocatedCents);
        }
        if (mandateLimitCents < 0 || approverLimitCents < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
    }

    /** A new budget: nothing debited yet. */
    public static Budget create(String budgetId, String tenant, String name, int year, long allocatedCents,
                                long mandateLimitCents, long approverLimitCents, String ledgerAccount,
                                String costCenter, ApprovalHours approvalHours) {
        return new Budget(budgetId, tenant, name, year, allocatedCents, allocatedCents, mandateLimitCents,
                approverLimitCents, ledgerAccount, costCenter, approvalHours);
    }

    /** Everything debited so far, net of reversals: {@code allocated − available}. */
    public long debitedCents() {
        return allocatedCents - availableCents;
    }

    /** Whether {@code amountCents} can be debited now: {@code available >= amount}. */
    public boolean canDebit(long amountCents) {
        return amountCents <= availableCents;
    }

    /**
     * The budget after debiting {@code amountCents}.
     *
     * @throws InsufficientBudgetException when less than {@code amountCents} is available
     */
    public Budget debit(long amountCents) {
        if (amountCents <= 0) {
            throw new IllegalArgumentException("debit must be positive: " + amountCents);
        }
        if (!canDebit(amountCents)) {
            throw new InsufficientBudgetException(budgetId, amountCents, availableCents);
        }
        return withAvailable(availableCents - amountCents);
    }

    /** The budget after money comes back (a reversal, or a payment lower than funded). */
    public Budget credit(long amountCents) {
        if (amountCents <= 0 || amountCents > debitedCents()) {
            throw new IllegalArgumentException("credit must be positive and at most what was debited: " + amountCents);
        }
        return withAvailable(availableCents + amountCents);
    }

    private Budget withAvailable(long available) {
        return new Budget(budgetId, tenant, name, year, allocatedCents, available, mandateLimitCents,
                approverLimitCents, ledgerAccount, costCenter, approvalHours);
    }
}
