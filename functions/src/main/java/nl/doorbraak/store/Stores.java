package nl.doorbraak.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Duration;
import java.util.Map;

/** Every repository over one DynamoDB client; built once per Lambda process from its environment. */
public record Stores(DynamoDbClient db, Tables tables, BudgetStore budgets, LedgerStore ledger,
                     InterventionStore interventions, TaskStore tasks, AuditLog audit, IdempotencyStore idempotency,
                     BudgetDebit debit) {

    /** Default audit retention when {@code AUDIT_RETENTION_DAYS} is not set: seven years. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(2562);

    public static Stores of(DynamoDbClient db, Tables tables, Duration auditRetention) {
        BudgetStore budgets = new BudgetStore(db, tables);
        LedgerStore ledger = new LedgerStore(db, tables);
        InterventionStore interventions = new InterventionStore(db, tables, auditRetention);
        return new Stores(db, tables, budgets, ledger, interventions, new TaskStore(db, tables),
                new AuditLog(db, tables, auditRetention), new IdempotencyStore(db, tables),
                new BudgetDebit(db, budgets, ledger, interventions));
    }

    public static Stores fromEnv(Map<String, String> env) {
        String days = env.get("AUDIT_RETENTION_DAYS");
        Duration retention = days == null || days.isBlank() ? DEFAULT_RETENTION : Duration.ofDays(Long.parseLong(days));
        return of(Dynamo.client(env), Tables.fromEnv(env), retention);
    }
}
