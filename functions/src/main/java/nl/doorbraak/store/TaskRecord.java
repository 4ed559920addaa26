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

    public static String approvalTaskId(String interventionId, ApprovalLevel level) {
        return interventionId + "-" + level.name();
    }

    public static String taskId(String interventionId, TaskKind kind) {
        return interventionId + "-" + (kind == TaskKind.FOLLOW_UP ? "FOLLOWUP" : kind.name());
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
