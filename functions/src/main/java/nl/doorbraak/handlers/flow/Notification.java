package nl.doorbraak.handlers.flow;

/**
 * A notification without personal data: what happened, to which group of the tenant, about which intervention or
 * task (ids only, no pseudonym, no summary, no amounts that identify anyone).
 */
public record Notification(String type, String tenant, String audience, String interventionId, String taskId) {

    public static final String APPROVAL_REQUESTED = "APPROVAL_REQUESTED";
    public static final String APPROVAL_REMINDER = "APPROVAL_REMINDER";
    public static final String DECIDED = "DECIDED";
    public static final String HANDOVER_OVERDUE = "HANDOVER_OVERDUE";
    public static final String FOLLOW_UP_DUE = "FOLLOW_UP_DUE";

    public String toJson() {
        return "{\"type\":\"" + type + "\",\"tenant\":\"" + tenant + "\",\"audience\":\"" + audience
                + "\",\"interventionId\":\"" + interventionId + "\""
                + (taskId == null ? "" : ",\"taskId\":\"" + taskId + "\"") + "}";
    }
}
