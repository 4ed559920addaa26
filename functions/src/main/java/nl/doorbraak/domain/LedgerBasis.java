package nl.doorbraak.domain;

/** The {@code grondslag} of a ledger entry: on what basis the money was spent. */
public enum LedgerBasis {
    /** Urgent measure within the zorgmarinier's mandate; the requester is recorded as the one who approved. */
    MANDAAT,
    /** Approved at the level the amount required. */
    GOEDKEURING,
    /** Approved by the executive after the approver's deadline passed. */
    ESCALATIE,
    /** A reversing entry made by finance; nothing in the ledger is ever updated or deleted. */
    CORRECTIE,
    /**
     * The difference given back to the budget when a measure was paid for less than was funded (payment evidence);
     * a negative entry with the references of the debit it belongs to.
     */
    VRIJVAL;

    /**
     * The basis of the debit of a measure: {@code MANDAAT} for a measure within the mandate; for an approved one
     * {@code ESCALATIE} when the executive approved it after the approver's deadline passed, else
     * {@code GOEDKEURING}.
     */
    public static LedgerBasis forDebit(MeasureDecision decision, boolean approvedAfterEscalation) {
        return switch (decision) {
            case MANDAAT -> MANDAAT;
            case GOEDGEKEURD -> approvedAfterEscalation ? ESCALATIE : GOEDKEURING;
            default -> throw new IllegalArgumentException("a measure with decision " + decision + " is not debited");
        };
    }
}
