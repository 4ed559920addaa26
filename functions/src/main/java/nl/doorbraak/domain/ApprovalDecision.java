package nl.doorbraak.domain;

/** What an approver or executive decides on an approval task. */
public enum ApprovalDecision {
    APPROVE, REJECT
}
