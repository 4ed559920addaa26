package nl.doorbraak.domain;

/**
 * A finance action that cannot be done in the state things are in (the API answers 409 with the Dutch message):
 * a second payment, a payment for a reversed measure, a second reversal, a reversal of a correction, a change of a
 * closed budget.
 */
public final class FinanceRefusal extends RuntimeException {

    public FinanceRefusal(String dutchMessage) {
        super(dutchMessage);
    }

    public String dutchMessage() {
        return getMessage();
    }
}
