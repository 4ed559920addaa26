package nl.doorbraak.handlers.flow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.domain.ApprovalLevel;
import nl.doorbraak.domain.Intervention;
import nl.doorbraak.domain.Json;
import nl.doorbraak.domain.Status;
import nl.doorbraak.domain.TaskKind;
import nl.doorbraak.domain.TaskState;
import nl.doorbraak.store.ApprovalRecord;
import nl.doorbraak.store.InterventionRecord;
import nl.doorbraak.store.TaskRecord;
import nl.doorbraak.store.TaskStore;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code .waitForTaskToken} tasks (AwaitApproval, AwaitApprovalAfterReminder, AwaitHandover,
 * AwaitOverdueHandover, AwaitFollowUp): stores the task with its token so the API can complete it, sets the status
 * and notifies. Phase {@code NEW} opens the task; {@code REMINDER} and {@code OVERDUE} give the same task a fresh
 * token (the first wait timed out) and notify again. When the task was completed already (a decision or withdrawal
 * that raced the timeout), the new token is completed at once with the recorded outcome: nothing is lost.
 */
public final class CreateTaskStep {

    private final FlowContext ctx;

    public CreateTaskStep(FlowContext ctx) {
        this.ctx = ctx;
    }

    public Map<String, Object> run(Map<String, Object> input) {
        String tenant = FlowContext.text(input, "tenant");
        String id = FlowContext.text(input, "interventionId");
        TaskKind kind = TaskKind.valueOf(FlowContext.text(input, "kind"));
        String phase = String.valueOf(input.getOrDefault("phase", "NEW"));
        String token = FlowContext.text(input, "taskToken");
        Instant now = ctx.now(input);
        InterventionRecord record = ctx.stores().interventions().require(tenant, id);
        return switch (kind) {
            case APPROVAL -> approval(record, input, phase, token, now);
            case HANDOVER -> handover(record, phase, token, now);
            case FOLLOW_UP -> followUp(record, token, now);
        };
    }

    private Map<String, Object> approval(InterventionRecord record, Map<String, Object> input, String phase,
                                         String token, Instant now) {
        String tenant = record.tenant();
        String id = record.interventionId();
        ApprovalRecord approval = record.approval();
        ApprovalLevel level = input.get("level") != null ? ApprovalLevel.valueOf(input.get("level").toString())
                : approval.level();
        String taskId = TaskRecord.approvalTaskId(id, level);
        if (record.withdrawal() != null) {
            // withdrawn while no task was open (between an escalation and the new task)
            complete(token, "WITHDRAW");
            return Map.of("taskId", taskId);
        }
        Optional<TaskRecord> existing = ctx.stores().tasks().get(tenant, taskId);
        Intervention i = record.intervention();
        TaskRecord task = existing.orElse(new TaskRecord(tenant, taskId, TaskKind.APPROVAL, id, level, i.urgency(),
                approval == null ? i.totals().requestedCents() : approval.amountCents(), i.createdBy(),
                record.createdByName(), now, approval == null ? null : approval.deadline(), TaskState.OPEN, null, null,
                null));
        if (existing.isEmpty() && record.intervention().status() == Status.REGISTERED) {
            // the status first: whoever sees the task open sees the intervention awaiting approval
            ctx.stores().interventions().update(tenant, id, r -> r.intervention().status() == Status.REGISTERED
                    ? r.with(r.intervention().awaitApproval()) : r);
            ctx.audit(tenant, id, now, Status.AWAITING_APPROVAL.name(), null);
        }
        if (finishedAlready(task, token, existing.isPresent())) {
            return Map.of("taskId", taskId);
        }
        if (existing.isEmpty()) {
            ctx.audit(tenant, id, now, "APPROVAL_REQUESTED", level.name());
        }
        InterventionRecord latest = ctx.stores().interventions().require(tenant, id);
        if (latest.withdrawal() != null) {
            // withdrawn while the task was being opened: close it and complete with the withdrawal
            TaskStore.Closing closing = ctx.stores().tasks().close(tenant, taskId, TaskState.WITHDRAWN, "WITHDRAW",
                    latest.withdrawal().withdrawnBy(), now);
            if (closing instanceof TaskStore.Closing.Closed) {
                complete(token, "WITHDRAW");
            }
            return Map.of("taskId", taskId);
        }
        ctx.notifier().send(new Notification("REMINDER".equals(phase) ? Notification.APPROVAL_REMINDER
                : Notification.APPROVAL_REQUESTED, tenant, level.decidingRole().group(), id, taskId));
        return Map.of("taskId", taskId);
    }

    private Map<String, Object> handover(InterventionRecord record, String phase, String token, Instant now) {
        String tenant = record.tenant();
        String id = record.interventionId();
        String taskId = TaskRecord.taskId(id, TaskKind.HANDOVER);
        Optional<TaskRecord> existing = ctx.stores().tasks().get(tenant, taskId);
        Intervention i = record.intervention();
        TaskRecord task = existing.orElse(new TaskRecord(tenant, taskId, TaskKind.HANDOVER, id, null, i.urgency(), 0,
                i.createdBy(), record.createdByName(), now, now.plus(Duration.ofDays(i.handover().dueInDays())),
                TaskState.OPEN, null, null, null));
        if (finishedAlready(task, token, existing.isPresent())) {
            return Map.of("taskId", taskId);
        }
        if (existing.isEmpty()) {
            InterventionRecord before = record;
            ctx.stores().interventions().update(tenant, id, r -> r.with(r.intervention().handoverPending()));
            if (before.intervention().status() != Status.HANDOVER_PENDING) {
                ctx.audit(tenant, id, now, Status.HANDOVER_PENDING.name(), null);
            }
        }
        if ("OVERDUE".equals(phase)) {
            ctx.notifier().send(new Notification(Notification.HANDOVER_OVERDUE, tenant, "zorgmarinier", id, taskId));
        }
        return Map.of("taskId", taskId);
    }

    private Map<String, Object> followUp(InterventionRecord record, String token, Instant now) {
        String tenant = record.tenant();
        String id = record.interventionId();
        String taskId = TaskRecord.taskId(id, TaskKind.FOLLOW_UP);
        Optional<TaskRecord> existing = ctx.stores().tasks().get(tenant, taskId);
        Intervention i = record.intervention();
        TaskRecord task = existing.orElse(new TaskRecord(tenant, taskId, TaskKind.FOLLOW_UP, id, null, i.urgency(), 0,
                i.createdBy(), record.createdByName(), now, null, TaskState.OPEN, null, null, null));
        if (finishedAlready(task, token, existing.isPresent())) {
            return Map.of("taskId", taskId);
        }
        if (existing.isEmpty()) {
            ctx.audit(tenant, id, now, "FOLLOW_UP_DUE", null);
            ctx.notifier().send(new Notification(Notification.FOLLOW_UP_DUE, tenant, "zorgmarinier", id, taskId));
        }
        return Map.of("taskId", taskId);
    }

    /**
     * Opens {@code task} with {@code token}; when it had been completed before, completes the token with the
     * recorded outcome instead and answers true.
     */
    private boolean finishedAlready(TaskRecord task, String token, boolean existed) {
        if (existed && !task.isOpen()) {
            complete(token, task.outcome());
            return true;
        }
        TaskStore tasks = ctx.stores().tasks();
        Optional<TaskRecord> completed = tasks.open(task, token);
        if (completed.isPresent()) {
            complete(token, completed.get().outcome());
            return true;
        }
        return false;
    }

    private void complete(String token, String outcome) {
        ObjectNode output = Json.mapper().createObjectNode().put("decision", outcome == null ? "DONE" : outcome);
        ctx.workflow().complete(token, output);
    }
}
