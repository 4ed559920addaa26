package nl.doorbraak.handlers.flow;

import nl.doorbraak.domain.ApprovalPolicy;
import nl.doorbraak.domain.Budget;
import nl.doorbraak.domain.Intervention;
import nl.doorbraak.domain.MandateDecision;
import nl.doorbraak.domain.MandateRule;
import nl.doorbraak.domain.Money;
import nl.doorbraak.domain.Status;
import nl.doorbraak.store.ApprovalRecord;
import nl.doorbraak.store.InterventionRecord;
import nl.doorbraak.store.TaskRecord;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Task Register: applies the mandate rule (what the same pseudonym received within the mandate in the last 30 days
 * counts) and plans the approval step, the handover and the follow-up ({@code $.plan}).
 */
public final class RegisterStep {

    private final FlowContext ctx;

    public RegisterStep(FlowContext ctx) {
        this.ctx = ctx;
    }

    public Map<String, Object> run(Map<String, Object> input) {
        String tenant = FlowContext.text(input, "tenant");
        String id = FlowContext.text(input, "interventionId");
        Instant now = ctx.now(input);
        InterventionRecord current = ctx.stores().interventions().require(tenant, id);
        Intervention intervention = current.intervention();
        Budget budget = ctx.stores().budgets().get(tenant, intervention.budgetId())
                .orElseThrow(() -> new IllegalStateException("budget " + intervention.budgetId() + " is gone"));
        long used = MandateRule.usedWithin(ctx.stores().interventions()
                .mandateUses(tenant, intervention.client().pseudonym(), now, id), now);
        MandateDecision mandate = MandateRule.decide(intervention.measures(), budget.mandateLimitCents(), used);
        ApprovalPolicy.ApprovalPlan plan = ApprovalPolicy.plan(mandate, budget, intervention.urgency(), now);

        InterventionRecord stored = ctx.stores().interventions().update(tenant, id, r -> {
            if (r.intervention().status() != Status.REGISTERED || r.intervention().anyFunded()) {
                return r; // a repeated Register after the workflow moved on changes nothing
            }
            InterventionRecord next = r.with(r.intervention().applyMandate(mandate));
            return plan.required()
                    ? next.withApproval(ApprovalRecord.planned(plan.level(), plan.amountCents(), plan.deadline(), false,
                    TaskRecord.approvalTaskId(id, plan.level())))
                    : next.withApproval(null);
        });
        if (stored.version() != current.version()) {
            ctx.audit(tenant, id, now, "MANDATE_DECIDED", "mandaat " + Money.format(mandate.mandateCents())
                    + (plan.required() ? "; goedkeuring " + Money.format(plan.amountCents()) + " (" + plan.level() + ")" : ""));
        }

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mandate", Map.of("amountCents", mandate.mandateCents(), "measures", List.copyOf(mandate.mandateIndexes())));
        out.put("approval", PlanWire.approval(plan.required(), false, false, plan.level(), plan.amountCents(),
                plan.deadline(), plan.timeoutSeconds()));
        out.put("handover", Map.of("dueSeconds", Duration.ofDays(intervention.handover().dueInDays()).toSeconds()));
        out.put("followUp", Map.of("waitSeconds", Duration.ofDays(intervention.followUpDays()).toSeconds()));
        out.put("audit", Map.of("expiresAt", Long.toString(now.plus(ctx.stores().audit().retention()).getEpochSecond())));
        return out;
    }
}
