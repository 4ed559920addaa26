package nl.doorbraak.handlers.flow;

import nl.doorbraak.domain.Status;
import nl.doorbraak.domain.TaskState;
import nl.doorbraak.store.InterventionRecord;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tasks Conclude and CloseIntervention: the approval stage ends without (further) funding ({@code REJECTED},
 * {@code EXPIRED}, {@code WITHDRAWN}, {@code INSUFFICIENT_BUDGET}): the intervention ends in that status, or goes on
 * to the handover when something was funded already; or ({@code CLOSED}) the follow-up was recorded and the
 * intervention closes. Repeating it changes nothing.
 */
public final class FinishStep {

    private final FlowContext ctx;

    public FinishStep(FlowContext ctx) {
        this.ctx = ctx;
    }

    public Map<String, Object> run(Map<String, Object> input) {
        String tenant = FlowContext.text(input, "tenant");
        String id = FlowContext.text(input, "interventionId");
        Status outcome = Status.valueOf(FlowContext.text(input, "outcome"));
        Instant now = ctx.now(input);
        InterventionRecord before = ctx.stores().interventions().require(tenant, id);
        InterventionRecord after;
        if (outcome == Status.CLOSED) {
            after = ctx.stores().interventions().update(tenant, id, r -> r.with(r.intervention().close()));
        } else {
            after = ctx.stores().interventions().update(tenant, id, r -> r.intervention().status().isAwaitingDecision()
                    || r.intervention().status() == Status.REGISTERED ? r.with(r.intervention().conclude(outcome)) : r);
            // a task still open at this level has no decision to wait for any more
            if (after.approval() != null && after.approval().taskId() != null) {
                ctx.stores().tasks().close(tenant, after.approval().taskId(),
                        outcome == Status.WITHDRAWN ? TaskState.WITHDRAWN : TaskState.EXPIRED, outcome.name(),
                        FlowContext.SYSTEM, now);
            }
        }
        Status status = after.intervention().status();
        if (status != before.intervention().status()) {
            boolean decisionLogged = outcome == Status.REJECTED || outcome == Status.WITHDRAWN;
            ctx.audit(tenant, id, now, decisionLogged ? "STATUS_CHANGED" : outcome.name(), status.name());
            if (outcome != Status.CLOSED) {
                ctx.notifier().send(new Notification(Notification.DECIDED, tenant, "zorgmarinier", id,
                        null));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", status.name());
        out.put("handoverRequired", status == Status.HANDOVER_PENDING);
        return out;
    }
}
