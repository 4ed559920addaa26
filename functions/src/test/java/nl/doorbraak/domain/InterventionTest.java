package nl.doorbraak.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static nl.doorbraak.domain.Fixtures.intervention;
import static nl.doorbraak.domain.Fixtures.regular;
import static nl.doorbraak.domain.Fixtures.urgent;
import static nl.doorbraak.domain.MeasureDecision.AFGEWEZEN;
import static nl.doorbraak.domain.MeasureDecision.GEEN_BUDGET;
import static nl.doorbraak.domain.MeasureDecision.GOEDGEKEURD;
import static nl.doorbraak.domain.MeasureDecision.MANDAAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The life of an intervention, step by step, as the workflow drives it. */
class InterventionTest {

    private static final long LIMIT = 100_000;

    private static Intervention decided(Measure... measures) {
        Intervention i = intervention(List.of(measures));
        return i.applyMandate(MandateRule.decide(i.measures(), LIMIT, 0));
    }

    private static List<MeasureDecision> decisions(Intervention i) {
        return i.measures().stream().map(Measure::decision).toList();
    }

    @Test
    void mandateOnlyIsFundedAtOnceThenHandedOverFollowedUpAndClosed() {
        Intervention i = decided(urgent(5_500), urgent(70_000));
        assertEquals(List.of(0, 1), i.pendingDebit());
        assertEquals(75_500, i.pendingDebitCents());
        i = i.markDebited(i.pendingDebit());
        assertEquals(Status.FUNDED, i.status());
        assertEquals(new Totals(75_500, 75_500, 0, 75_500), i.totals());
        assertTrue(HandoverRecord.required(i));
        i = i.handoverPending().followUp().close();
        assertEquals(Status.CLOSED, i.status());
    }

    @Test
    void mandatePartIsPaidFirstAndTheRestAwaitsApproval() {
        Intervention i = decided(urgent(5_500), regular(250_000));
        i = i.markDebited(i.pendingDebit());
        assertEquals(Status.REGISTERED, i.status(), "still open measures: not FUNDED yet");
        i = i.awaitApproval().approve();
        assertEquals(List.of(MANDAAT, GOEDGEKEURD), decisions(i));
        assertEquals(List.of(1), i.pendingDebit());
        i = i.markDebited(i.pendingDebit());
        assertEquals(Status.FUNDED, i.status());
        assertEquals(new Totals(255_500, 5_500, 250_000, 255_500), i.totals());
    }

    @Test
    void aRepeatedRegisterReusesTheStoredMandateDecision() {
        Intervention i = decided(urgent(5_500), regular(250_000));
        assertTrue(i.mandateApplied());
        MandateDecision stored = i.storedMandateDecision(LIMIT);
        assertEquals(List.of(MANDAAT, MeasureDecision.OPEN), stored.decisions());
        assertEquals(5_500, stored.mandateCents());
        assertEquals(250_000, stored.approvalCents());
        assertEquals(i, i.applyMandate(stored), "same decisions: no-op");
        // Deciding again would count this intervention's own € 55 against it; that must not silently happen.
        MandateDecision again = MandateRule.decide(i.measures(), LIMIT, 99_000);
        assertThrows(IllegalStateException.class, () -> i.applyMandate(again));
        assertFalse(intervention(List.of(urgent(1))).mandateApplied());
    }

    @Test
    void repeatingADebitIsHarmless() {
        Intervention i = decided(urgent(5_500));
        Intervention once = i.markDebited(List.of(0));
        Intervention twice = once.markDebited(List.of(0));
        assertEquals(once, twice);
        assertEquals(List.of(), twice.pendingDebit());
    }

    @Test
    void rejectionWithoutFundingEndsRejected() {
        Intervention i = decided(regular(250_000)).awaitApproval().conclude(Status.REJECTED);
        assertEquals(Status.REJECTED, i.status());
        assertEquals(List.of(AFGEWEZEN), decisions(i));
        assertFalse(HandoverRecord.required(i));
    }

    @Test
    void rejectionAfterMandateFundingStillLeadsToTheHandover() {
        Intervention i = decided(urgent(5_500), regular(250_000));
        i = i.markDebited(i.pendingDebit()).awaitApproval().conclude(Status.REJECTED);
        assertEquals(Status.HANDOVER_PENDING, i.status());
        assertEquals(List.of(MANDAAT, AFGEWEZEN), decisions(i));
        assertEquals(5_500, i.totals().debitedCents());
    }

    @Test
    void escalationThenExpiryEndsExpired() {
        Intervention i = decided(regular(250_000)).awaitApproval().escalate().conclude(Status.EXPIRED);
        assertEquals(Status.EXPIRED, i.status());
        assertEquals(List.of(AFGEWEZEN), decisions(i));
    }

    @Test
    void expiryOfAFirstTaskAtExecutiveLevelEndsExpiredWithoutEscalation() {
        assertEquals(Status.EXPIRED, decided(regular(2_000_000)).awaitApproval().conclude(Status.EXPIRED).status());
    }

    @Test
    void escalatedApprovalIsFunded() {
        Intervention i = decided(regular(250_000)).awaitApproval().escalate().approve();
        i = i.markDebited(i.pendingDebit());
        assertEquals(Status.FUNDED, i.status());
    }

    @Test
    void withdrawalEndsWithdrawnOrGoesToHandoverWhenSomethingWasFunded() {
        assertEquals(Status.WITHDRAWN, decided(regular(250_000)).awaitApproval().conclude(Status.WITHDRAWN).status());
        Intervention partly = decided(urgent(100_000), regular(1));
        partly = partly.markDebited(partly.pendingDebit()).awaitApproval().conclude(Status.WITHDRAWN);
        assertEquals(Status.HANDOVER_PENDING, partly.status());
        assertEquals(List.of(MANDAAT, AFGEWEZEN), decisions(partly));
    }

    @Test
    void insufficientBudgetForTheMandatePartEndsTheIntervention() {
        Intervention i = decided(urgent(5_500), regular(250_000)).conclude(Status.INSUFFICIENT_BUDGET);
        assertEquals(Status.INSUFFICIENT_BUDGET, i.status());
        assertEquals(List.of(GEEN_BUDGET, GEEN_BUDGET), decisions(i));
        assertEquals(0, i.totals().debitedCents());
    }

    @Test
    void insufficientBudgetForTheApprovedRemainderKeepsTheMandatePartAndHandsOver() {
        Intervention i = decided(urgent(5_500), regular(250_000));
        i = i.markDebited(i.pendingDebit()).awaitApproval().approve().conclude(Status.INSUFFICIENT_BUDGET);
        assertEquals(Status.HANDOVER_PENDING, i.status());
        assertEquals(List.of(MANDAAT, GEEN_BUDGET), decisions(i));
        assertEquals(new Totals(255_500, 5_500, 0, 5_500), i.totals());
    }

    @ParameterizedTest
    @EnumSource(value = Status.class, names = {"REGISTERED", "FUNDED", "HANDOVER_PENDING", "FOLLOW_UP", "CLOSED", "ESCALATED", "AWAITING_APPROVAL"})
    void onlyRejectionExpiryWithdrawalAndShortageConclude(Status notAnOutcome) {
        Intervention i = decided(regular(1)).awaitApproval();
        assertThrows(IllegalArgumentException.class, () -> i.conclude(notAnOutcome));
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        Intervention registered = decided(regular(1));
        assertThrows(IllegalTransitionException.class, () -> registered.conclude(Status.REJECTED));
        assertThrows(IllegalTransitionException.class, registered::approve);
        assertThrows(IllegalTransitionException.class, registered::escalate);
        assertThrows(IllegalTransitionException.class, registered::followUp);
        Intervention rejected = registered.awaitApproval().conclude(Status.REJECTED);
        assertThrows(IllegalTransitionException.class, rejected::approve);
        assertThrows(IllegalTransitionException.class, rejected::handoverPending);
        assertThrows(IllegalTransitionException.class, () -> rejected.applyMandate(MandateRule.decide(rejected.measures(), LIMIT, 0)));
        Intervention escalated = registered.awaitApproval().escalate();
        assertEquals(escalated, escalated.escalate(), "a repeated escalation task is a no-op (at-least-once)");
        assertThrows(IllegalTransitionException.class, escalated::awaitApproval);
        assertThrows(IllegalTransitionException.class, escalated.conclude(Status.REJECTED)::escalate);
    }

    @Test
    void registrationFromARequestStartsWithOpenMeasures() {
        InterventionRequest request = InterventionRequest.parse(Fixtures.interventionBody(), Fixtures.budget());
        Intervention i = Intervention.register("INT-2", "GM9999", "zm-anna", Fixtures.NOW, request);
        assertEquals(Status.REGISTERED, i.status());
        assertEquals(3, i.measures().size());
        assertTrue(i.measures().stream().allMatch(m -> m.decision() == MeasureDecision.OPEN && !m.debited()));
        assertEquals("zm-2026", i.budgetId());
        assertEquals(325_500, i.totals().requestedCents());
    }

    @Test
    void onlyDecidedMeasuresCanBeDebited() {
        assertThrows(IllegalArgumentException.class, () -> new Measure(MeasureCategory.ZORG, "x", 1, true, MeasureDecision.OPEN, true));
        assertThrows(IllegalArgumentException.class, () -> Measure.requested(MeasureCategory.ZORG, "x", 0, true));
    }

    @Test
    void handoverWithConsentKeepsDetailsWithoutConsentOnlyTheOffer() {
        HandoverRecord with = HandoverRecord.confirm(true, "Wijkteam Noord", "Warme overdracht aan J.", "zm-anna", Fixtures.NOW);
        assertEquals(HandoverRecord.Kind.OVERGEDRAGEN, with.kind());
        assertEquals("Warme overdracht aan J.", with.note());
        HandoverRecord without = HandoverRecord.confirm(false, "Wijkteam Noord", "Warme overdracht aan J.", "zm-anna", Fixtures.NOW);
        assertEquals(HandoverRecord.Kind.WARM_AANGEBODEN, without.kind());
        assertEquals("Wijkteam Noord", without.organisation());
        assertEquals(null, without.note());
    }
}
