package nl.doorbraak.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Payment evidence, reversals and budget changes (finance and lawfulness). */
class FinanceRequestsTest {

    private static final Instant NOW = Fixtures.NOW;

    private static ObjectNode payment() {
        return Json.mapper().createObjectNode().put("paidAt", "2026-11-28T23:00:00Z").put("method", "PINPAS")
                .put("payee", "NS Reizigers").put("amountCents", 5_500).put("receiptRef", "BON-0001");
    }

    private static Map<String, String> paymentProblems(ObjectNode body) {
        return assertThrows(ValidationException.class, () -> PaymentRequest.parse(body, 5_500, NOW)).fields();
    }

    @Test
    void paymentOfExactlyTheFundedAmountReleasesNothing() {
        PaymentRequest p = PaymentRequest.parse(payment(), 5_500, NOW);
        assertEquals(Instant.parse("2026-11-28T23:00:00Z"), p.paidAt());
        assertEquals(PaymentMethod.PINPAS, p.method());
        assertEquals(0, p.releasedCents(5_500));
    }

    @Test
    void lowerPaymentReleasesTheDifferenceOneCentMoreIsRefused() {
        assertEquals(1, PaymentRequest.parse(payment().put("amountCents", 5_499), 5_500, NOW).releasedCents(5_500));
        assertEquals(Map.of("amountCents", "Het bedrag mag niet hoger zijn dan wat voor deze maatregel is betaald uit het budget (€ 55,00)."),
                paymentProblems(payment().put("amountCents", 5_501)));
        assertEquals(Map.of("amountCents", Messages.AMOUNT_NOT_POSITIVE), paymentProblems(payment().put("amountCents", 0)));
    }

    @Test
    void paymentMomentMustBeAnInstantNotInTheFuture() {
        assertEquals(NOW, PaymentRequest.parse(payment().put("paidAt", NOW.toString()), 5_500, NOW).paidAt());
        assertEquals(Map.of("paidAt", Messages.IN_THE_FUTURE), paymentProblems(payment().put("paidAt", NOW.plusSeconds(1).toString())));
        assertEquals(Map.of("paidAt", Messages.NOT_A_MOMENT), paymentProblems(payment().put("paidAt", "28-11-2026 23:00")));
        assertEquals(Map.of("paidAt", Messages.NOT_A_MOMENT), paymentProblems(payment().put("paidAt", 1795907100)));
    }

    @Test
    void paymentToTheClientAndWithoutReceipt() {
        ObjectNode body = payment().put("payee", PaymentRequest.CLIENT).put("method", "CONTANT");
        body.remove("receiptRef");
        PaymentRequest p = PaymentRequest.parse(body, 5_500, NOW);
        assertEquals("CLIENT", p.payee());
        assertNull(p.receiptRef());
        assertEquals(Map.of("method", Messages.unknownValue("IDEAL", java.util.List.of("PINPAS", "CONTANT", "FACTUUR", "OVERBOEKING")),
                "payee", Messages.REQUIRED, "iban", Messages.UNKNOWN_FIELD),
                paymentProblems(((ObjectNode) payment().put("method", "IDEAL").put("iban", "NL00")).without("payee")));
    }

    @Test
    void reversalNeedsAReason() {
        assertEquals("Dubbel geboekt", ReversalRequest.parse(Json.parse("{\"reason\":\"Dubbel geboekt\"}")).reason());
        assertEquals(Map.of("reason", Messages.BLANK), assertThrows(ValidationException.class,
                () -> ReversalRequest.parse(Json.parse("{\"reason\":\" \"}"))).fields());
    }

    private static Budget halfSpent() {
        return Fixtures.budget().debit(12_500_000);
    }

    private static Map<String, String> changeProblems(String json) {
        return assertThrows(ValidationException.class, () -> BudgetChangeRequest.parse(Json.parse(json), halfSpent())).fields();
    }

    @Test
    void allocationCanDropToExactlyWhatIsDebitedNotOneCentLower() {
        Budget b = halfSpent();
        Budget lowered = BudgetChangeRequest.parse(Json.parse("{\"allocatedCents\":12500000,\"reason\":\"Bezuiniging\"}"), b).applyTo(b);
        assertEquals(0, lowered.availableCents());
        assertEquals(12_500_000, lowered.debitedCents());
        BudgetChangeRequest tooLow = BudgetChangeRequest.parse(Json.parse("{\"allocatedCents\":12499999,\"reason\":\"Bezuiniging\"}"), b);
        AllocationBelowDebitedException e = assertThrows(AllocationBelowDebitedException.class, () -> tooLow.applyTo(b));
        assertEquals("Het toegewezen budget (€ 124.999,99) kan niet lager worden dan wat al is uitgegeven (€ 125.000,00).", e.getMessage());
    }

    @Test
    void raisingTheAllocationRaisesWhatIsAvailable() {
        Budget b = halfSpent();
        Budget raised = BudgetChangeRequest.parse(Json.parse("{\"allocatedCents\":27500000,\"reason\":\"Raadsbesluit\"}"), b).applyTo(b);
        assertEquals(15_000_000, raised.availableCents());
        assertEquals(b.mandateLimitCents(), raised.mandateLimitCents());
    }

    @Test
    void limitsAndHoursChangeAlone() {
        Budget b = halfSpent();
        Budget changed = BudgetChangeRequest.parse(Json.parse(
                "{\"mandateLimitCents\":150000,\"approverLimitCents\":2000000,\"approvalHours\":{\"ACUUT\":2,\"URGENT\":12,\"REGULIER\":48},\"reason\":\"Evaluatie\"}"), b).applyTo(b);
        assertEquals(150_000, changed.mandateLimitCents());
        assertEquals(2_000_000, changed.approverLimitCents());
        assertEquals(new ApprovalHours(2, 12, 48), changed.approvalHours());
        assertEquals(b.availableCents(), changed.availableCents());
    }

    @Test
    void aChangeNeedsAReasonAndSomethingToChange() {
        assertEquals(Map.of("", Messages.NO_CHANGE), changeProblems("{\"reason\":\"niets\"}"));
        assertEquals(Map.of("reason", Messages.REQUIRED), changeProblems("{\"allocatedCents\":30000000}"));
        assertEquals(Map.of("availableCents", Messages.UNKNOWN_FIELD), changeProblems("{\"availableCents\":1,\"mandateLimitCents\":1,\"reason\":\"x\"}"));
    }

    @Test
    void theMandateStaysWithinTheAllocation() {
        assertEquals(Map.of("mandateLimitCents", Messages.MANDATE_ABOVE_ALLOCATION), changeProblems("{\"mandateLimitCents\":25000001,\"reason\":\"x\"}"));
        assertEquals(Map.of("mandateLimitCents", Messages.MANDATE_ABOVE_ALLOCATION), changeProblems("{\"allocatedCents\":50000,\"reason\":\"x\"}"));
        assertEquals(Map.of("mandateLimitCents", Messages.MANDATE_ABOVE_ALLOCATION), changeProblems("{\"allocatedCents\":14000000,\"mandateLimitCents\":14000001,\"reason\":\"x\"}"));
    }

    @Test
    void ledgerBasisFollowsTheDecision() {
        assertEquals(LedgerBasis.MANDAAT, LedgerBasis.forDebit(MeasureDecision.MANDAAT, false));
        assertEquals(LedgerBasis.GOEDKEURING, LedgerBasis.forDebit(MeasureDecision.GOEDGEKEURD, false));
        assertEquals(LedgerBasis.ESCALATIE, LedgerBasis.forDebit(MeasureDecision.GOEDGEKEURD, true));
        assertThrows(IllegalArgumentException.class, () -> LedgerBasis.forDebit(MeasureDecision.AFGEWEZEN, false));
    }

    @Test
    void reconciliationIsComputed() {
        assertEquals(true, new Reconciliation(25_000_000, 24_000_000, 1_000_000, 400_000, 600_000).reconciles());
        Reconciliation offByOne = new Reconciliation(25_000_000, 24_000_000, 999_999, 400_000, 600_000);
        assertEquals(java.util.List.of("Het grootboek telt op tot € 9.999,99, maar uitgegeven volgens het budget is € 10.000,00."), offByOne.problems());
        Reconciliation unpaid = new Reconciliation(25_000_000, 24_000_000, 1_000_000, 400_000, 599_999);
        assertEquals(1, unpaid.problems().size());
        assertEquals(false, new Reconciliation(100, 101, -1, 0, -1).reconciles());
    }
}
