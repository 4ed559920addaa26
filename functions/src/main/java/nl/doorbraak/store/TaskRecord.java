package nl.doorbraak.store;

import nl.doorbraak.domain.ApprovalLevel;
import nl.doorbraak.domain.ApprovalTask;
import nl.doorbraak.domain.TaskKind;
import nl.doorbraak.domain.TaskState;
import nl.doorbraak.domain.Urgency;

import java.time.Instant;

/**
 * A callback task the workflow waits on (approval, handover, follow-up). Its Step Functions task token is kept in
 * the item only ({@link TaskStore#token}); it is not part of this record, so it cannot end up in a response or log.
 *
 * @param outcome what completed it ({@code APPROVE}, {@code REJECT}, {@code WITHDRAW}, {@code DONE}); null while open
 */
public record TaskRecord(String tenant, String taskId, TaskKind kind, String interventionId, ApprovalLevel level,
                         Urgency urgency, long amountCents, String requestedBy, String requestedByName,
                         Instant requestedAt, Instant deadline, TaskState state, String outcome, String completedBy,
                         Instant completedAt) {

    /** {@code -A1} for the approver level, {@code -A2} for the executive level (the level after an escalation). */
    public static String approvalTaskId(String interventionId, ApprovalLevel level) {
        return interventionId + (level == ApprovalLevel.APPROVER ? "-A1" : "-A2");
    }

    /** {@code -H1} for the handover, {@code -F1} for the follow-up. */
    public static String taskId(String interventionId, TaskKind kind) {
        return interventionId + switch (kind) {
            case APPROVAL -> "-A1";
            case HANDOVER -> "-H1";
            case FOLLOW_UP -> "-F1";
        };
    }

    public boolean isOpen() {
        return state == TaskState.OPEN;
    }

    /** The approval task as the domain's policy sees it. */
    public ApprovalTask toApprovalTask() {
        return new ApprovalTask(taskId, tenant, interventionId, level, urgency, amountCents, requestedBy, requestedAt,
                deadline, state);
    }
}
