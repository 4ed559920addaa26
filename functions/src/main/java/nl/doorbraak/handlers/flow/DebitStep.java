package nl.doorbraak.handlers.flow;

import nl.doorbraak.domain.Budget;
import nl.doorbraak.domain.InsufficientBudgetException;
import nl.doorbraak.domain.Intervention;
import nl.doorbraak.domain.LedgerBasis;
import nl.doorbraak.domain.Measure;
import nl.doorbraak.domain.MeasureDecision;
import nl.doorbraak.domain.Money;
import nl.doorbraak.domain.Status;
import nl.doorbraak.domain.TransientFailureException;
import nl.doorbraak.store.ApprovalRecord;
import nl.doorbraak.store.BudgetDebit;
import nl.doorbraak.store.InterventionRecord;
import nl.doorbraak.store.LedgerEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tasks DebitMandate ({@code stage MANDATE}) and DebitApproved ({@code stage APPROVAL}): debits the budget for the
 * measures decided for payment and not yet debited, in one transaction ({@link BudgetDebit}). Idempotent: a repeated
 * run finds them debited and debits nothing. Not enough budget: {@link InsufficientBudgetException}, which the state
 * machine catches; a collision with another writer is retried here and then reported as transient.
 */
public final class DebitStep {

    static final int MAX_ATTEMPTS = 20;

    private final FlowContext ctx;

    public DebitStep(FlowContext ctx) {
        this.ctx = ctx;
    }

    public Map<String, Object> run(Map<String, Object> input) {
        String tenant = FlowContext.text(input, "tenant");
        String id = FlowContext.text(input, "interventionId");
        boolean approvalStage = "APPROVAL".equals(input.get("stage"));
        Instant now = ctx.now(input);
        String lastConflict = "";
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            InterventionRecord record = ctx.stores().interventions().require(tenant, id);
            Intervention intervention = record.intervention();
            if (approvalStage && intervention.status().isAwaitingDecision()
                    && intervention.measures().stream().anyMatch(m -> m.decision() == MeasureDecision.OPEN)) {
                intervention = intervention.approve();
            }
            List<Integer> pending = intervention.pendingDebit();
            if (pending.isEmpty()) {
                return result(record.intervention());
            }
            Budget budget = ctx.stores().budgets().get(tenant, intervention.budgetId()).orElseThrow();
            Intervention next = intervention.markDebited(pending);
            List<LedgerEntry> entries = new ArrayList<>();
            long mandate = 0;
            for (int i : pending) {
                Measure m = intervention.measures().get(i);
                LedgerBasis basis = basis(m, record.approval());
                if (basis == LedgerBasis.MANDAAT) {
                    mandate += m.amountCents();
                }
                entries.add(new LedgerEntry(tenant, budget.budgetId(), LedgerEntry.entryId(id, i), now, budget.year(),
                        budget.costCenter(), budget.ledgerAccount(), id, i, m.category(), m.description(),
                        m.amountCents(), basis, approvedBy(basis, record), LedgerEntry.reference(id, i)));
            }
            InterventionRecord nextRecord = record.with(next).withMandateCents(record.mandateCents() + mandate);
            BudgetDebit.Outcome outcome = ctx.stores().debit().debit(tenant, budget.budgetId(), nextRecord, entries);
            switch (outcome) {
                case BudgetDebit.Outcome.Debited d -> {
                    ctx.audit(tenant, id, now, mandate > 0 ? "MANDATE_DEBITED" : "DEBITED", Money.format(d.amountCents()));
                    if (next.status() == Status.FUNDED && record.intervention().status() != Status.FUNDED) {
                        ctx.audit(tenant, id, now, Status.FUNDED.name(), null);
                    }
                    if (approvalStage) {
                        ctx.notifier().send(new Notification(Notification.DECIDED, tenant, "zorgmarinier", id, null));
                    }
                    return result(next);
                }
                case BudgetDebit.Outcome.InsufficientBudget ib -> throw new InsufficientBudgetException(
                        budget.budgetId(), ib.amountCents(), ctx.stores().budgets().get(tenant, budget.budgetId())
                        .map(Budget::availableCents).orElse(0L));
                case BudgetDebit.Outcome.Conflict c -> {
                    lastConflict = c.reason();
                    pause(attempt);
                }
            }
        }
        throw new TransientFailureException("debit of " + id + " kept colliding: " + lastConflict, null);
    }

    static LedgerBasis basis(Measure m, ApprovalRecord approval) {
        if (m.decision() == MeasureDecision.MANDAAT) {
            return LedgerBasis.MANDAAT;
        }
        return approval != null && approval.escalated() ? LedgerBasis.ESCALATIE : LedgerBasis.GOEDKEURING;
    }

    static String approvedBy(LedgerBasis basis, InterventionRecord record) {
        if (basis == LedgerBasis.MANDAAT || record.approval() == null || record.approval().decidedByName() == null) {
            return record.createdByName();
        }
        return record.approval().decidedByName();
    }

    private static Map<String, Object> result(Intervention i) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("debitedCents", i.totals().debitedCents());
        out.put("status", i.status().name());
        return out;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(250, 10L << Math.min(attempt, 5)) + (long) (Math.random() * 20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
