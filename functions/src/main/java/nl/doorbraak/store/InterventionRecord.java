package nl.doorbraak.store;

import nl.doorbraak.domain.HandoverRecord;
import nl.doorbraak.domain.Intervention;

/**
 * An intervention as stored: the domain object plus what the workflow recorded around it. {@code version} guards
 * every write (optimistic locking); {@code mandateCents} is what was actually debited within the mandate, which
 * counts against the same pseudonym's mandate for 30 days.
 */
public record InterventionRecord(Intervention intervention, String createdByName, String executionArn,
                                 ApprovalRecord approval, HandoverRecord handover, FollowUpRecord followUp,
                                 WithdrawalRecord withdrawal, long mandateCents, long version) {

    public static InterventionRecord created(Intervention intervention, String createdByName, String executionArn) {
        return new InterventionRecord(intervention, createdByName, executionArn, null, null, null, null, 0, 0);
    }

    public String interventionId() {
        return intervention.interventionId();
    }

    public String tenant() {
        return intervention.tenant();
    }

    public InterventionRecord with(Intervention next) {
        return new InterventionRecord(next, createdByName, executionArn, approval, handover, followUp, withdrawal,
                mandateCents, version);
    }

    public InterventionRecord withApproval(ApprovalRecord next) {
        return new InterventionRecord(intervention, createdByName, executionArn, next, handover, followUp, withdrawal,
                mandateCents, version);
    }

    public InterventionRecord withHandover(HandoverRecord next) {
        return new InterventionRecord(intervention, createdByName, executionArn, approval, next, followUp, withdrawal,
                mandateCents, version);
    }

    public InterventionRecord withFollowUp(FollowUpRecord next) {
        return new InterventionRecord(intervention, createdByName, executionArn, approval, handover, next, withdrawal,
                mandateCents, version);
    }

    public InterventionRecord withWithdrawal(WithdrawalRecord next) {
        return new InterventionRecord(intervention, createdByName, executionArn, approval, handover, followUp, next,
                mandateCents, version);
    }

    public InterventionRecord withMandateCents(long cents) {
        return new InterventionRecord(intervention, createdByName, executionArn, approval, handover, followUp,
                withdrawal, cents, version);
    }

    InterventionRecord withVersion(long v) {
        return new InterventionRecord(intervention, createdByName, executionArn, approval, handover, followUp,
                withdrawal, mandateCents, v);
    }
}
