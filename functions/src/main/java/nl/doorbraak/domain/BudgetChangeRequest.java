package nl.doorbraak.domain;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The body of {@code PATCH /api/budgets/{budgetId}}:
 * {@code {"allocatedCents"?, "mandateLimitCents"?, "approverLimitCents"?, "approvalHours"?, "reason"}}; at least one
 * change. An allocation below what is already debited is not a validation problem but a conflict (409), raised by
 * {@link #applyTo(Budget)}.
 */
public record BudgetChangeRequest(Long allocatedCents, Long mandateLimitCents, Long approverLimitCents,
                                  ApprovalHours approvalHours, String reason) {

    /** @throws ValidationException with every problem found */
    public static BudgetChangeRequest parse(JsonNode body, Budget current) {
        Problems problems = new Problems();
        Fields f = Fields.root(body, problems);
        String aboveMax = Messages.amountAboveMaximum(Money.MAX_CENTS);
        Long allocated = f.has("allocatedCents") ? f.positiveAmount("allocatedCents", Money.MAX_CENTS, aboveMax) : null;
        long allocationForMandate = allocated != null ? allocated : current.allocatedCents();
        Long mandate = f.optionalNonNegativeAmount("mandateLimitCents", allocationForMandate, Messages.MANDATE_ABOVE_ALLOCATION);
        Long approver = f.optionalNonNegativeAmount("approverLimitCents", Money.MAX_CENTS, aboveMax);
        ApprovalHours hours = null;
        Fields h = f.optionalObject("approvalHours");
        if (h != null) {
            hours = BudgetRequest.approvalHours(h);
        }
        String reason = f.text("reason", Limits.REASON_CHARS);
        boolean anyChangeField = f.present() && (body.hasNonNull("allocatedCents") || body.hasNonNull("mandateLimitCents")
                || body.hasNonNull("approverLimitCents") || body.hasNonNull("approvalHours"));
        if (f.present() && !anyChangeField) {
            problems.add("", Messages.NO_CHANGE);
        }
        if (allocated != null && mandate == null && !body.hasNonNull("mandateLimitCents") && current.mandateLimitCents() > allocated) {
            problems.add("mandateLimitCents", Messages.MANDATE_ABOVE_ALLOCATION);
        }
        f.end();
        problems.throwIfAny();
        return new BudgetChangeRequest(allocated, mandate, approver, hours, reason);
    }

    /**
     * The budget after the change: the available amount moves with the allocation, what was debited stays.
     *
     * @throws AllocationBelowDebitedException when the new allocation is less than what is already debited
     */
    public Budget applyTo(Budget b) {
        long allocated = allocatedCents == null ? b.allocatedCents() : allocatedCents;
        if (allocated < b.debitedCents()) {
            throw new AllocationBelowDebitedException(allocated, b.debitedCents());
        }
        return new Budget(b.budgetId(), b.tenant(), b.name(), b.year(), allocated, allocated - b.debitedCents(),
                mandateLimitCents == null ? b.mandateLimitCents() : mandateLimitCents,
                approverLimitCents == null ? b.approverLimitCents() : approverLimitCents,
                b.ledgerAccount(), b.costCenter(), approvalHours == null ? b.approvalHours() : approvalHours);
    }
}
