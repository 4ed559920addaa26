package nl.doorbraak.domain;

/**
 * Not enough money available for a debit. Thrown by the debit task; Step Functions sees it with the error name
 * {@value #ERROR} (a Java Lambda reports the exception's fully qualified class name as {@code errorType}) and the
 * workflow catches it.
 */
public final class InsufficientBudgetException extends RuntimeException {

    /** The error name the state machine's {@code Catch} matches. */
    public static final String ERROR = "nl.doorbraak.domain.InsufficientBudgetException";

    private final long requestedCents;
    private final long availableCents;

    public InsufficientBudgetException(String budgetId, long requestedCents, long availableCents) {
        super("Onvoldoende budget in " + budgetId + ": nodig " + Money.format(requestedCents)
                + ", beschikbaar " + Money.format(availableCents) + ".");
        this.requestedCents = requestedCents;
        this.availableCents = availableCents;
    }

    public long requestedCents() {
        return requestedCents;
    }

    public long availableCents() {
        return availableCents;
    }
}
