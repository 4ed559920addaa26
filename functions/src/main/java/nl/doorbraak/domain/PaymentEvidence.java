package nl.doorbraak.domain;

import java.time.Instant;

/**
 * Decides whether payment evidence can be recorded for a funded measure, and what it releases: evidence is recorded
 * once per measure, never for a reversed one; an amount below what was funded gives the difference back to the
 * budget as a {@code VRIJVAL} line. (An amount above it is a validation problem: {@link PaymentRequest#parse}.)
 */
public final class PaymentEvidence {

    public static final String ALREADY_RECORDED = "Voor deze maatregel is de betaling al vastgelegd.";
    public static final String REVERSED = "Deze maatregel is gecorrigeerd; er valt geen betaling meer vast te leggen.";
    public static final String NOT_FUNDED = "Deze maatregel is niet (of nog niet) betaald uit het budget.";

    private PaymentEvidence() {
    }

    /**
     * @param position the measure's position, empty when it was never debited
     * @throws FinanceRefusal when evidence cannot be recorded now
     */
    public static Payment record(java.util.Optional<Position> position, PaymentRequest request, String recordedBy,
                                 Instant recordedAt) {
        Position p = position.orElseThrow(() -> new FinanceRefusal(NOT_FUNDED));
        if (p.paid()) {
            throw new FinanceRefusal(ALREADY_RECORDED);
        }
        if (p.reversed()) {
            throw new FinanceRefusal(REVERSED);
        }
        if (request.amountCents() > p.netCents()) {
            throw new FinanceRefusal(Messages.amountAboveFunded(p.netCents()));
        }
        return new Payment(p.entryId(), p.debit().interventionId(), p.debit().measureIndex(), request.paidAt(),
                request.method(), PayeeRule.normalise(request.payee()), request.amountCents(), request.receiptRef(),
                p.fundedCents(), recordedBy, recordedAt);
    }
}
