package nl.doorbraak.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.doorbraak.store.Dynamo.n;
import static nl.doorbraak.store.Dynamo.s;
import static nl.doorbraak.store.Dynamo.str;

/**
 * Our own audit log: a municipality keeps it for years, Step Functions keeps execution history for 90 days.
 * Entries are only added; TTL ({@code expiresAt}) removes them after the retention period.
 */
public final class AuditLog {

    private final DynamoDbClient db;
    private final String table;
    private final Duration retention;

    public AuditLog(DynamoDbClient db, Tables tables, Duration retention) {
        this.db = db;
        this.table = tables.audit();
        this.retention = retention;
    }

    public Duration retention() {
        return retention;
    }

    /** Adds an entry; two entries of the same event at the same millisecond get a counter suffix. */
    public void add(AuditEntry e) {
        String base = Times.format(e.at()) + "#" + e.event();
        for (int n = 0; n < 20; n++) {
            Map<String, AttributeValue> item = new HashMap<>();
            item.put("subject", s(e.subject()));
            item.put("at", s(n == 0 ? base : base + "#" + n));
            item.put("tenant", s(e.tenant()));
            item.put("event", s(e.event()));
            item.put("actor", s(e.actor()));
            if (e.actorName() != null) {
                item.put("actorName", s(e.actorName()));
            }
            if (e.detail() != null) {
                item.put("detail", s(e.detail()));
            }
            if (e.interventionId() != null) {
                item.put("interventionId", s(e.interventionId()));
            }
            item.put("expiresAt", n(e.at().plus(retention).getEpochSecond()));
            try {
                db.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(#at)")
                        .expressionAttributeNames(Map.of("#at", "at")));
                return;
            } catch (ConditionalCheckFailedException taken) {
                // same event in the same millisecond: next suffix
            }
        }
    }

    /** The entries of one subject in time order (also the ones the state machine writes itself). */
    public List<AuditEntry> of(String tenant, String subject) {
        List<AuditEntry> out = new ArrayList<>();
        QueryRequest q = QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("subject = :s").expressionAttributeValues(Map.of(":s", s(subject))).build();
        db.queryPaginator(q).items().forEach(item -> {
            if (tenant.equals(str(item, "tenant"))) {
                String at = str(item, "at");
                out.add(new AuditEntry(tenant, subject, Times.parse(at.substring(0, at.indexOf('#'))),
                        str(item, "event"), str(item, "actor"), str(item, "actorName"), str(item, "detail"),
                        str(item, "interventionId")));
            }
        });
        return out;
    }
}
