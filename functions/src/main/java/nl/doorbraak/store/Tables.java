package nl.doorbraak.store;

import java.util.Map;

/**
 * The DynamoDB tables and their key design, written down once (the README's data model repeats it).
 * <pre>
 * budgets        PK tenant            SK budgetId
 * ledger         PK budgetKey = {tenant}#{budgetId}   SK entryId = {interventionId}#M{measure index, 2 digits}
 *                GSI byBookedAt (budgetKey, bookedAt)      — one item per debited measure, never updated
 * interventions  PK tenant            SK interventionId
 *                GSI byStatus    (tenantStatus    = {tenant}#{status},    createdAt)
 *                GSI byCreator   (tenantCreator   = {tenant}#{sub},       createdAt)
 *                GSI byPseudonym (tenantPseudonym = {tenant}#{pseudonym}, createdAt) — mandate use per 30 days
 *                the intervention itself is the JSON attribute doc; version guards every write; expiresAt (TTL)
 *                once it ended, after the retention period
 * tasks          PK tenant            SK taskId = {interventionId}-{A1 approver|A2 executive|H1 handover|F1 follow-up}
 *                GSI openByQueue (openQueue = {tenant}#{kind}#{level}, deadline) — sparse: only OPEN tasks
 *                the Step Functions task token is the attribute taskToken; it is never returned by the API
 * audit          PK subject = {tenant}#INT#{interventionId} or {tenant}#BUDGET#{budgetId}
 *                SK at = {ISO instant with millis}#{event}[#n]; GSI byTenant (tenant, at)
 * idempotency    PK idempotencyKey = {tenant}#{sub}#{client key}
 * </pre>
 * Every key starts with the tenant, so nothing of one municipality is reachable with another's key.
 */
public record Tables(String budgets, String ledger, String interventions, String tasks, String audit,
                     String idempotency) {

    public static final String ENV_BUDGETS = "BUDGETS_TABLE";
    public static final String ENV_LEDGER = "LEDGER_TABLE";
    public static final String ENV_INTERVENTIONS = "INTERVENTIONS_TABLE";
    public static final String ENV_TASKS = "TASKS_TABLE";
    public static final String ENV_AUDIT = "AUDIT_TABLE";
    public static final String ENV_IDEMPOTENCY = "IDEMPOTENCY_TABLE";

    /** The names the template passes in the functions' environment; the logical ids when a variable is absent. */
    public static Tables fromEnv(Map<String, String> env) {
        return new Tables(env.getOrDefault(ENV_BUDGETS, "BudgetsTable"), env.getOrDefault(ENV_LEDGER, "LedgerTable"),
                env.getOrDefault(ENV_INTERVENTIONS, "InterventionsTable"), env.getOrDefault(ENV_TASKS, "TasksTable"),
                env.getOrDefault(ENV_AUDIT, "AuditTable"), env.getOrDefault(ENV_IDEMPOTENCY, "IdempotencyTable"));
    }
}
