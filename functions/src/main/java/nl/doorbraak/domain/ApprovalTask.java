package nl.doorbraak.domain;

import java.time.Instant;

/**
 * A request for approval as approvers see it. The Step Functions task token that belongs to it is kept by the
 * store only and never part of this record, a response, a URL or a log line.
 */
public record ApprovalTask(String taskId, String tenant, String interventionId, ApprovalLevel level, Urgency urgency,
                           long amountCents, String requestedBy, Instant requestedAt, Instant deadline,
                           TaskState state) {

    /** Whether half of the approval period has passed (the moment for a reminder). */
    public boolean halfTimePassed(Instant now) {
        Instant half = requestedAt.plus(java.time.Duration.between(requestedAt, deadline).dividedBy(2));
        return !now.isBefore(half);
    }
}
