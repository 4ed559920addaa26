package nl.doorbraak.handlers.api;

import nl.doorbraak.domain.Status;
import nl.doorbraak.handlers.flow.FlowContext;

import java.util.Set;

/**
 * After a decision or withdrawal the workflow moves on within moments; the API waits briefly for that so its answer
 * shows the resulting status. It never waits long: a slow workflow still answers with the status at that moment.
 */
final class StatusWait {

    static final long MAX_WAIT_MILLIS = 3000;
    /** For a task about to be opened (a cold workflow function may take seconds); well within the API's timeout. */
    static final long MAX_TASK_WAIT_MILLIS = 10_000;

    private StatusWait() {
    }

    /**
     * The task; when it is not there yet but its intervention is still on its way to it (registered, its approval
     * planned under this task id), waits briefly for the workflow to open it.
     */
    static java.util.Optional<nl.doorbraak.store.TaskRecord> task(FlowContext ctx, String tenant, String taskId) {
        var task = ctx.stores().tasks().get(tenant, taskId);
        int dash = taskId.lastIndexOf('-');
        if (task.isPresent() || dash <= 0) {
            return task;
        }
        var intervention = ctx.stores().interventions().get(tenant, taskId.substring(0, dash));
        if (intervention.isEmpty() || intervention.get().approval() == null
                || !taskId.equals(intervention.get().approval().taskId())
                || intervention.get().intervention().status().isFinal()) {
            return task;
        }
        long until = System.nanoTime() + MAX_TASK_WAIT_MILLIS * 1_000_000;
        while (task.isEmpty() && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            task = ctx.stores().tasks().get(tenant, taskId);
        }
        return task;
    }

    static Status await(FlowContext ctx, String tenant, String interventionId, Status... waiting) {
        return await(ctx, tenant, interventionId, MAX_WAIT_MILLIS, waiting);
    }

    /** As {@link #await(FlowContext, String, String, Status...)}, for a step a cold workflow function may delay. */
    static Status awaitLonger(FlowContext ctx, String tenant, String interventionId, Status... waiting) {
        return await(ctx, tenant, interventionId, MAX_TASK_WAIT_MILLIS, waiting);
    }

    private static Status await(FlowContext ctx, String tenant, String interventionId, long maxMillis, Status... waiting) {
        Set<Status> stay = Set.of(waiting);
        long until = System.nanoTime() + maxMillis * 1_000_000;
        Status status;
        while (true) {
            status = ctx.stores().interventions().require(tenant, interventionId).intervention().status();
            if (!stay.contains(status) || System.nanoTime() > until) {
                return status;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return status;
            }
        }
    }
}
