package nl.doorbraak.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a budget's figures add up, computed and never asserted:
 * {@code allocated == available + debited}, {@code debited == sum of the ledger} (reversals and released differences
 * included, they are negative entries), and {@code debited == committed + paid}.
 *
 * @param ledgerSumCents the sum of every ledger entry of the budget
 * @param committedCents debited measures without recorded payment
 * @param paidCents      recorded payments
 */
public record Reconciliation(long allocatedCents, long availableCents, long ledgerSumCents, long committedCents,
                             long paidCents) {

    /** The debited amount as the budget itself shows it. */
    public long debitedCents() {
        return allocatedCents - availableCents;
    }

    public boolean reconciles() {
        return problems().isEmpty();
    }

    /** What does not add up, in Dutch; empty when everything does. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (availableCents < 0 || availableCents > allocatedCents) {
            out.add("Beschikbaar (" + Money.format(availableCents) + ") ligt buiten 0 en het toegewezen budget ("
                    + Money.format(allocatedCents) + ").");
        }
        if (ledgerSumCents != debitedCents()) {
            out.add("Het grootboek telt op tot " + Money.format(ledgerSumCents) + ", maar uitgegeven volgens het budget is "
                    + Money.format(debitedCents()) + ".");
        }
        if (committedCents + paidCents != debitedCents()) {
            out.add("Verplicht (" + Money.format(committedCents) + ") plus betaald (" + Money.format(paidCents)
                    + ") is niet gelijk aan uitgegeven (" + Money.format(debitedCents()) + ").");
        }
        return out;
    }
}
