package nl.doorbraak.handlers.flow;

import nl.doorbraak.domain.ApprovalLevel;
import nl.doorbraak.domain.ApprovalPolicy;
import nl.doorbraak.domain.ApprovalPolicy.DeadlineOutcome;
import nl.doorbraak.domain.Budget;
import nl.doorbraak.domain.Status;
import nl.doorbraak.domain.TaskState;
import nl.doorbraak.store.ApprovalRecord;
import nl.doorbraak.store.InterventionRecord;
import nl.doorbraak.store.TaskRecord;
import nl.doorbraak.store.TaskStore;

import java.time.Instant;
import java.util.Map;

/**
 * Task EscalateApproval, after the deadline of the task at {@code level} passed: the task is closed as ESCALATED
 * (a late decision on it answers 409) and a plan for the executive with a fresh period is returned; at the
 * executive level the task is closed as EXPIRED and the plan says {@code expired}. If a decision or withdrawal beat
 * the deadline, nothing escalates: the plan stays at the same level and the next AwaitApproval completes at once
 * with the recorded outcome.
 */
public final class EscalateStep {

    private final FlowContext ctx;

    public EscalateStep(FlowContext ctx) {
        this.ctx = ctx;
    }

    public Map<String, Object> run(Map<String, Object> input) {
        String tenant = FlowContext.text(input, "tenant");
        String id = FlowContext.text(input, "interventionId");
        ApprovalLevel level = ApprovalLevel.valueOf(FlowContext.text(input, "level"));
        Instant now = ctx.now(input);
        InterventionRecord record = ctx.stores().interventions().require(tenant, id);
        ApprovalRecord approval = record.approval();
        Budget budget = ctx.stores().budgets().get(tenant, record.intervention().budgetId()).orElseThrow();
        DeadlineOutcome outcome = ApprovalPolicy.onDeadlinePassed(level, record.intervention().urgency(),
                budget.approvalHours(), now);
        String taskId = TaskRecord.approvalTaskId(id, level);
        TaskState closedAs = outcome instanceof DeadlineOutcome.Escalate ? TaskState.ESCALATED : TaskState.EXPIRED;
        TaskStore.Closing closing = ctx.stores().tasks().close(tenant, taskId, closedAs, "DEADLINE", FlowContext.SYSTEM, now);
        if (closing instanceof TaskStore.Closing.NotOpen notOpen && notOpen.task() != null
                && (notOpen.task().state() == TaskState.DONE || notOpen.task().state() == TaskState.WITHDRAWN)) {
            return PlanWire.approval(true, false, approval.escalated(), level, approval.amountCents(),
                    approval.deadline(), PlanWire.MIN_SECONDS * 60);
        }
        return switch (outcome) {
            case DeadlineOutcome.Escalate e -> {
                String next = TaskRecord.approvalTaskId(id, e.level());
                ctx.stores().interventions().update(tenant, id, r -> r.intervention().status().isAwaitingDecision()
                        ? r.with(r.intervention().escalate()).withApproval(ApprovalRecord.planned(e.level(),
                        approval.amountCents(), e.deadline(), true, next)) : r);
                ctx.audit(tenant, id, now, Status.ESCALATED.name(), e.level().name());
                yield PlanWire.approval(true, false, true, e.level(), approval.amountCents(), e.deadline(),
                        e.timeoutSeconds());
            }
            // the deadline that passed, not null: Lambda's serializer drops null fields, and the state machine's
            // ResultSelector needs $.Payload.deadline to exist
            case DeadlineOutcome.Expire x -> PlanWire.approval(false, true, approval.escalated(), level,
                    approval.amountCents(), approval.deadline(), 0);
        };
    }
}
