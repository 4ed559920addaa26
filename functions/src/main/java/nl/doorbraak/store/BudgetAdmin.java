package nl.doorbraak.store;

import nl.doorbraak.domain.Budget;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static nl.doorbraak.store.Dynamo.n;
import static nl.doorbraak.store.Dynamo.s;
import static nl.doorbraak.store.Dynamo.str;

/**
 * Finance's changes to a budget item: a change of allocation, limits or approval hours (only if the budget is still
 * as read: a debit in between makes it read again), and the year close ({@code closedAt}, {@code closedBy}). The
 * debit transaction refuses a budget with {@code closedAt}.
 */
public final class BudgetAdmin {

    private final DynamoDbClient db;
    private final BudgetStore budgets;

    public BudgetAdmin(DynamoDbClient db, BudgetStore budgets) {
        this.db = db;
        this.budgets = budgets;
    }

    public static BudgetAdmin of(Stores stores) {
        return new BudgetAdmin(stores.db(), stores.budgets());
    }

    /** When the year was closed and by whom; empty while it is open. */
    public record Closure(Instant closedAt, String closedBy) {
    }

    public Optional<Closure> closure(String tenant, String budgetId) {
        Map<String, AttributeValue> item = db.getItem(b -> b.tableName(budgets.table()).consistentRead(true)
                .key(BudgetStore.key(tenant, budgetId))).item();
        if (item == null || str(item, "closedAt") == null) {
            return Optional.empty();
        }
        return Optional.of(new Closure(Times.parse(str(item, "closedAt")), str(item, "closedBy")));
    }

    /** Writes {@code after} if the budget still has the figures of {@code before} and is open; false otherwise. */
    public boolean change(Budget before, Budget after) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":oldAllocated", n(before.allocatedCents()));
        values.put(":oldAvailable", n(before.availableCents()));
        values.put(":allocated", n(after.allocatedCents()));
        values.put(":available", n(after.availableCents()));
        values.put(":mandate", n(after.mandateLimitCents()));
        values.put(":approver", n(after.approverLimitCents()));
        Map<String, AttributeValue> hours = new HashMap<>();
        after.approvalHours().toMap().forEach((k, v) -> hours.put(k, n(v)));
        values.put(":hours", AttributeValue.fromM(hours));
        try {
            db.updateItem(b -> b.tableName(budgets.table()).key(BudgetStore.key(before.tenant(), before.budgetId()))
                    .updateExpression("SET allocatedCents = :allocated, availableCents = :available, "
                            + "mandateLimitCents = :mandate, approverLimitCents = :approver, approvalHours = :hours")
                    .conditionExpression("allocatedCents = :oldAllocated AND availableCents = :oldAvailable "
                            + "AND attribute_not_exists(closedAt)")
                    .expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** Closes the year; false when it was closed already. */
    public boolean close(String tenant, String budgetId, String closedBy, Instant at) {
        try {
            db.updateItem(b -> b.tableName(budgets.table()).key(BudgetStore.key(tenant, budgetId))
                    .updateExpression("SET closedAt = :at, closedBy = :by")
                    .conditionExpression("attribute_exists(budgetId) AND attribute_not_exists(closedAt)")
                    .expressionAttributeValues(Map.of(":at", s(Times.format(at)), ":by", s(closedBy))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
}
