package nl.doorbraak.localcloud.dynamodb.engine;

import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;
import nl.doorbraak.localcloud.dynamodb.types.KeyOrder;

import java.util.LinkedHashMap;
import java.util.Map;

/** An item's primary key: partition value and (for composite tables) sort value, ordered as DynamoDB orders keys. */
public record PrimaryKey(AttributeValue hash, AttributeValue range) implements Comparable<PrimaryKey> {
    /**
     * Sort values bounding one partition: a null range sorts before every sort key, a NULL-typed range (never a
     * real key value) after every one.
     */
    static final AttributeValue HIGHEST = new AttributeValue.Null();

    public static PrimaryKey of(TableDef def, Map<String, AttributeValue> item) {
        return new PrimaryKey(item.get(def.hash()), def.range() == null ? null : item.get(def.range()));
    }

    public Map<String, AttributeValue> toMap(TableDef def) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        m.put(def.hash(), hash);
        if (def.range() != null) m.put(def.range(), range);
        return m;
    }

    @Override
    public int compareTo(PrimaryKey o) {
        int c = KeyOrder.INSTANCE.compare(hash, o.hash);
        if (c != 0) return c;
        if (range == o.range) return 0;
        if (range == null || o.range instanceof AttributeValue.Null) return -1;
        if (o.range == null || range instanceof AttributeValue.Null) return 1;
        return KeyOrder.INSTANCE.compare(range, o.range);
    }
}
