package nl.doorbraak.domain;

/** What was decided about one measure. */
public enum MeasureDecision {
    /** Urgent and within the zorgmarinier's mandate: paid at once, no approval. */
    MANDAAT,
    /** Approved by an approver or executive. */
    GOEDGEKEURD,
    /** Rejected, expired without a decision, or withdrawn. */
    AFGEWEZEN,
    /** Waiting for approval. */
    OPEN,
    /** Would have been paid, but the budget had too little available. */
    GEEN_BUDGET
}
