package nl.doorbraak.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static nl.doorbraak.domain.Fixtures.NOW;
import static nl.doorbraak.domain.Fixtures.regular;
import static nl.doorbraak.domain.Fixtures.urgent;
import static nl.doorbraak.domain.MeasureDecision.MANDAAT;
import static nl.doorbraak.domain.MeasureDecision.OPEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MandateRuleTest {

    private static final long LIMIT = 100_000; // € 1.000

    @Test
    void urgentTotalExactlyReachingTheMandateIsPaidAtOnce() {
        MandateDecision d = MandateRule.decide(List.of(urgent(60_000), urgent(40_000)), LIMIT, 0);
        assertEquals(List.of(MANDAAT, MANDAAT), d.decisions());
        assertEquals(100_000, d.mandateCents());
        assertEquals(0, d.approvalCents());
        assertFalse(d.approvalRequired());
    }

    @Test
    void oneCentOverTheMandateSendsEveryMeasureToApproval() {
        MandateDecision d = MandateRule.decide(List.of(urgent(60_000), urgent(40_001), regular(5_000)), LIMIT, 0);
        assertEquals(List.of(OPEN, OPEN, OPEN), d.decisions());
        assertEquals(0, d.mandateCents());
        assertEquals(105_001, d.approvalCents());
        assertTrue(d.approvalRequired());
        assertEquals(List.of(0, 1, 2), d.approvalIndexes());
        assertEquals(List.of(), d.mandateIndexes());
    }

    @Test
    void oneCentUnderTheMandateIsWithin() {
        MandateDecision d = MandateRule.decide(List.of(urgent(99_999)), LIMIT, 0);
        assertEquals(List.of(MANDAAT), d.decisions());
    }

    @Test
    void nonUrgentMeasuresAlwaysNeedApprovalEvenWhenSmall() {
        MandateDecision d = MandateRule.decide(List.of(urgent(5_500), regular(1), urgent(70_000)), LIMIT, 0);
        assertEquals(List.of(MANDAAT, OPEN, MANDAAT), d.decisions());
        assertEquals(75_500, d.mandateCents());
        assertEquals(1, d.approvalCents());
        assertEquals(List.of(0, 2), d.mandateIndexes());
        assertEquals(List.of(1), d.approvalIndexes());
        assertEquals(75_500, d.urgentCents());
    }

    @Test
    void withoutUrgentMeasuresNothingFallsWithinTheMandate() {
        MandateDecision d = MandateRule.decide(List.of(regular(100)), LIMIT, 0);
        assertEquals(List.of(OPEN), d.decisions());
        assertEquals(0, d.mandateCents());
    }

    @Test
    void aZeroMandateSendsEverythingToApproval() {
        assertEquals(List.of(OPEN), MandateRule.decide(List.of(urgent(1)), 0, 0).decisions());
    }

    @Test
    void earlierSpendingForTheSamePseudonymCountsAgainstTheMandate() {
        // Splitting one need over two interventions: € 600 paid yesterday, € 400 today reaches the limit exactly...
        assertEquals(List.of(MANDAAT), MandateRule.decide(List.of(urgent(40_000)), LIMIT, 60_000).decisions());
        // ...and one cent more goes to approval.
        MandateDecision over = MandateRule.decide(List.of(urgent(40_001)), LIMIT, 60_000);
        assertEquals(List.of(OPEN), over.decisions());
        assertEquals(60_000, over.usedBeforeCents());
        assertEquals(LIMIT, over.limitCents());
    }

    @Test
    void mandateUseCountsForThirtyDaysAndNotOneMomentLonger() {
        MandateRule.Use exactlyThirtyDaysAgo = new MandateRule.Use(NOW.minus(Duration.ofDays(30)), 50_000);
        MandateRule.Use justWithin = new MandateRule.Use(NOW.minus(Duration.ofDays(30)).plusMillis(1), 30_000);
        MandateRule.Use today = new MandateRule.Use(NOW, 1_000);
        MandateRule.Use longAgo = new MandateRule.Use(NOW.minus(Duration.ofDays(45)), 99_000);
        assertEquals(31_000, MandateRule.usedWithin(List.of(exactlyThirtyDaysAgo, justWithin, today, longAgo), NOW));
        assertEquals(0, MandateRule.usedWithin(List.of(), NOW));
        // A day later the use of 30 days minus 1 ms has dropped out too.
        assertEquals(1_000, MandateRule.usedWithin(List.of(exactlyThirtyDaysAgo, justWithin, today), NOW.plus(Duration.ofDays(1))));
    }

    @Test
    void decisionsApplyToTheMeasuresInOrder() {
        List<Measure> measures = List.of(urgent(5_500), regular(70_000));
        List<Measure> decided = MandateRule.decide(measures, LIMIT, 0).applyTo(measures);
        assertEquals(MANDAAT, decided.get(0).decision());
        assertEquals(OPEN, decided.get(1).decision());
        assertEquals(5_500, decided.get(0).amountCents());
    }
}
