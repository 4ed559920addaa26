package nl.doorbraak.domain;

import java.time.Instant;

/**
 * Where one funded measure stands: what was debited for it, what came back (a released difference, a reversal),
 * what was paid, and what is still promised but not paid (the commitment, {@code obligo}).
 * <p>
 * A reversed measure counts as neither committed nor paid: the money is back in the budget. So for every position
 * {@code funded − released − reversed == committed + paid}.
 */
public record Position(Posting debit, long releasedCents, long reversedCents, Payment payment) {

    public String entryId() {
        return debit.entryId();
    }

    public long fundedCents() {
        return debit.amountCents();
    }

    public boolean reversed() {
        return reversedCents > 0;
    }

    public boolean paid() {
        return payment != null;
    }

    /** What this measure still weighs on the budget: funded minus what came back. */
    public long netCents() {
        return fundedCents() - releasedCents - reversedCents;
    }

    /** Debited, not reversed, and no payment recorded yet. */
    public long committedCents() {
        return reversed() || paid() ? 0 : netCents();
    }

    /** The recorded payment, unless the measure was reversed afterwards. */
    public long paidCents() {
        return reversed() || !paid() ? 0 : payment.amountCents();
    }

    /** A commitment older than {@code days} days at {@code now}: finance asks for the evidence. */
    public boolean evidenceOverdue(Instant now, int days) {
        return committedCents() > 0 && !debit.bookedAt().plus(java.time.Duration.ofDays(days)).isAfter(now);
    }
}
