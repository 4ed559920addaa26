package nl.doorbraak.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static nl.doorbraak.store.Dynamo.n;
import static nl.doorbraak.store.Dynamo.s;
import static nl.doorbraak.store.Dynamo.str;

/**
 * Idempotency keys of submissions, per tenant and user: the first request with a key claims it with the
 * fingerprint of its body and the intervention id it will create; later ones find that claim.
 */
public final class IdempotencyStore {

    /** How long a key is remembered. */
    public static final Duration KEEP = Duration.ofDays(7);

    private final DynamoDbClient db;
    private final String table;

    public IdempotencyStore(DynamoDbClient db, Tables tables) {
        this.db = db;
        this.table = tables.idempotency();
    }

    /** A claim on a key: which intervention, for which body. */
    public record Claim(String interventionId, String fingerprint) {
    }

    /**
     * Claims {@code key} for {@code claim}; answers the earlier claim when the key was taken already, or null when
     * this call claimed it.
     */
    public Claim claim(String tenant, String sub, String key, Claim claim, Instant now) {
        String id = tenant + "#" + sub + "#" + key;
        try {
            db.putItem(b -> b.tableName(table)
                    .item(Map.of("idempotencyKey", s(id), "interventionId", s(claim.interventionId()),
                            "fingerprint", s(claim.fingerprint()), "expiresAt", n(now.plus(KEEP).getEpochSecond())))
                    .conditionExpression("attribute_not_exists(idempotencyKey)")
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return null;
        } catch (ConditionalCheckFailedException e) {
            Map<String, AttributeValue> old = e.item();
            if (old == null || old.isEmpty()) {
                old = db.getItem(b -> b.tableName(table).consistentRead(true)
                        .key(Map.of("idempotencyKey", s(id)))).item();
            }
            return new Claim(str(old, "interventionId"), str(old, "fingerprint"));
        }
    }
}
