package nl.doorbraak.domain;

import nl.doorbraak.domain.ApprovalPolicy.ApprovalPlan;
import nl.doorbraak.domain.ApprovalPolicy.DeadlineOutcome;
import nl.doorbraak.domain.ApprovalPolicy.DecisionCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static nl.doorbraak.domain.Fixtures.NOW;
import static nl.doorbraak.domain.Fixtures.budget;
import static nl.doorbraak.domain.Fixtures.regular;
import static nl.doorbraak.domain.Fixtures.urgent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApprovalPolicyTest {

    @Test
    void amountExactlyAtTheApproverLimitIsForTheApprover() {
        assertEquals(ApprovalLevel.APPROVER, ApprovalPolicy.levelFor(1_000_000, budget()));
        assertEquals(ApprovalLevel.APPROVER, ApprovalPolicy.levelFor(999_999, budget()));
    }

    @Test
    void oneCentAboveTheApproverLimitGoesToTheExecutive() {
        assertEquals(ApprovalLevel.EXECUTIVE, ApprovalPolicy.levelFor(1_000_001, budget()));
    }

    @ParameterizedTest(name = "{0}: deadline after {1} h")
    @CsvSource({"ACUUT,4", "URGENT,24", "REGULIER,72"})
    void deadlineFollowsUrgency(Urgency urgency, int hours) {
        MandateDecision mandate = MandateRule.decide(List.of(regular(50_000)), 100_000, 0);
        ApprovalPlan plan = ApprovalPolicy.plan(mandate, budget(), urgency, NOW);
        assertTrue(plan.required());
        assertEquals(ApprovalLevel.APPROVER, plan.level());
        assertEquals(50_000, plan.amountCents());
        assertEquals(NOW.plus(Duration.ofHours(hours)), plan.deadline());
        assertEquals(hours * 3600L, plan.timeoutSeconds());
        assertFalse(plan.escalated());
    }

    @Test
    void deadlinesAreConfigurablePerBudget() {
        Budget fast = new Budget("b", "GM9999", "n", 2026, 1_000_000, 1_000_000, 0, 500_000, "1", "2", new ApprovalHours(1, 2, 3));
        MandateDecision mandate = MandateRule.decide(List.of(urgent(600_000)), 0, 0);
        ApprovalPlan plan = ApprovalPolicy.plan(mandate, fast, Urgency.REGULIER, NOW);
        assertEquals(ApprovalLevel.EXECUTIVE, plan.level());
        assertEquals(NOW.plus(Duration.ofHours(3)), plan.deadline());
        assertEquals(10_800, plan.timeoutSeconds());
    }

    @Test
    void noApprovalStepWhenEverythingFallsWithinTheMandate() {
        MandateDecision mandate = MandateRule.decide(List.of(urgent(100_000)), 100_000, 0);
        assertSame(ApprovalPlan.NOT_REQUIRED, ApprovalPolicy.plan(mandate, budget(), Urgency.ACUUT, NOW));
    }

    @Test
    void approverDeadlinePassingEscalatesToTheExecutiveWithAFreshPeriodFromTheEscalation() {
        Instant escalatedAt = NOW.plus(Duration.ofHours(4));
        DeadlineOutcome outcome = ApprovalPolicy.onDeadlinePassed(ApprovalLevel.APPROVER, Urgency.ACUUT, ApprovalHours.DEFAULT, escalatedAt);
        DeadlineOutcome.Escalate escalate = assertInstanceOf(DeadlineOutcome.Escalate.class, outcome);
        assertEquals(ApprovalLevel.EXECUTIVE, escalate.level());
        assertEquals(escalatedAt.plus(Duration.ofHours(4)), escalate.deadline());
        assertEquals(14_400, escalate.timeoutSeconds());
    }

    @Test
    void executiveDeadlinePassingExpiresTheRequest() {
        assertInstanceOf(DeadlineOutcome.Expire.class,
                ApprovalPolicy.onDeadlinePassed(ApprovalLevel.EXECUTIVE, Urgency.REGULIER, ApprovalHours.DEFAULT, NOW));
        assertTrue(ApprovalLevel.EXECUTIVE.escalation().isEmpty());
        assertEquals(ApprovalLevel.EXECUTIVE, ApprovalLevel.APPROVER.escalation().orElseThrow());
    }

    private static ApprovalTask task(ApprovalLevel level, TaskState state) {
        return new ApprovalTask("INT-1-A1", "GM9999", "INT-1", level, Urgency.ACUUT, 250_000, "zm-anna", NOW,
                NOW.plus(Duration.ofHours(4)), state);
    }

    private static Caller caller(String sub, Role... roles) {
        return new Caller(sub, sub, "GM9999", Set.of(roles));
    }

    @Test
    void anApproverMayDecideSomeoneElsesOpenRequestAtTheirLevel() {
        assertEquals(DecisionCheck.ALLOWED, ApprovalPolicy.check(caller("ap-bert", Role.APPROVER), task(ApprovalLevel.APPROVER, TaskState.OPEN)));
        assertEquals(DecisionCheck.ALLOWED, ApprovalPolicy.check(caller("wh-carla", Role.EXECUTIVE), task(ApprovalLevel.EXECUTIVE, TaskState.OPEN)));
    }

    @Test
    void fourEyesNobodyDecidesTheirOwnRequestEvenWithTheRightRole() {
        DecisionCheck check = ApprovalPolicy.check(caller("zm-anna", Role.ZORGMARINIER, Role.APPROVER), task(ApprovalLevel.APPROVER, TaskState.OPEN));
        assertEquals(DecisionCheck.OWN_REQUEST, check);
        assertEquals(403, check.httpStatus());
        assertEquals("U kunt niet beslissen over uw eigen aanvraag (vier-ogenprincipe).", check.dutchMessage());
    }

    @Test
    void theWrongLevelMayNotDecide() {
        assertEquals(DecisionCheck.WRONG_LEVEL, ApprovalPolicy.check(caller("wh-carla", Role.EXECUTIVE), task(ApprovalLevel.APPROVER, TaskState.OPEN)));
        assertEquals(DecisionCheck.WRONG_LEVEL, ApprovalPolicy.check(caller("ap-bert", Role.APPROVER), task(ApprovalLevel.EXECUTIVE, TaskState.OPEN)));
        assertEquals(DecisionCheck.WRONG_LEVEL, ApprovalPolicy.check(caller("fin-dirk", Role.FINANCE, Role.AUDITOR), task(ApprovalLevel.APPROVER, TaskState.OPEN)));
        assertEquals("Deze aanvraag ligt bij een ander beslisniveau.", DecisionCheck.WRONG_LEVEL.dutchMessage());
    }

    @Test
    void aTaskNoLongerOpenAnswersConflictButForbiddenComesFirst() {
        for (TaskState state : TaskState.values()) {
            if (state == TaskState.OPEN) {
                continue;
            }
            DecisionCheck check = ApprovalPolicy.check(caller("ap-bert", Role.APPROVER), task(ApprovalLevel.APPROVER, state));
            assertEquals(DecisionCheck.NOT_OPEN, check, state.name());
            assertEquals(409, check.httpStatus());
            assertEquals(DecisionCheck.OWN_REQUEST, ApprovalPolicy.check(caller("zm-anna", Role.APPROVER), task(ApprovalLevel.APPROVER, state)));
            assertEquals(DecisionCheck.WRONG_LEVEL, ApprovalPolicy.check(caller("wh-carla", Role.EXECUTIVE), task(ApprovalLevel.APPROVER, state)));
        }
        assertEquals("Over deze aanvraag is al beslist of de termijn is verlopen.", DecisionCheck.NOT_OPEN.dutchMessage());
    }

    @Test
    void reminderMomentIsHalfThePeriod() {
        ApprovalTask t = task(ApprovalLevel.APPROVER, TaskState.OPEN);
        assertFalse(t.halfTimePassed(NOW.plus(Duration.ofMinutes(119))));
        assertTrue(t.halfTimePassed(NOW.plus(Duration.ofMinutes(120))));
    }
}
