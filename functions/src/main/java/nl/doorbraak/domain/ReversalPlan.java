package nl.doorbraak.domain;

import java.util.Optional;

/**
 * Plans the reversal of a ledger entry by finance: a negative {@code CORRECTIE} line with the same references that
 * gives back what the measure still weighs on the budget (funded minus any released difference). Only a debit can be
 * reversed, and only once; nothing in the ledger is ever updated or deleted.
 *
 * @param debit       the debit being reversed
 * @param amountCents what returns to the budget (positive; the line carries its negative)
 */
public record ReversalPlan(Posting debit, long amountCents) {

    public static final String ALREADY_REVERSED = "Deze boeking is al gecorrigeerd; een boeking wordt maar één keer gecorrigeerd.";
    public static final String NOT_A_DEBIT = "Alleen een uitgave kan worden gecorrigeerd, geen correctie of vrijgevallen verschil.";

    /**
     * @param line     the ledger line finance names (empty: it does not exist)
     * @param position the position of the debit the line belongs to
     * @throws FinanceRefusal when the line is not a debit or is reversed already
     */
    public static Optional<ReversalPlan> plan(Optional<Posting> line, Optional<Position> position) {
        if (line.isEmpty()) {
            return Optional.empty();
        }
        if (!line.get().isDebit()) {
            throw new FinanceRefusal(NOT_A_DEBIT);
        }
        Position p = position.orElseThrow();
        if (p.reversed()) {
            throw new FinanceRefusal(ALREADY_REVERSED);
        }
        return Optional.of(new ReversalPlan(p.debit(), p.netCents()));
    }

    /** The entry id of the reversing line. */
    public String entryId() {
        return Posting.reversalId(debit.entryId());
    }
}
