package nl.doorbraak.domain;

import nl.doorbraak.domain.ApprovalPolicy.ApprovalPlan;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Register task returns to the state machine ({@code $.plan}): the mandate part, the approval step, the
 * handover due period, the follow-up wait and the audit retention. {@link #toMap()} is the exact wire shape the
 * state machine reads; {@code WorkflowPlanTest} and the template tests hold the two together.
 *
 * @param auditExpiresAt when audit entries the state machine writes itself may be removed by TTL
 */
public record WorkflowPlan(long mandateCents, List<Integer> mandateMeasures, ApprovalPlan approval,
                           long handoverDueSeconds, long followUpWaitSeconds, Instant auditExpiresAt) {

    /** How long the audit log is kept by default: seven years (financial records), counted per entry. */
    public static final Duration DEFAULT_AUDIT_RETENTION = Duration.ofDays(7 * 366);

    public static WorkflowPlan of(Intervention intervention, MandateDecision mandate, Budget budget, Instant now,
                                  Duration auditRetention) {
        return new WorkflowPlan(mandate.mandateCents(), mandate.mandateIndexes(),
                ApprovalPolicy.plan(mandate, budget, intervention.urgency(), now),
                Duration.ofDays(intervention.handover().dueInDays()).toSeconds(),
                Duration.ofDays(intervention.followUpDays()).toSeconds(),
                now.plus(auditRetention));
    }

    /** The Register task's result: {@code {"mandate","approval","handover","followUp","audit"}}. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mandate", Map.of("amountCents", mandateCents, "measures", mandateMeasures));
        m.put("approval", approval.toMap());
        m.put("handover", Map.of("dueSeconds", handoverDueSeconds));
        m.put("followUp", Map.of("waitSeconds", followUpWaitSeconds));
        // DynamoDB's "N" takes the number as a string; the state machine passes it on unchanged.
        m.put("audit", Map.of("expiresAt", Long.toString(auditExpiresAt.getEpochSecond())));
        return m;
    }
}
