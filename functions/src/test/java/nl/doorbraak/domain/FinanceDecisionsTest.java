package nl.doorbraak.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static nl.doorbraak.domain.ObligoTest.debit;
import static nl.doorbraak.domain.ObligoTest.payment;
import static nl.doorbraak.domain.ObligoTest.release;
import static nl.doorbraak.domain.ObligoTest.reversal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Payment evidence, the payee rule, reversals and budget diffs: each rule at and around its boundary. */
class FinanceDecisionsTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    static PaymentRequest request(long cents, String payee) {
        return new PaymentRequest(NOW.minusSeconds(3600), PaymentMethod.CONTANT, payee, cents, "KAS-1");
    }

    static Position position(List<Posting> ledger, List<Payment> payments, Posting d) {
        return Obligo.of(ledger, payments).position(d.entryId()).orElseThrow();
    }

    @Test
    void evidenceOfTheFullAmountReleasesNothing() {
        Posting d = debit("INT-1", 0, 50_00);
        Payment p = PaymentEvidence.record(Optional.of(position(List.of(d), List.of(), d)), request(50_00, "NS"), "zm", NOW);
        assertEquals(0, p.releasedCents());
        assertEquals(50_00, p.fundedCents());
        assertEquals("INT-1", p.interventionId());
    }

    @Test
    void evidenceOneCentBelowReleasesOneCent() {
        Posting d = debit("INT-1", 0, 50_00);
        Payment p = PaymentEvidence.record(Optional.of(position(List.of(d), List.of(), d)), request(49_99, "NS"), "zm", NOW);
        assertEquals(1, p.releasedCents());
    }

    @Test
    void evidenceOneCentAboveIsRefused() {
        Posting d = debit("INT-1", 0, 50_00);
        FinanceRefusal e = assertThrows(FinanceRefusal.class, () -> PaymentEvidence.record(
                Optional.of(position(List.of(d), List.of(), d)), request(50_01, "NS"), "zm", NOW));
        assertTrue(e.dutchMessage().contains("50,00"), e.dutchMessage());
        assertThrows(IllegalArgumentException.class, () -> new Payment("x", "i", 0, NOW, PaymentMethod.PINPAS, "NS",
                50_01, null, 50_00, "zm", NOW));
        assertThrows(IllegalArgumentException.class, () -> new Payment("x", "i", 0, NOW, PaymentMethod.PINPAS, "NS",
                0, null, 50_00, "zm", NOW));
    }

    @Test
    void evidenceIsRecordedOnceNeverForAReversedOrUnfundedMeasure() {
        Posting d = debit("INT-1", 0, 50_00);
        assertEquals(PaymentEvidence.ALREADY_RECORDED, assertThrows(FinanceRefusal.class, () -> PaymentEvidence.record(
                Optional.of(position(List.of(d), List.of(payment(d, 50_00)), d)), request(1, "NS"), "zm", NOW))
                .dutchMessage());
        assertEquals(PaymentEvidence.REVERSED, assertThrows(FinanceRefusal.class, () -> PaymentEvidence.record(
                Optional.of(position(List.of(d, reversal(d, 50_00)), List.of(), d)), request(1, "NS"), "zm", NOW))
                .dutchMessage());
        assertEquals(PaymentEvidence.NOT_FUNDED, assertThrows(FinanceRefusal.class, () -> PaymentEvidence.record(
                Optional.empty(), request(1, "NS"), "zm", NOW)).dutchMessage());
    }

    @Test
    void moneyHandedToTheClientIsRecordedAsClient() {
        for (String written : List.of("CLIENT", "client", "Cliënt", " de cliënt ", "CLIËNT", "aan de client")) {
            assertEquals(PaymentRequest.CLIENT, PayeeRule.normalise(written), written);
        }
        assertEquals("Albert Heijn Centrum", PayeeRule.normalise(" Albert Heijn Centrum "));
        assertEquals("Clientenraad Zuid", PayeeRule.normalise("Clientenraad Zuid"), "a word containing client is not the client");
        Posting d = debit("INT-1", 0, 50_00);
        Payment p = PaymentEvidence.record(Optional.of(position(List.of(d), List.of(), d)), request(10_00, "cliënt"), "zm", NOW);
        assertEquals(PaymentRequest.CLIENT, p.payee());
    }

    @Test
    void aPayeeNamingTheClientsPseudonymIsRefused() {
        for (String payee : List.of("P-7Q2X", "Contant aan p-7q2x", "P 7Q2X via zus")) {
            Problems problems = new Problems();
            PayeeRule.check(payee, "P-7Q2X", problems);
            assertEquals(List.of(new Problem("payee", PayeeRule.CLIENT_MESSAGE)), problems.list(), payee);
        }
        for (String payee : List.of("CLIENT", "Hotel Centraal", "P-7Q2")) {
            Problems problems = new Problems();
            PayeeRule.check(payee, "P-7Q2X", problems);
            assertTrue(problems.isEmpty(), payee);
        }
        Problems none = new Problems();
        PayeeRule.check("Hotel", null, none);
        PayeeRule.check(null, "P-7Q2X", none);
        assertTrue(none.isEmpty());
    }

    @Test
    void aReversalGivesBackWhatStillWeighsOnTheBudgetOnce() {
        Posting d = debit("INT-1", 0, 50_00);
        Obligo fresh = Obligo.of(List.of(d), List.of());
        ReversalPlan plan = ReversalPlan.plan(Optional.of(d), fresh.position(d.entryId())).orElseThrow();
        assertEquals(50_00, plan.amountCents());
        assertEquals("INT-1#00#CORRECTIE", plan.entryId());

        Obligo lower = Obligo.of(List.of(d, release(d, 20_00)), List.of(payment(d, 30_00)));
        assertEquals(30_00, ReversalPlan.plan(Optional.of(d), lower.position(d.entryId())).orElseThrow().amountCents());

        Obligo reversed = Obligo.of(List.of(d, reversal(d, 50_00)), List.of());
        assertEquals(ReversalPlan.ALREADY_REVERSED, assertThrows(FinanceRefusal.class,
                () -> ReversalPlan.plan(Optional.of(d), reversed.position(d.entryId()))).dutchMessage());
        Posting correction = reversal(d, 50_00);
        assertEquals(ReversalPlan.NOT_A_DEBIT, assertThrows(FinanceRefusal.class,
                () -> ReversalPlan.plan(Optional.of(correction), reversed.position(d.entryId()))).dutchMessage());
        Posting released = release(d, 20_00);
        assertEquals(ReversalPlan.NOT_A_DEBIT, assertThrows(FinanceRefusal.class,
                () -> ReversalPlan.plan(Optional.of(released), lower.position(d.entryId()))).dutchMessage());
        assertTrue(ReversalPlan.plan(Optional.empty(), Optional.empty()).isEmpty(), "no such line: not found");
    }

    @Test
    void aBudgetDiffHoldsOnlyWhatChanged() {
        Budget before = ObligoTest.budget(1_000_00, 400_00);
        Budget after = new Budget(before.budgetId(), before.tenant(), before.name(), before.year(), 1_200_00, 600_00,
                before.mandateLimitCents(), before.approverLimitCents(), before.ledgerAccount(), before.costCenter(),
                new ApprovalHours(2, 24, 72));
        BudgetDiff diff = BudgetDiff.of(before, after);
        assertEquals(List.of("allocatedCents", "availableCents", "approvalHours.ACUUT"), List.copyOf(diff.before().keySet()));
        assertEquals(1_000_00L, diff.before().get("allocatedCents"));
        assertEquals(1_200_00L, diff.after().get("allocatedCents"));
        assertEquals(4, diff.before().get("approvalHours.ACUUT"));
        assertEquals(2, diff.after().get("approvalHours.ACUUT"));
        assertTrue(BudgetDiff.of(before, before).isEmpty());
    }
}
