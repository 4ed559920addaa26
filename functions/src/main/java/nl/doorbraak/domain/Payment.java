package nl.doorbraak.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Payment evidence for one funded measure: how it was actually paid. Recorded once, never changed.
 *
 * @param entryId     the ledger entry of the debit it realises
 * @param fundedCents what was debited for the measure
 * @param amountCents what was paid, at most {@code fundedCents}
 * @param payee       the shop, landlord or organisation paid, or {@value PaymentRequest#CLIENT}; never a client's name
 */
public record Payment(String entryId, String interventionId, int measureIndex, Instant paidAt, PaymentMethod method,
                      String payee, long amountCents, String receiptRef, long fundedCents, String recordedBy,
                      Instant recordedAt) {

    public Payment {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(method, "method");
        if (amountCents <= 0 || amountCents > fundedCents) {
            throw new IllegalArgumentException("paid " + amountCents + " must be positive and at most funded " + fundedCents);
        }
    }

    /** What goes back to the budget: funded minus paid. */
    public long releasedCents() {
        return fundedCents - amountCents;
    }
}
