package nl.doorbraak.domain;

/** Life of a callback task. Only an OPEN task accepts a decision or completion. */
public enum TaskState {
    OPEN,
    /** Decided (approval) or completed (handover, follow-up). */
    DONE,
    /** Replaced by a task at a higher level after its deadline passed; a late decision on it answers 409. */
    ESCALATED,
    /** Deadline passed at the top level. */
    EXPIRED,
    /** The zorgmarinier withdrew the request. */
    WITHDRAWN
}
