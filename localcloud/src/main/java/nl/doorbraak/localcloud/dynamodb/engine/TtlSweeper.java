package nl.doorbraak.localcloud.dynamodb.engine;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Time to live: deletes items whose TTL attribute (a Number of epoch seconds) lies in the past of the engine clock.
 * Run periodically and whenever the clock is advanced, so tests need not sleep. Items with a non-number TTL value
 * never expire, as in DynamoDB.
 */
public final class TtlSweeper {
    private final DynamoDbEngine engine;

    public TtlSweeper(DynamoDbEngine engine) {
        this.engine = engine;
    }

    /** Deletes every expired item; returns how many. */
    public int sweep() {
        try {
            return engine.write(changes -> {
                long nowSeconds = engine.clock().millis() / 1000;
                int n = 0;
                for (Table t : engine.tables().values()) {
                    TableDef def = t.def();
                    if (!def.ttlEnabled() || def.ttlAttribute() == null) continue;
                    List<PrimaryKey> expired = new ArrayList<>();
                    for (Map.Entry<PrimaryKey, Map<String, AttributeValue>> e : t.items().entrySet()) {
                        if (e.getValue().get(def.ttlAttribute()) instanceof AttributeValue.N n2
                                && n2.value().value().longValue() < nowSeconds) {
                            expired.add(e.getKey());
                        }
                    }
                    for (PrimaryKey k : expired) changes.delete(def.name(), k.toMap(def));
                    n += expired.size();
                }
                return n;
            });
        } catch (DynamoDbError e) {
            return 0;
        }
    }
}
