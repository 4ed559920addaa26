package nl.doorbraak.store;

import nl.doorbraak.domain.MandateRule;
import nl.doorbraak.domain.Status;
import nl.doorbraak.domain.TransientFailureException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static nl.doorbraak.store.Dynamo.n;
import static nl.doorbraak.store.Dynamo.num;
import static nl.doorbraak.store.Dynamo.s;
import static nl.doorbraak.store.Dynamo.str;

/** Interventions, one item per (tenant, interventionId); every write is conditional on the version read. */
public final class InterventionStore {

    /** How often a write is retried after another writer changed the item in between. */
    static final int MAX_ATTEMPTS = 12;

    private final DynamoDbClient db;
    private final String table;
    private final java.time.Duration retention;

    /** @param retention how long an ended intervention is kept (TTL {@code expiresAt}) */
    public InterventionStore(DynamoDbClient db, Tables tables, java.time.Duration retention) {
        this.db = db;
        this.table = tables.interventions();
        this.retention = retention;
    }

    public String table() {
        return table;
    }

    public Optional<InterventionRecord> get(String tenant, String interventionId) {
        Map<String, AttributeValue> item = db.getItem(b -> b.tableName(table).consistentRead(true)
                .key(key(tenant, interventionId))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    public InterventionRecord require(String tenant, String interventionId) {
        return get(tenant, interventionId).orElseThrow(() -> new IllegalStateException(
                "intervention " + interventionId + " of " + tenant + " does not exist"));
    }

    /** Stores a new intervention; false when the id is taken. */
    public boolean create(InterventionRecord record) {
        try {
            db.putItem(b -> b.tableName(table).item(toItem(record.withVersion(1), retention))
                    .conditionExpression("attribute_not_exists(interventionId)"));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /**
     * Reads, applies {@code change} and writes back if the item is still at the version read; on a concurrent
     * change it reads again and re-applies. A change that returns its input unchanged writes nothing.
     *
     * @return the record as stored afterwards
     */
    public InterventionRecord update(String tenant, String interventionId, UnaryOperator<InterventionRecord> change) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            InterventionRecord current = require(tenant, interventionId);
            InterventionRecord next = change.apply(current);
            if (next.equals(current)) {
                return current;
            }
            try {
                db.putItem(conditionalPut(next));
                return next.withVersion(current.version() + 1);
            } catch (ConditionalCheckFailedException e) {
                backoff(attempt);
            }
        }
        throw new TransientFailureException("intervention " + interventionId + " kept changing while being updated", null);
    }

    /** The put that writes {@code next} only if the stored version is still {@code next.version()}. */
    Put conditionalPutForTransaction(InterventionRecord next) {
        return Put.builder().tableName(table).item(toItem(next.withVersion(next.version() + 1), retention))
                .conditionExpression("version = :v").expressionAttributeValues(Map.of(":v", n(next.version()))).build();
    }

    private software.amazon.awssdk.services.dynamodb.model.PutItemRequest conditionalPut(InterventionRecord next) {
        Put put = conditionalPutForTransaction(next);
        return software.amazon.awssdk.services.dynamodb.model.PutItemRequest.builder().tableName(put.tableName())
                .item(put.item()).conditionExpression(put.conditionExpression())
                .expressionAttributeValues(put.expressionAttributeValues()).build();
    }

    /** The tenant's interventions, newest first; narrowed by status and/or creator when given. */
    public List<InterventionRecord> list(String tenant, Status status, String creatorSub) {
        QueryRequest.Builder q = QueryRequest.builder().tableName(table);
        if (status != null) {
            q.indexName("byStatus").keyConditionExpression("tenantStatus = :k")
                    .expressionAttributeValues(Map.of(":k", s(tenant + "#" + status.name())));
        } else if (creatorSub != null) {
            q.indexName("byCreator").keyConditionExpression("tenantCreator = :k")
                    .expressionAttributeValues(Map.of(":k", s(tenant + "#" + creatorSub)));
        } else {
            q.keyConditionExpression("tenant = :k").expressionAttributeValues(Map.of(":k", s(tenant)));
        }
        List<InterventionRecord> out = new ArrayList<>();
        db.queryPaginator(q.build()).items().forEach(item -> {
            InterventionRecord r = fromItem(item);
            if ((status == null || r.intervention().status() == status)
                    && (creatorSub == null || creatorSub.equals(r.intervention().createdBy()))) {
                out.add(r);
            }
        });
        out.sort(Comparator.comparing((InterventionRecord r) -> r.intervention().createdAt()).reversed()
                .thenComparing(InterventionRecord::interventionId));
        return out;
    }

    /** What was paid within the mandate for a pseudonym in the 30 days before {@code now}, other interventions only. */
    public List<MandateRule.Use> mandateUses(String tenant, String pseudonym, Instant now, String exceptInterventionId) {
        List<MandateRule.Use> uses = new ArrayList<>();
        QueryRequest q = QueryRequest.builder().tableName(table).indexName("byPseudonym")
                .keyConditionExpression("tenantPseudonym = :k AND createdAt > :from")
                .expressionAttributeValues(Map.of(":k", s(tenant + "#" + pseudonym),
                        ":from", s(Times.format(now.minus(MandateRule.WINDOW))))).build();
        db.queryPaginator(q).items().forEach(item -> {
            if (!str(item, "interventionId").equals(exceptInterventionId) && num(item, "mandateCents") > 0) {
                uses.add(new MandateRule.Use(Times.parse(str(item, "createdAt")), num(item, "mandateCents")));
            }
        });
        return uses;
    }

    static Map<String, AttributeValue> key(String tenant, String interventionId) {
        return Map.of("tenant", s(tenant), "interventionId", s(interventionId));
    }

    static Map<String, AttributeValue> toItem(InterventionRecord r, java.time.Duration retention) {
        var i = r.intervention();
        Map<String, AttributeValue> item = new HashMap<>(key(i.tenant(), i.interventionId()));
        item.put("doc", s(Docs.write(r)));
        item.put("version", n(r.version()));
        item.put("status", s(i.status().name()));
        item.put("budgetId", s(i.budgetId()));
        item.put("createdAt", s(Times.format(i.createdAt())));
        item.put("tenantStatus", s(i.tenant() + "#" + i.status().name()));
        item.put("tenantCreator", s(i.tenant() + "#" + i.createdBy()));
        item.put("tenantPseudonym", s(i.tenant() + "#" + i.client().pseudonym()));
        item.put("mandateCents", n(r.mandateCents()));
        if (i.status().isFinal()) {
            item.put("expiresAt", n(i.createdAt().plus(retention).getEpochSecond()));
        }
        return item;
    }

    static InterventionRecord fromItem(Map<String, AttributeValue> item) {
        return Docs.read(str(item, "doc"), InterventionRecord.class).withVersion(num(item, "version"));
    }

    private static void backoff(int attempt) {
        try {
            Thread.sleep(Math.min(200, 5L << Math.min(attempt, 5)) + (long) (Math.random() * 10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
