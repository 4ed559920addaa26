package nl.doorbraak.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static nl.doorbraak.domain.Fixtures.NOW;
import static nl.doorbraak.domain.Fixtures.budget;
import static nl.doorbraak.domain.Fixtures.intervention;
import static nl.doorbraak.domain.Fixtures.regular;
import static nl.doorbraak.domain.Fixtures.urgent;
import static org.junit.jupiter.api.Assertions.assertEquals;

class WorkflowPlanTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> approval(Map<String, Object> plan) {
        return (Map<String, Object>) plan.get("approval");
    }

    @Test
    void mandateOnlyPlanNeedsNoApproval() {
        Intervention i = intervention(List.of(urgent(5_500), urgent(70_000)));
        MandateDecision d = MandateRule.decide(i.measures(), budget().mandateLimitCents(), 0);
        Map<String, Object> plan = WorkflowPlan.of(i, d, budget(), NOW, WorkflowPlan.DEFAULT_AUDIT_RETENTION).toMap();
        assertEquals(Map.of("amountCents", 75_500L, "measures", List.of(0, 1)), plan.get("mandate"));
        assertEquals(false, approval(plan).get("required"));
        assertEquals(Map.of("dueSeconds", 7 * 86_400L), plan.get("handover"));
        assertEquals(Map.of("waitSeconds", 14 * 86_400L), plan.get("followUp"));
        assertEquals(Map.of("expiresAt", Long.toString(NOW.plus(Duration.ofDays(2562)).getEpochSecond())), plan.get("audit"));
    }

    @Test
    void approvalPlanSplitsThePeriodForTheReminder() {
        Intervention i = intervention(List.of(urgent(5_500), regular(1_000_001)));
        MandateDecision d = MandateRule.decide(i.measures(), budget().mandateLimitCents(), 0);
        Map<String, Object> a = approval(WorkflowPlan.of(i, d, budget(), NOW, Duration.ofDays(1)).toMap());
        assertEquals(true, a.get("required"));
        assertEquals(false, a.get("expired"));
        assertEquals(false, a.get("escalated"));
        assertEquals("EXECUTIVE", a.get("level"));
        assertEquals(1_000_001L, a.get("amountCents"));
        assertEquals("2026-11-29T03:05:00Z", a.get("deadline"));
        assertEquals(14_400L, a.get("timeoutSeconds"));
        assertEquals(7_200L, a.get("reminderSeconds"));
        assertEquals(7_200L, a.get("remainingSeconds"));
    }

    @Test
    void escalatedAndExpiredShapes() {
        var escalate = (ApprovalPolicy.DeadlineOutcome.Escalate) ApprovalPolicy.onDeadlinePassed(
                ApprovalLevel.APPROVER, Urgency.URGENT, new ApprovalHours(4, 3, 72), NOW);
        Map<String, Object> a = ApprovalPolicy.ApprovalPlan.escalated(escalate, 250_000).toMap();
        assertEquals("EXECUTIVE", a.get("level"));
        assertEquals(true, a.get("escalated"));
        assertEquals(10_800L, a.get("timeoutSeconds"));
        assertEquals(5_400L, a.get("reminderSeconds"));
        assertEquals(5_400L, a.get("remainingSeconds"));
        Map<String, Object> expired = ApprovalPolicy.ApprovalPlan.expiredMap(ApprovalLevel.EXECUTIVE, 250_000);
        assertEquals(true, expired.get("expired"));
        assertEquals(false, expired.get("required"));
        assertEquals(a.keySet(), expired.keySet());
    }
}
