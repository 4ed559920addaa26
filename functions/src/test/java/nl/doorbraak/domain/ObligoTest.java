package nl.doorbraak.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Commitments, payments, released differences and reversals per measure, and the totals that must reconcile. */
class ObligoTest {

    static final Instant DAY0 = Instant.parse("2026-03-01T10:00:00Z");

    static Posting debit(String id, int index, long cents) {
        return new Posting(id + "#0" + index, LedgerBasis.MANDAAT, cents, DAY0, id, index, id + "/" + (index + 1));
    }

    static Posting release(Posting debit, long cents) {
        return new Posting(Posting.releaseId(debit.entryId()), LedgerBasis.VRIJVAL, -cents, DAY0.plusSeconds(60),
                debit.interventionId(), debit.measureIndex(), debit.reference());
    }

    static Posting reversal(Posting debit, long cents) {
        return new Posting(Posting.reversalId(debit.entryId()), LedgerBasis.CORRECTIE, -cents, DAY0.plusSeconds(120),
                debit.interventionId(), debit.measureIndex(), debit.reference());
    }

    static Payment payment(Posting debit, long paid) {
        return new Payment(debit.entryId(), debit.interventionId(), debit.measureIndex(), DAY0, PaymentMethod.PINPAS,
                "NS Reizigers", paid, "BON-1", debit.amountCents(), "zm-anna", DAY0.plusSeconds(60));
    }

    static Budget budget(long allocated, long available) {
        return new Budget("zm-2026", "GM9999", "Zorgmariniers", 2026, allocated, available, 100_00, 5_000_00,
                "4711", "KP-1", ApprovalHours.DEFAULT);
    }

    @Test
    void aDebitWithoutEvidenceIsCommitted() {
        Posting d = debit("INT-1", 0, 50_00);
        Obligo o = Obligo.of(List.of(d), List.of());
        assertEquals(50_00, o.committedCents());
        assertEquals(0, o.paidCents());
        assertEquals(List.of(d.entryId()), o.openCommitments().stream().map(Position::entryId).toList());
        assertTrue(o.reconcile(budget(1_000_00, 950_00)).reconciles());
    }

    @Test
    void aFullPaymentMovesTheCommitmentToPaid() {
        Posting d = debit("INT-1", 0, 50_00);
        Obligo o = Obligo.of(List.of(d), List.of(payment(d, 50_00)));
        assertEquals(0, o.committedCents());
        assertEquals(50_00, o.paidCents());
        assertTrue(o.openCommitments().isEmpty());
        assertTrue(o.reconcile(budget(1_000_00, 950_00)).reconciles());
    }

    @Test
    void aLowerPaymentWithItsReleaseReconciles() {
        Posting d = debit("INT-1", 0, 50_00);
        Obligo o = Obligo.of(List.of(d, release(d, 15_00)), List.of(payment(d, 35_00)));
        Position p = o.position(d.entryId()).orElseThrow();
        assertEquals(15_00, p.releasedCents());
        assertEquals(35_00, p.netCents());
        assertEquals(35_00, o.paidCents());
        assertEquals(35_00, o.ledgerSumCents());
        assertTrue(o.reconcile(budget(1_000_00, 965_00)).reconciles());
        assertFalse(o.reconcile(budget(1_000_00, 950_00)).reconciles(), "a release the budget did not get back");
    }

    @Test
    void aReversedMeasureIsNeitherCommittedNorPaid() {
        Posting d = debit("INT-1", 0, 50_00);
        Obligo unpaid = Obligo.of(List.of(d, reversal(d, 50_00)), List.of());
        assertEquals(0, unpaid.committedCents());
        assertEquals(0, unpaid.ledgerSumCents());
        assertTrue(unpaid.reconcile(budget(1_000_00, 1_000_00)).reconciles());

        Obligo paidThenReversed = Obligo.of(List.of(d, release(d, 20_00), reversal(d, 30_00)), List.of(payment(d, 30_00)));
        assertEquals(0, paidThenReversed.paidCents());
        assertEquals(0, paidThenReversed.committedCents());
        assertTrue(paidThenReversed.reconcile(budget(1_000_00, 1_000_00)).reconciles());
    }

    @Test
    void severalMeasuresAddUp() {
        Posting a = debit("INT-1", 0, 10_00);
        Posting b = debit("INT-1", 1, 20_00);
        Posting c = debit("INT-2", 0, 40_00);
        Obligo o = Obligo.of(List.of(a, b, c, release(b, 5_00), reversal(c, 40_00)), List.of(payment(b, 15_00)));
        assertEquals(10_00, o.committedCents());
        assertEquals(15_00, o.paidCents());
        assertEquals(25_00, o.ledgerSumCents());
        assertEquals(3, o.positions().size());
        assertTrue(o.reconcile(budget(100_00, 75_00)).reconciles());
        assertEquals(3, o.reconcile(budget(100_00, 80_00)).problems().size() + 1,
                "ledger and commitments both disagree with an available amount off by € 5: "
                        + o.reconcile(budget(100_00, 80_00)).problems());
    }

    @Test
    void evidenceIsOverdueFromFourteenDaysAfterTheDebit() {
        Posting d = debit("INT-1", 0, 50_00);
        Obligo o = Obligo.of(List.of(d), List.of());
        assertTrue(o.evidenceOverdue(DAY0.plus(Duration.ofDays(14)).minusMillis(1)).isEmpty(), "one ms before");
        assertEquals(1, o.evidenceOverdue(DAY0.plus(Duration.ofDays(14))).size(), "exactly 14 days");
        Obligo paid = Obligo.of(List.of(d), List.of(payment(d, 50_00)));
        assertTrue(paid.evidenceOverdue(DAY0.plus(Duration.ofDays(30))).isEmpty());
        Obligo reversed = Obligo.of(List.of(d, reversal(d, 50_00)), List.of());
        assertTrue(reversed.evidenceOverdue(DAY0.plus(Duration.ofDays(30))).isEmpty());
    }

    @Test
    void aCorrectionReleaseOrPaymentWithoutItsDebitIsAnError() {
        Posting d = debit("INT-1", 0, 50_00);
        assertThrows(IllegalArgumentException.class, () -> Obligo.of(List.of(reversal(d, 50_00)), List.of()));
        assertThrows(IllegalArgumentException.class, () -> Obligo.of(List.of(release(d, 5_00)), List.of()));
        assertThrows(IllegalArgumentException.class, () -> Obligo.of(List.of(), List.of(payment(d, 5_00))));
    }

    @Test
    void postingsKnowTheirDebit() {
        Posting d = debit("INT-1", 3, 50_00);
        assertTrue(d.isDebit());
        assertEquals("INT-1#03", d.origin());
        assertEquals("INT-1#03", reversal(d, 1).origin());
        assertEquals("INT-1#03", release(d, 1).origin());
        assertFalse(reversal(d, 1).isDebit());
        assertEquals("INT-1#03#CORRECTIE", Posting.reversalId(d.entryId()));
        assertEquals("INT-1#03#VRIJVAL", Posting.releaseId(d.entryId()));
        for (LedgerBasis basis : List.of(LedgerBasis.MANDAAT, LedgerBasis.GOEDKEURING, LedgerBasis.ESCALATIE)) {
            assertTrue(new Posting("x", basis, 1, DAY0, "i", 0, "r").isDebit(), basis.name());
        }
    }

    @Test
    void anyMixOfStepsKeepsDebitedEqualToCommittedPlusPaid() {
        // every combination of (payment: none, full, lower) x (reversal: no, yes) for three measures
        List<Posting> ledger = new ArrayList<>();
        List<Payment> payments = new ArrayList<>();
        long available = 10_000_00;
        int n = 0;
        for (int pay = 0; pay < 3; pay++) {
            for (int rev = 0; rev < 2; rev++) {
                Posting d = debit("INT-" + n++, 0, 100_00);
                ledger.add(d);
                available -= 100_00;
                long net = 100_00;
                if (pay > 0) {
                    long paid = pay == 1 ? 100_00 : 60_00;
                    payments.add(payment(d, paid));
                    if (paid < 100_00) {
                        ledger.add(release(d, 100_00 - paid));
                        available += 100_00 - paid;
                    }
                    net = paid;
                }
                if (rev == 1) {
                    ledger.add(reversal(d, net));
                    available += net;
                }
                Reconciliation r = Obligo.of(ledger, payments).reconcile(budget(10_000_00, available));
                assertTrue(r.reconciles(), "pay " + pay + " reversal " + rev + ": " + r.problems());
            }
        }
    }

    @Test
    void yearCloseCarriesOverTheOpenCommitments() {
        Posting a = debit("INT-1", 0, 10_00);
        Posting b = debit("INT-1", 1, 20_00);
        Obligo o = Obligo.of(List.of(a, b), List.of(payment(b, 20_00)));
        YearClose close = YearClose.of(budget(100_00, 70_00), o, DAY0, "fi-eva");
        assertEquals(10_00, close.carriedOverCents());
        assertEquals(List.of(a.entryId()), close.openCommitments().stream().map(Position::entryId).toList());
        assertTrue(close.reconciliation().reconciles());
        assertFalse(YearClose.of(budget(100_00, 71_00), o, DAY0, "fi-eva").reconciliation().reconciles(),
                "a cent off shows");
        assertEquals(Optional.empty(), o.position("INT-9#00"));
    }
}
