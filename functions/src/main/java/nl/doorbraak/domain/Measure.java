package nl.doorbraak.domain;

import java.util.Objects;

/**
 * One first measure of an intervention: what it is for, what it costs, whether it is urgent, what was decided and
 * whether it has been debited from the budget.
 */
public record Measure(MeasureCategory category, String description, long amountCents, boolean urgent,
                      MeasureDecision decision, boolean debited) {

    public Measure {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(decision, "decision");
        if (amountCents <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amountCents);
        }
        if (debited && decision != MeasureDecision.MANDAAT && decision != MeasureDecision.GOEDGEKEURD) {
            throw new IllegalArgumentException("only MANDAAT or GOEDGEKEURD measures can be debited, not " + decision);
        }
    }

    /** A measure as requested: decision OPEN, not debited. */
    public static Measure requested(MeasureCategory category, String description, long amountCents, boolean urgent) {
        return new Measure(category, description, amountCents, urgent, MeasureDecision.OPEN, false);
    }

    public Measure withDecision(MeasureDecision newDecision) {
        return new Measure(category, description, amountCents, urgent, newDecision, debited);
    }

    public Measure markDebited() {
        return new Measure(category, description, amountCents, urgent, decision, true);
    }

    /** Funded means: the money has been debited for it. */
    public boolean funded() {
        return debited;
    }
}
