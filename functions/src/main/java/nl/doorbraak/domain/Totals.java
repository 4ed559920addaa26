package nl.doorbraak.domain;

import java.util.List;

/** Sums over an intervention's measures, in cents. */
public record Totals(long requestedCents, long mandateCents, long approvedCents, long debitedCents) {

    public static Totals of(List<Measure> measures) {
        long requested = 0;
        long mandate = 0;
        long approved = 0;
        long debited = 0;
        for (Measure m : measures) {
            requested += m.amountCents();
            if (m.decision() == MeasureDecision.MANDAAT) {
                mandate += m.amountCents();
            }
            if (m.decision() == MeasureDecision.GOEDGEKEURD) {
                approved += m.amountCents();
            }
            if (m.debited()) {
                debited += m.amountCents();
            }
        }
        return new Totals(requested, mandate, approved, debited);
    }
}
