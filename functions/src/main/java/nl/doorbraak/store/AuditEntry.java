package nl.doorbraak.store;

import java.time.Instant;

/**
 * One line of the audit log: what happened ({@code event}, e.g. {@code APPROVED}), when, by whom ({@code actor} is
 * the user's sub or {@code system}), with a short detail that never holds personal data (a level, a status, an
 * amount).
 */
public record AuditEntry(String tenant, String subject, Instant at, String event, String actor, String actorName,
                         String detail, String interventionId) {

    public static String interventionSubject(String tenant, String interventionId) {
        return tenant + "#INT#" + interventionId;
    }

    public static String budgetSubject(String tenant, String budgetId) {
        return tenant + "#BUDGET#" + budgetId;
    }

    public static AuditEntry forIntervention(String tenant, String interventionId, Instant at, String event,
                                             String actor, String actorName, String detail) {
        return new AuditEntry(tenant, interventionSubject(tenant, interventionId), at, event, actor, actorName, detail,
                interventionId);
    }
}
