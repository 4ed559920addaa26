package nl.doorbraak.domain;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * The body of {@code POST /api/interventions/{id}/measures/{index}/payment}: how a funded measure was actually paid,
 * {@code {"paidAt","method","payee","amountCents","receiptRef"?}}. {@code payee} is the shop, landlord or
 * organisation paid, never the client by name; money handed to the client is recorded as payee {@value #CLIENT}.
 * An amount above what was funded is refused; below it releases the difference back to the budget.
 */
public record PaymentRequest(Instant paidAt, PaymentMethod method, String payee, long amountCents, String receiptRef) {

    /** The payee for money handed to the client. */
    public static final String CLIENT = "CLIENT";

    /**
     * @param fundedCents what was debited for the measure
     * @param now         payments cannot lie in the future
     * @throws ValidationException with every problem found
     */
    public static PaymentRequest parse(JsonNode body, long fundedCents, Instant now) {
        Problems problems = new Problems();
        Fields f = Fields.root(body, problems);
        Instant paidAt = f.instant("paidAt", now);
        PaymentMethod method = f.enumeration("method", PaymentMethod.class);
        String payee = f.text("payee", Limits.PAYEE_CHARS);
        Long amount = f.positiveAmount("amountCents", fundedCents, Messages.amountAboveFunded(fundedCents));
        String receiptRef = f.optionalText("receiptRef", Limits.RECEIPT_CHARS);
        f.end();
        problems.throwIfAny();
        return new PaymentRequest(paidAt, method, payee, amount, receiptRef);
    }

    /** What goes back to the budget: funded minus paid. */
    public long releasedCents(long fundedCents) {
        return fundedCents - amountCents;
    }
}
