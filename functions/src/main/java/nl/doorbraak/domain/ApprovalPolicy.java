package nl.doorbraak.domain;

import java.time.Instant;

/**
 * Who approves, by when, what happens when the deadline passes, and who may decide.
 * <ul>
 *   <li>Level: {@code APPROVER} when the amount needing approval is at most the budget's {@code approverLimitCents},
 *       else {@code EXECUTIVE}.</li>
 *   <li>Deadline: the budget's approval hours for the urgency (ACUUT 4 h, URGENT 24 h, REGULIER 72 h by default),
 *       counted from the moment the task is created.</li>
 *   <li>On expiry the task escalates one level (APPROVER → EXECUTIVE) with a fresh period counted from the
 *       escalation; on expiry at EXECUTIVE the request expires.</li>
 *   <li>Four eyes: nobody decides their own request; only the level's role decides.</li>
 * </ul>
 */
public final class ApprovalPolicy {

    private ApprovalPolicy() {
    }

    public static ApprovalLevel levelFor(long amountNeedingApprovalCents, Budget budget) {
        return amountNeedingApprovalCents <= budget.approverLimitCents() ? ApprovalLevel.APPROVER : ApprovalLevel.EXECUTIVE;
    }

    /** The approval step an intervention needs after the mandate decision, as the workflow uses it. */
    public static ApprovalPlan plan(MandateDecision mandate, Budget budget, Urgency urgency, Instant now) {
        if (!mandate.approvalRequired()) {
            return ApprovalPlan.NOT_REQUIRED;
        }
        ApprovalLevel level = levelFor(mandate.approvalCents(), budget);
        return new ApprovalPlan(true, level, mandate.approvalCents(), budget.approvalHours().deadline(urgency, now),
                budget.approvalHours().periodFor(urgency).toSeconds(), false);
    }

    /** What happens when a task at {@code level} passes its deadline at {@code now}. */
    public static DeadlineOutcome onDeadlinePassed(ApprovalLevel level, Urgency urgency, ApprovalHours hours, Instant now) {
        return level.escalation()
                .<DeadlineOutcome>map(next -> new DeadlineOutcome.Escalate(next, hours.deadline(urgency, now),
                        hours.periodFor(urgency).toSeconds()))
                .orElse(new DeadlineOutcome.Expire());
    }

    /**
     * Whether {@code caller} may decide {@code task}. Checked in the order the API reports them: forbidden (own
     * request, wrong level) before conflict (no longer open). Tenant isolation (404) is the store's concern: a task
     * of another tenant is never found.
     */
    public static DecisionCheck check(Caller caller, ApprovalTask task) {
        if (caller.sub() != null && caller.sub().equals(task.requestedBy())) {
            return DecisionCheck.OWN_REQUEST;
        }
        if (!caller.has(task.level().decidingRole())) {
            return DecisionCheck.WRONG_LEVEL;
        }
        if (task.state() != TaskState.OPEN) {
            return DecisionCheck.NOT_OPEN;
        }
        return DecisionCheck.ALLOWED;
    }

    /**
     * The approval step the workflow waits on.
     *
     * @param timeoutSeconds the task's {@code TimeoutSeconds} in the state machine
     * @param escalated      whether this is the fresh period after an escalation
     */
    public record ApprovalPlan(boolean required, ApprovalLevel level, long amountCents, Instant deadline,
                               long timeoutSeconds, boolean escalated) {
        public static final ApprovalPlan NOT_REQUIRED = new ApprovalPlan(false, null, 0, null, 0, false);

        /** The first half of the period: after it the approvers are reminded (state AwaitApproval). */
        public long reminderSeconds() {
            return timeoutSeconds / 2;
        }

        /** The rest of the period after the reminder (state AwaitApprovalAfterReminder). */
        public long remainingSeconds() {
            return timeoutSeconds - reminderSeconds();
        }

        /** The fresh plan after an escalation. */
        public static ApprovalPlan escalated(DeadlineOutcome.Escalate escalate, long amountCents) {
            return new ApprovalPlan(true, escalate.level(), amountCents, escalate.deadline(), escalate.timeoutSeconds(), true);
        }

        /**
         * The state machine's {@code $.plan.approval} object: {@code required, expired, escalated, level, amountCents,
         * deadline, timeoutSeconds, reminderSeconds, remainingSeconds} (what Register and EscalateApproval return).
         */
        public java.util.Map<String, Object> toMap() {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("required", required);
            m.put("expired", false);
            m.put("escalated", escalated);
            m.put("level", level == null ? null : level.name());
            m.put("amountCents", amountCents);
            m.put("deadline", deadline == null ? null : deadline.toString());
            m.put("timeoutSeconds", timeoutSeconds);
            m.put("reminderSeconds", reminderSeconds());
            m.put("remainingSeconds", remainingSeconds());
            return m;
        }

        /** The {@code $.plan.approval} object when the executive's deadline passed: the request expires. */
        public static java.util.Map<String, Object> expiredMap(ApprovalLevel level, long amountCents) {
            java.util.Map<String, Object> m = new ApprovalPlan(false, level, amountCents, null, 0, true).toMap();
            m.put("expired", true);
            return m;
        }
    }

    /** The outcome of a passed deadline. */
    public sealed interface DeadlineOutcome {
        /** A new task at {@code level} with a fresh period. */
        record Escalate(ApprovalLevel level, Instant deadline, long timeoutSeconds) implements DeadlineOutcome {
        }

        /** No level left: the request expires. */
        record Expire() implements DeadlineOutcome {
        }
    }

    /** Whether a caller may decide a task, and if not, why (with the HTTP status the API answers). */
    public enum DecisionCheck {
        ALLOWED(200, null),
        OWN_REQUEST(403, "U kunt niet beslissen over uw eigen aanvraag (vier-ogenprincipe)."),
        WRONG_LEVEL(403, "Deze aanvraag ligt bij een ander beslisniveau."),
        NOT_OPEN(409, "Over deze aanvraag is al beslist of de termijn is verlopen.");

        private final int httpStatus;
        private final String dutchMessage;

        DecisionCheck(int httpStatus, String dutchMessage) {
            this.httpStatus = httpStatus;
            this.dutchMessage = dutchMessage;
        }

        public int httpStatus() {
            return httpStatus;
        }

        public String dutchMessage() {
            return dutchMessage;
        }
    }
}
