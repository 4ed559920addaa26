package nl.doorbraak.store;

import nl.doorbraak.domain.ApprovalDecision;
import nl.doorbraak.domain.ApprovalLevel;

import java.time.Instant;

/**
 * The approval step of an intervention as recorded: the level and deadline of the current task, and the decision
 * once taken. {@code escalated} means the task went to the executive after the approver's deadline passed (the
 * ledger basis is then {@code ESCALATIE}).
 */
public record ApprovalRecord(ApprovalLevel level, long amountCents, Instant deadline, boolean escalated, String taskId,
                             ApprovalDecision decision, String decidedBy, String decidedByName, String comment,
                             Instant decidedAt) {

    public static ApprovalRecord planned(ApprovalLevel level, long amountCents, Instant deadline, boolean escalated,
                                         String taskId) {
        return new ApprovalRecord(level, amountCents, deadline, escalated, taskId, null, null, null, null, null);
    }

    public ApprovalRecord decided(ApprovalDecision decision, String by, String byName, String comment, Instant at) {
        return new ApprovalRecord(level, amountCents, deadline, escalated, taskId, decision, by, byName, comment, at);
    }

    public boolean isDecided() {
        return decision != null;
    }
}
