package nl.doorbraak.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static nl.doorbraak.store.Dynamo.s;
import static nl.doorbraak.store.Dynamo.str;

/** The auditor's reading of the audit log: every entry of a tenant in a period, through the GSI {@code byTenant}. */
public final class AuditQuery {

    public static final String INDEX = "byTenant";

    private final DynamoDbClient db;
    private final String table;

    public AuditQuery(DynamoDbClient db, Tables tables) {
        this.db = db;
        this.table = tables.audit();
    }

    public static AuditQuery of(Stores stores) {
        return new AuditQuery(stores.db(), stores.tables());
    }

    /** Entries with {@code from <= at < to}, in time order. */
    public List<AuditEntry> between(String tenant, Instant from, Instant to) {
        List<AuditEntry> out = new ArrayList<>();
        QueryRequest q = QueryRequest.builder().tableName(table).indexName(INDEX)
                .keyConditionExpression("tenant = :t AND #at BETWEEN :from AND :to")
                .expressionAttributeNames(Map.of("#at", "at"))
                .expressionAttributeValues(Map.of(":t", s(tenant), ":from", s(Times.format(from)),
                        ":to", s(Times.format(to.minusMillis(1)) + "~"))).build();
        db.queryPaginator(q).items().forEach(item -> out.add(entry(tenant, item)));
        return out;
    }

    static AuditEntry entry(String tenant, Map<String, AttributeValue> item) {
        String at = str(item, "at");
        int hash = at.indexOf('#');
        return new AuditEntry(tenant, str(item, "subject"), Times.parse(hash < 0 ? at : at.substring(0, hash)),
                str(item, "event"), str(item, "actor"), str(item, "actorName"), str(item, "detail"),
                str(item, "interventionId"));
    }
}
