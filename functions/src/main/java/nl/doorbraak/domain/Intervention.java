package nl.doorbraak.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * An intervention: a zorgmarinier's request to pay first measures for one person, and what became of it.
 * Immutable; every step returns the next version and checks the status transition against {@link Status}.
 * Steps are idempotent where a workflow task may run twice (debits, status changes to the current status).
 */
public record Intervention(String interventionId, String tenant, String budgetId, String createdBy, Instant createdAt,
                           Client client, Situation situation, Urgency urgency, List<Measure> measures,
                           HandoverPlan handover, int followUpDays, boolean consent, Status status) {

    public Intervention {
        Objects.requireNonNull(interventionId, "interventionId");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(status, "status");
        measures = List.copyOf(measures);
    }

    /** A new intervention from a validated request: status REGISTERED, every measure OPEN. */
    public static Intervention register(String interventionId, String tenant, String createdBy, Instant createdAt,
                                        InterventionRequest request) {
        return new Intervention(interventionId, tenant, request.budgetId(), createdBy, createdAt, request.client(),
                request.situation(), request.urgency(), request.measures(), request.handover(),
                request.followUpDays(), request.consent(), Status.REGISTERED);
    }

    public Totals totals() {
        return Totals.of(measures);
    }

    /** Whether any measure has been funded (debited); then a handover follows, whatever happens to the rest. */
    public boolean anyFunded() {
        return measures.stream().anyMatch(Measure::debited);
    }

    /** The same intervention in {@code target} status, if the transition is allowed (same status: no-op). */
    public Intervention moveTo(Status target) {
        return with(measures, status.moveTo(target));
    }

    /**
     * Applies the mandate decision (only while REGISTERED); the status stays REGISTERED until the next step.
     * Applying the same decisions again is a no-op (the Register task runs at least once); applying different ones
     * to an intervention whose mandate was already decided is refused, because a re-run must reuse the stored
     * decisions rather than decide again (its own earlier spending would then count against it).
     */
    public Intervention applyMandate(MandateDecision decision) {
        requireStatus(Status.REGISTERED);
        if (mandateApplied()) {
            if (measures.stream().map(Measure::decision).toList().equals(decision.decisions())) {
                return this;
            }
            throw new IllegalStateException("the mandate of " + interventionId + " was already decided differently");
        }
        return with(decision.applyTo(measures), status);
    }

    /** Whether the mandate rule has been applied: some measure is no longer OPEN, or something was debited. */
    public boolean mandateApplied() {
        return measures.stream().anyMatch(m -> m.decision() != MeasureDecision.OPEN || m.debited());
    }

    /**
     * The mandate decision as stored on the measures (for a re-run of Register): MANDAAT stays MANDAAT, everything
     * else counts as needing approval.
     */
    public MandateDecision storedMandateDecision(long mandateLimitCents) {
        List<MeasureDecision> decisions = new ArrayList<>();
        long mandate = 0;
        long approval = 0;
        long urgent = 0;
        for (Measure m : measures) {
            boolean withinMandate = m.decision() == MeasureDecision.MANDAAT;
            decisions.add(withinMandate ? MeasureDecision.MANDAAT : MeasureDecision.OPEN);
            mandate += withinMandate ? m.amountCents() : 0;
            approval += withinMandate ? 0 : m.amountCents();
            urgent += m.urgent() ? m.amountCents() : 0;
        }
        return new MandateDecision(List.copyOf(decisions), mandate, approval, urgent, 0, mandateLimitCents);
    }

    /** Indexes of measures decided for payment (MANDAAT or GOEDGEKEURD) but not yet debited: the next debit. */
    public List<Integer> pendingDebit() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            Measure m = measures.get(i);
            if (!m.debited() && (m.decision() == MeasureDecision.MANDAAT || m.decision() == MeasureDecision.GOEDGEKEURD)) {
                out.add(i);
            }
        }
        return List.copyOf(out);
    }

    /** Sum of {@link #pendingDebit()}. */
    public long pendingDebitCents() {
        long sum = 0;
        for (int i : pendingDebit()) {
            sum += measures.get(i).amountCents();
        }
        return sum;
    }

    /**
     * Marks measures as debited (already debited ones are left alone, so a repeated debit task is harmless).
     * When nothing is left open or undebited afterwards the intervention is {@code FUNDED}.
     */
    public Intervention markDebited(Collection<Integer> indexes) {
        List<Measure> next = new ArrayList<>(measures);
        for (int i : indexes) {
            Measure m = next.get(i);
            next.set(i, m.debited() ? m : m.markDebited());
        }
        boolean open = next.stream().anyMatch(m -> m.decision() == MeasureDecision.OPEN);
        boolean undebited = next.stream().anyMatch(m -> !m.debited()
                && (m.decision() == MeasureDecision.MANDAAT || m.decision() == MeasureDecision.GOEDGEKEURD));
        Status nextStatus = status;
        if (!open && !undebited && (status == Status.REGISTERED || status.isAwaitingDecision())) {
            nextStatus = status.moveTo(Status.FUNDED);
        }
        return with(next, nextStatus);
    }

    /** Waiting for the first approval decision. */
    public Intervention awaitApproval() {
        return moveTo(Status.AWAITING_APPROVAL);
    }

    /** The approver's deadline passed and the task went to the executive. */
    public Intervention escalate() {
        return moveTo(Status.ESCALATED);
    }

    /** The open measures are approved; the debit follows. */
    public Intervention approve() {
        requireAwaitingDecision();
        return with(replace(MeasureDecision.OPEN, MeasureDecision.GOEDGEKEURD), status);
    }

    /**
     * Ends the approval stage without (further) funding: {@code REJECTED}, {@code EXPIRED}, {@code WITHDRAWN} or
     * {@code INSUFFICIENT_BUDGET}. Open measures end {@code AFGEWEZEN} (or {@code GEEN_BUDGET} when the budget ran
     * short, together with every decided but undebited measure). If anything was funded already the intervention
     * goes on to {@code HANDOVER_PENDING} instead of ending.
     */
    public Intervention conclude(Status outcome) {
        List<Measure> next = switch (outcome) {
            case REJECTED, EXPIRED, WITHDRAWN -> replace(MeasureDecision.OPEN, MeasureDecision.AFGEWEZEN);
            case INSUFFICIENT_BUDGET -> {
                List<Measure> out = new ArrayList<>();
                for (Measure m : measures) {
                    out.add(m.debited() ? m : m.withDecision(MeasureDecision.GEEN_BUDGET));
                }
                yield out;
            }
            default -> throw new IllegalArgumentException("not a concluding outcome: " + outcome);
        };
        boolean funded = next.stream().anyMatch(Measure::debited);
        Status target = funded ? Status.HANDOVER_PENDING : outcome;
        return with(next, status.moveTo(target));
    }

    /** The handover task is waiting. */
    public Intervention handoverPending() {
        return moveTo(Status.HANDOVER_PENDING);
    }

    /** The handover is confirmed; the follow-up is awaited. */
    public Intervention followUp() {
        return moveTo(Status.FOLLOW_UP);
    }

    /** The follow-up is recorded. */
    public Intervention close() {
        return moveTo(Status.CLOSED);
    }

    private List<Measure> replace(MeasureDecision from, MeasureDecision to) {
        List<Measure> out = new ArrayList<>(measures.size());
        for (Measure m : measures) {
            out.add(m.decision() == from ? m.withDecision(to) : m);
        }
        return out;
    }

    private void requireStatus(Status expected) {
        if (status != expected) {
            throw new IllegalTransitionException(status, expected);
        }
    }

    private void requireAwaitingDecision() {
        if (!status.isAwaitingDecision()) {
            throw new IllegalTransitionException(status, Status.FUNDED);
        }
    }

    private Intervention with(List<Measure> newMeasures, Status newStatus) {
        return new Intervention(interventionId, tenant, budgetId, createdBy, createdAt, client, situation, urgency,
                newMeasures, handover, followUpDays, consent, newStatus);
    }
}
