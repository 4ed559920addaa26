package nl.doorbraak.store;

import nl.doorbraak.domain.ApprovalHours;
import nl.doorbraak.domain.Budget;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static nl.doorbraak.store.Dynamo.n;
import static nl.doorbraak.store.Dynamo.num;
import static nl.doorbraak.store.Dynamo.s;
import static nl.doorbraak.store.Dynamo.str;

/** Budgets, one item per (tenant, budgetId); {@code availableCents} changes only in a debit transaction. */
public final class BudgetStore {

    private final DynamoDbClient db;
    private final String table;

    public BudgetStore(DynamoDbClient db, Tables tables) {
        this.db = db;
        this.table = tables.budgets();
    }

    public String table() {
        return table;
    }

    public Optional<Budget> get(String tenant, String budgetId) {
        Map<String, AttributeValue> item = db.getItem(b -> b.tableName(table).consistentRead(true)
                .key(key(tenant, budgetId))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    public List<Budget> list(String tenant) {
        List<Budget> out = new ArrayList<>();
        QueryRequest request = QueryRequest.builder().tableName(table).keyConditionExpression("tenant = :t")
                .expressionAttributeValues(Map.of(":t", s(tenant))).build();
        db.queryPaginator(request).items().forEach(item -> out.add(fromItem(item)));
        return out;
    }

    /** Creates the budget; false when the tenant already has one with that id. */
    public boolean create(Budget budget) {
        try {
            db.putItem(b -> b.tableName(table).item(toItem(budget)).conditionExpression("attribute_not_exists(budgetId)"));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    static Map<String, AttributeValue> key(String tenant, String budgetId) {
        return Map.of("tenant", s(tenant), "budgetId", s(budgetId));
    }

    static Map<String, AttributeValue> toItem(Budget b) {
        Map<String, AttributeValue> item = new HashMap<>(key(b.tenant(), b.budgetId()));
        item.put("name", s(b.name()));
        item.put("year", n(b.year()));
        item.put("allocatedCents", n(b.allocatedCents()));
        item.put("availableCents", n(b.availableCents()));
        item.put("mandateLimitCents", n(b.mandateLimitCents()));
        item.put("approverLimitCents", n(b.approverLimitCents()));
        item.put("ledgerAccount", s(b.ledgerAccount()));
        item.put("costCenter", s(b.costCenter()));
        Map<String, AttributeValue> hours = new HashMap<>();
        b.approvalHours().toMap().forEach((k, v) -> hours.put(k, n(v)));
        item.put("approvalHours", AttributeValue.fromM(hours));
        return item;
    }

    static Budget fromItem(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> h = item.get("approvalHours").m();
        ApprovalHours hours = new ApprovalHours((int) num(h, "ACUUT"), (int) num(h, "URGENT"), (int) num(h, "REGULIER"));
        return new Budget(str(item, "budgetId"), str(item, "tenant"), str(item, "name"), (int) num(item, "year"),
                num(item, "allocatedCents"), num(item, "availableCents"), num(item, "mandateLimitCents"),
                num(item, "approverLimitCents"), str(item, "ledgerAccount"), str(item, "costCenter"), hours);
    }
}
