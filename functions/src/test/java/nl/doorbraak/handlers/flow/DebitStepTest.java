package nl.doorbraak.handlers.flow;

import nl.doorbraak.domain.ApprovalDecision;
import nl.doorbraak.domain.ApprovalLevel;
import nl.doorbraak.domain.LedgerBasis;
import nl.doorbraak.domain.Measure;
import nl.doorbraak.domain.MeasureCategory;
import nl.doorbraak.domain.MeasureDecision;
import nl.doorbraak.store.ApprovalRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DebitStepTest {

    static Measure measure(MeasureDecision d) {
        return new Measure(MeasureCategory.VERVOER, "Trein", 100, true, d, false);
    }

    @Test
    void theBasisOfALedgerLine() {
        ApprovalRecord approved = ApprovalRecord.planned(ApprovalLevel.APPROVER, 100, Instant.EPOCH, false, "t")
                .decided(ApprovalDecision.APPROVE, "ap-1", "Carla", null, Instant.EPOCH);
        ApprovalRecord escalated = ApprovalRecord.planned(ApprovalLevel.EXECUTIVE, 100, Instant.EPOCH, true, "t");
        assertEquals(LedgerBasis.MANDAAT, DebitStep.basis(measure(MeasureDecision.MANDAAT), approved));
        assertEquals(LedgerBasis.GOEDKEURING, DebitStep.basis(measure(MeasureDecision.GOEDGEKEURD), approved));
        assertEquals(LedgerBasis.ESCALATIE, DebitStep.basis(measure(MeasureDecision.GOEDGEKEURD), escalated));
    }

    @Test
    void theApprovalPlanAlwaysCarriesPositiveTimeouts() {
        Map<String, Object> plan = PlanWire.approval(true, false, false, ApprovalLevel.APPROVER, 100, Instant.EPOCH, 4 * 3600);
        assertEquals(14_400L, plan.get("timeoutSeconds"));
        assertEquals(7_200L, plan.get("reminderSeconds"));
        assertEquals(7_200L, plan.get("remainingSeconds"));
        Map<String, Object> none = PlanWire.approval(false, false, false, null, 0, null, 0);
        assertEquals(1L, none.get("reminderSeconds"));
        assertEquals(1L, none.get("remainingSeconds"));
        Map<String, Object> odd = PlanWire.approval(true, false, false, ApprovalLevel.APPROVER, 1, Instant.EPOCH, 3);
        assertEquals(3L, (long) odd.get("reminderSeconds") + (long) odd.get("remainingSeconds"));
    }

    @Test
    void theStepsTimeIsTheStateMachinesWhenGiven() {
        FlowContext ctx = new FlowContext(null, null, Notifier.OUTBOX, java.time.Clock.fixed(Instant.EPOCH, java.time.ZoneOffset.UTC));
        assertEquals(Instant.parse("2026-03-01T10:00:00.123Z"), ctx.now(Map.of("now", "2026-03-01T10:00:00.123Z")));
        assertEquals(Instant.EPOCH, ctx.now(Map.of()));
    }

    @Test
    void notificationsCarryIdsOnly() {
        String json = new Notification(Notification.APPROVAL_REQUESTED, "GM9999", "approver", "INT-1", "INT-1-A1").toJson();
        assertEquals("{\"type\":\"APPROVAL_REQUESTED\",\"tenant\":\"GM9999\",\"audience\":\"approver\",\"interventionId\":\"INT-1\",\"taskId\":\"INT-1-A1\"}", json);
    }
}
