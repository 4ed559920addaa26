package nl.doorbraak.domain;

import java.time.Instant;
import java.util.List;

/**
 * The closing of a budget's year: from then on nothing new is debited; what is committed but not paid is listed to
 * be carried over; the summary reconciles to the cent (computed, not asserted).
 */
public record YearClose(Budget budget, Instant closedAt, String closedBy, Reconciliation reconciliation,
                        List<Position> openCommitments) {

    public static final String CLOSED = "Het boekjaar van dit budget is afgesloten; er kan niets meer van worden uitgegeven.";
    public static final String ALREADY_CLOSED = "Het boekjaar van dit budget is al afgesloten.";

    public static YearClose of(Budget budget, Obligo obligo, Instant closedAt, String closedBy) {
        return new YearClose(budget, closedAt, closedBy, obligo.reconcile(budget), obligo.openCommitments());
    }

    /** What is carried over: the sum of the open commitments. */
    public long carriedOverCents() {
        return openCommitments.stream().mapToLong(Position::committedCents).sum();
    }
}
