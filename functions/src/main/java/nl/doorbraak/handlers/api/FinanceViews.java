package nl.doorbraak.handlers.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.domain.Budget;
import nl.doorbraak.domain.Intervention;
import nl.doorbraak.domain.Measure;
import nl.doorbraak.domain.MeasureDecision;
import nl.doorbraak.domain.Obligo;
import nl.doorbraak.domain.Payment;
import nl.doorbraak.domain.Position;
import nl.doorbraak.domain.Reconciliation;
import nl.doorbraak.domain.Status;
import nl.doorbraak.domain.YearClose;
import nl.doorbraak.handlers.flow.FlowContext;
import nl.doorbraak.store.BudgetAdmin;
import nl.doorbraak.store.InterventionRecord;
import nl.doorbraak.store.PaymentStore;
import nl.doorbraak.store.Times;

import java.time.Instant;
import java.util.List;

/**
 * The finance side of a budget in the API's answers (issue 9): commitments ({@code committedCents}), realisation
 * ({@code paidCents}), what waits for a decision ({@code pendingApprovalCents}), whether the figures reconcile,
 * the year close, and the funded measures without payment evidence after 14 days. No personal data: ids, references
 * and amounts only.
 */
public final class FinanceViews {

    private FinanceViews() {
    }

    /** The budget's obligo from its ledger and payment evidence. */
    static Obligo obligo(FlowContext ctx, Budget b) {
        PaymentStore payments = PaymentStore.of(ctx.stores());
        return Obligo.of(payments.postings(b.tenant(), b.budgetId()), payments.payments(b.tenant(), b.budgetId()));
    }

    /** Adds the finance figures to a budget view ({@link Views#budget}). */
    public static ObjectNode extend(FlowContext ctx, ObjectNode view, Budget b) {
        Obligo obligo = obligo(ctx, b);
        Reconciliation rec = obligo.reconcile(b);
        view.put("committedCents", obligo.committedCents()).put("paidCents", obligo.paidCents())
                .put("pendingApprovalCents", pendingApprovalCents(ctx, b)).put("reconciles", rec.reconciles());
        var closure = BudgetAdmin.of(ctx.stores()).closure(b.tenant(), b.budgetId());
        view.put("closed", closure.isPresent());
        closure.ifPresent(c -> view.put("closedAt", Times.format(c.closedAt())).put("closedBy", c.closedBy()));
        positions(view.putArray("evidenceOverdue"), obligo.evidenceOverdue(ctx.clock().instant()));
        return view;
    }

    /** Requested and not yet decided: the open measures of the budget's interventions that wait for a decision. */
    static long pendingApprovalCents(FlowContext ctx, Budget b) {
        long sum = 0;
        for (Status s : List.of(Status.REGISTERED, Status.AWAITING_APPROVAL, Status.ESCALATED)) {
            for (InterventionRecord r : ctx.stores().interventions().list(b.tenant(), s, null)) {
                Intervention i = r.intervention();
                if (i.budgetId().equals(b.budgetId()) && i.status() == s) {
                    sum += i.measures().stream().filter(m -> m.decision() == MeasureDecision.OPEN)
                            .mapToLong(Measure::amountCents).sum();
                }
            }
        }
        return sum;
    }

    static void positions(ArrayNode out, List<Position> positions) {
        for (Position p : positions) {
            out.addObject().put("entryId", p.entryId()).put("interventionId", p.debit().interventionId())
                    .put("measureIndex", p.debit().measureIndex()).put("reference", p.debit().reference())
                    .put("bookedAt", Times.format(p.debit().bookedAt())).put("fundedCents", p.fundedCents())
                    .put("committedCents", p.committedCents());
        }
    }

    static ObjectNode payment(Payment p, long releasedCents) {
        ObjectNode o = nl.doorbraak.domain.Json.mapper().createObjectNode();
        o.put("entryId", p.entryId()).put("interventionId", p.interventionId()).put("measureIndex", p.measureIndex())
                .put("paidAt", Times.format(p.paidAt())).put("method", p.method().name()).put("payee", p.payee())
                .put("amountCents", p.amountCents()).put("receiptRef", p.receiptRef())
                .put("fundedCents", p.fundedCents()).put("releasedCents", releasedCents)
                .put("recordedBy", p.recordedBy()).put("recordedAt", Times.format(p.recordedAt()));
        return o;
    }

    static ObjectNode yearClose(YearClose c) {
        Reconciliation r = c.reconciliation();
        ObjectNode o = nl.doorbraak.domain.Json.mapper().createObjectNode();
        o.put("budgetId", c.budget().budgetId()).put("year", c.budget().year()).put("closed", true)
                .put("closedAt", Times.format(c.closedAt())).put("closedBy", c.closedBy())
                .put("allocatedCents", r.allocatedCents()).put("availableCents", r.availableCents())
                .put("debitedCents", r.debitedCents()).put("ledgerCents", r.ledgerSumCents())
                .put("committedCents", r.committedCents()).put("paidCents", r.paidCents())
                .put("carriedOverCents", c.carriedOverCents()).put("reconciles", r.reconciles());
        ArrayNode problems = o.putArray("problems");
        r.problems().forEach(problems::add);
        positions(o.putArray("openCommitments"), c.openCommitments());
        return o;
    }

    static Instant now(FlowContext ctx) {
        return ctx.clock().instant();
    }
}
