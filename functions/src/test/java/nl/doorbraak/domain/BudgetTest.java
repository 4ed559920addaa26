package nl.doorbraak.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BudgetTest {

    @Test
    void aNewBudgetHasEverythingAvailable() {
        Budget b = Fixtures.budget();
        assertEquals(25_000_000, b.availableCents());
        assertEquals(0, b.debitedCents());
    }

    @Test
    void debitingExactlyWhatIsAvailableEmptiesTheBudget() {
        Budget b = Fixtures.budget().debit(24_999_999);
        assertTrue(b.canDebit(1));
        Budget empty = b.debit(1);
        assertEquals(0, empty.availableCents());
        assertEquals(25_000_000, empty.debitedCents());
        assertEquals(empty.allocatedCents(), empty.availableCents() + empty.debitedCents());
    }

    @Test
    void oneCentMoreThanAvailableIsRefused() {
        Budget b = Fixtures.budget().debit(24_990_000);
        assertFalse(b.canDebit(10_001));
        InsufficientBudgetException e = assertThrows(InsufficientBudgetException.class, () -> b.debit(10_001));
        assertEquals(10_001, e.requestedCents());
        assertEquals(10_000, e.availableCents());
        assertEquals("Onvoldoende budget in zm-2026: nodig € 100,01, beschikbaar € 100,00.", e.getMessage());
        assertEquals(InsufficientBudgetException.ERROR, InsufficientBudgetException.class.getName());
    }

    @Test
    void creditGivesMoneyBackButNeverMoreThanWasDebited() {
        Budget b = Fixtures.budget().debit(5_000);
        assertEquals(25_000_000, b.credit(5_000).availableCents());
        assertThrows(IllegalArgumentException.class, () -> b.credit(5_001));
        assertThrows(IllegalArgumentException.class, () -> b.credit(0));
        assertThrows(IllegalArgumentException.class, () -> b.debit(0));
    }

    @Test
    void availableCanNeverExceedAllocated() {
        assertThrows(IllegalArgumentException.class, () -> new Budget("b", "GM9999", "n", 2026, 100, 101, 0, 0, "1", "2", ApprovalHours.DEFAULT));
    }

    @Test
    void approvalHoursDefaultToFourTwentyFourAndSeventyTwo() {
        assertEquals(4, ApprovalHours.DEFAULT.hoursFor(Urgency.ACUUT));
        assertEquals(24, ApprovalHours.DEFAULT.hoursFor(Urgency.URGENT));
        assertEquals(72, ApprovalHours.DEFAULT.hoursFor(Urgency.REGULIER));
        assertEquals("{ACUUT=4, URGENT=24, REGULIER=72}", ApprovalHours.DEFAULT.toMap().toString());
        assertThrows(IllegalArgumentException.class, () -> new ApprovalHours(0, 24, 72));
        assertThrows(IllegalArgumentException.class, () -> new ApprovalHours(4, 24, 721));
        assertEquals(TransientFailureException.ERROR, TransientFailureException.class.getName());
    }
}
