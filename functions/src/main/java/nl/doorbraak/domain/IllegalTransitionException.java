package nl.doorbraak.domain;

/** A status change the rules do not allow; the HTTP layer answers 409 with {@link #dutchMessage()}. */
public final class IllegalTransitionException extends RuntimeException {

    private final Status from;
    private final Status to;

    public IllegalTransitionException(Status from, Status to) {
        super("status transition " + from + " -> " + to + " is not allowed");
        this.from = from;
        this.to = to;
    }

    public Status from() {
        return from;
    }

    public Status to() {
        return to;
    }

    public String dutchMessage() {
        return "Deze actie kan niet meer: de interventie heeft status " + from + ".";
    }
}
