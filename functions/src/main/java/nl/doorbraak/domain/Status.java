package nl.doorbraak.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The status of an intervention, with every allowed transition written down once, here.
 *
 * <pre>
 * REGISTERED        → AWAITING_APPROVAL | FUNDED | INSUFFICIENT_BUDGET
 * AWAITING_APPROVAL → ESCALATED | FUNDED | HANDOVER_PENDING | REJECTED | EXPIRED | WITHDRAWN | INSUFFICIENT_BUDGET
 * ESCALATED         → FUNDED | HANDOVER_PENDING | REJECTED | EXPIRED | WITHDRAWN | INSUFFICIENT_BUDGET
 * FUNDED            → HANDOVER_PENDING
 * HANDOVER_PENDING  → FOLLOW_UP
 * FOLLOW_UP         → CLOSED
 * REJECTED, EXPIRED, WITHDRAWN, INSUFFICIENT_BUDGET, CLOSED: final
 * </pre>
 *
 * From AWAITING_APPROVAL or ESCALATED an intervention goes straight to HANDOVER_PENDING when the rest is rejected,
 * expires, is withdrawn or finds no budget while measures within the mandate were already funded: once any
 * measure has been funded a handover still follows. EXPIRED is reachable from AWAITING_APPROVAL when the first
 * task was already at the EXECUTIVE level (nothing above it to escalate to).
 */
public enum Status {
    REGISTERED, AWAITING_APPROVAL, ESCALATED, REJECTED, EXPIRED, WITHDRAWN, INSUFFICIENT_BUDGET,
    FUNDED, HANDOVER_PENDING, FOLLOW_UP, CLOSED;

    private static final Map<Status, Set<Status>> ALLOWED = new EnumMap<>(Status.class);

    static {
        Set<Status> undecided = EnumSet.of(FUNDED, HANDOVER_PENDING, REJECTED, EXPIRED, WITHDRAWN, INSUFFICIENT_BUDGET);
        allow(REGISTERED, EnumSet.of(AWAITING_APPROVAL, FUNDED, INSUFFICIENT_BUDGET));
        Set<Status> awaiting = EnumSet.copyOf(undecided);
        awaiting.add(ESCALATED);
        allow(AWAITING_APPROVAL, awaiting);
        allow(ESCALATED, undecided);
        allow(FUNDED, EnumSet.of(HANDOVER_PENDING));
        allow(HANDOVER_PENDING, EnumSet.of(FOLLOW_UP));
        allow(FOLLOW_UP, EnumSet.of(CLOSED));
        for (Status s : values()) {
            ALLOWED.putIfAbsent(s, Collections.unmodifiableSet(EnumSet.noneOf(Status.class)));
        }
    }

    private static void allow(Status from, Set<Status> to) {
        ALLOWED.put(from, Collections.unmodifiableSet(EnumSet.copyOf(to)));
    }

    /** The statuses this one may move to (not including itself). */
    public Set<Status> next() {
        return ALLOWED.get(this);
    }

    /** Whether moving from this status to {@code target} is allowed. */
    public boolean canMoveTo(Status target) {
        return ALLOWED.get(this).contains(target);
    }

    /**
     * Checks a transition. Moving to the status one already has is accepted as a no-op, because workflow tasks run
     * at least once (a retried or re-invoked task must not fail on its own earlier effect).
     *
     * @throws IllegalTransitionException when the transition is not allowed
     */
    public Status moveTo(Status target) {
        if (target == this || canMoveTo(target)) {
            return target;
        }
        throw new IllegalTransitionException(this, target);
    }

    /** A final status: nothing follows. */
    public boolean isFinal() {
        return ALLOWED.get(this).isEmpty();
    }

    /** Waiting for an approval decision (a zorgmarinier may still withdraw). */
    public boolean isAwaitingDecision() {
        return this == AWAITING_APPROVAL || this == ESCALATED;
    }
}
