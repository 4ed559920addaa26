package nl.doorbraak.domain;

/** The callback tasks the workflow waits on; each holds a Step Functions task token that never leaves the server. */
public enum TaskKind {
    APPROVAL, HANDOVER, FOLLOW_UP
}
