package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.engine.IndexDef;
import nl.doorbraak.localcloud.dynamodb.engine.TableDef;
import nl.doorbraak.localcloud.dynamodb.expr.Expressions;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;
import nl.doorbraak.localcloud.dynamodb.types.ItemSize;
import nl.doorbraak.localcloud.dynamodb.types.KeyOrder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What Query and Scan share: the order of a table or index, resuming after ExclusiveStartKey, Limit and the 1 MB
 * page size, filters, Select and index projections, and the response shape.
 */
final class Reads {
    static final long PAGE_BYTES = 1024 * 1024;

    private Reads() {}

    /** The key attributes that position an item in a table or index (index keys first, then the table's). */
    static List<String> positionKeys(TableDef def, IndexDef index) {
        Set<String> keys = new LinkedHashSet<>();
        if (index != null) {
            keys.add(index.hash());
            if (index.range() != null) keys.add(index.range());
        }
        keys.add(def.hash());
        if (def.range() != null) keys.add(def.range());
        return new ArrayList<>(keys);
    }

    /** Orders items (or key maps) by the given key attributes. */
    static Comparator<Map<String, AttributeValue>> order(List<String> keys) {
        return (a, b) -> {
            for (String k : keys) {
                int c = KeyOrder.INSTANCE.compare(a.get(k), b.get(k));
                if (c != 0) return c;
            }
            return 0;
        };
    }

    /** Is the item in the index (has all its key attributes)? */
    static boolean inIndex(IndexDef index, Map<String, AttributeValue> item) {
        return item.containsKey(index.hash()) && (index.range() == null || item.containsKey(index.range()));
    }

    /** An index's view of an item: the attributes its projection keeps. */
    static Map<String, AttributeValue> projectIndex(TableDef def, IndexDef index, Map<String, AttributeValue> item) {
        if (index == null || index.projectionType().equals("ALL")) return item;
        Set<String> keep = new LinkedHashSet<>(positionKeys(def, index));
        if (index.projectionType().equals("INCLUDE")) keep.addAll(index.nonKeyAttributes());
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) if (keep.contains(e.getKey())) out.put(e.getKey(), e.getValue());
        return out;
    }

    static IndexDef index(TableDef def, String indexName) throws DynamoDbError {
        if (indexName == null) return null;
        IndexDef index = def.index(indexName);
        if (index == null) throw DynamoDbError.validation("The table does not have the specified index: " + indexName);
        return index;
    }

    /** The parsed read options of a Query or Scan. */
    record Options(Integer limit, String select, Expressions.Condition filter, Expressions.Projection projection,
                   boolean consistent, JsonNode request) {}

    /**
     * Walks {@code ordered} (already in the read's order), starting after {@code startKey}, and builds the response.
     */
    static ObjectNode page(TableDef def, IndexDef index, List<Map<String, AttributeValue>> ordered,
                           Comparator<Map<String, AttributeValue>> order, Map<String, AttributeValue> startKey,
                           Options o) throws DynamoDbError {
        int from = 0;
        if (startKey != null) {
            while (from < ordered.size() && order.compare(ordered.get(from), startKey) <= 0) from++;
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        int scanned = 0;
        long bytes = 0;
        Map<String, AttributeValue> last = null;
        boolean more = false;
        for (int i = from; i < ordered.size(); i++) {
            if ((o.limit() != null && scanned >= o.limit()) || bytes > PAGE_BYTES) {
                more = true;
                break;
            }
            Map<String, AttributeValue> item = ordered.get(i);
            scanned++;
            bytes += ItemSize.of(item);
            last = item;
            Map<String, AttributeValue> visible = projectIndex(def, index, item);
            if (o.filter() != null && !o.filter().test(visible)) continue;
            items.add(visible);
        }
        if (!more && o.limit() != null && scanned >= o.limit() && last != null) more = true;
        ObjectNode out = Wire.F.objectNode();
        if (!"COUNT".equals(o.select())) {
            ArrayNode a = out.putArray("Items");
            for (Map<String, AttributeValue> item : items) {
                a.add(Wire.encode(o.projection() == null ? item : o.projection().apply(item)));
            }
        }
        out.put("Count", items.size());
        out.put("ScannedCount", scanned);
        if (more && last != null) {
            Map<String, AttributeValue> lek = new LinkedHashMap<>();
            for (String k : positionKeys(def, index)) lek.put(k, last.get(k));
            out.set("LastEvaluatedKey", Wire.encode(lek));
        }
        double units = Math.max(1, Math.ceil(bytes / 4096.0));
        if (!o.consistent()) units /= 2;
        ObjectNode consumed = Wire.consumed(o.request(), def.name(), units);
        if (consumed != null) {
            if (index != null && consumed.has("Table")) {
                consumed.putObject("Table").put("CapacityUnits", 0.0);
                consumed.putObject(def.isGlobal(index) ? "GlobalSecondaryIndexes" : "LocalSecondaryIndexes")
                        .putObject(index.name()).put("CapacityUnits", units);
            }
            out.set("ConsumedCapacity", consumed);
        }
        return out;
    }

    /** Refuses an ExclusiveStartKey that is not a key of this table or index, as DynamoDB does. */
    static void checkStartKey(TableDef def, IndexDef index, Map<String, AttributeValue> startKey) throws DynamoDbError {
        if (startKey == null) return;
        List<String> keys = positionKeys(def, index);
        boolean ok = startKey.size() == keys.size();
        for (String k : keys) {
            AttributeValue v = startKey.get(k);
            if (v == null || !v.type().equals(def.attributeTypes().get(k))) ok = false;
        }
        if (!ok) {
            throw DynamoDbError.validation("The provided starting key is invalid: The provided key element does not match the schema");
        }
    }

    /** GSIs are eventually consistent on AWS: a strongly consistent read of one is refused. */
    static void checkConsistency(TableDef def, IndexDef index, boolean consistent) throws DynamoDbError {
        if (consistent && index != null && def.isGlobal(index)) {
            throw DynamoDbError.validation("Consistent reads are not supported on global secondary indexes");
        }
    }

    /** Select checks shared by Query and Scan. */
    static void checkSelect(TableDef def, IndexDef index, String select, boolean hasProjection) throws DynamoDbError {
        if (select == null) return;
        if (select.equals("SPECIFIC_ATTRIBUTES") && !hasProjection) {
            throw DynamoDbError.validation("One or more parameter values were invalid: Select type SPECIFIC_ATTRIBUTES requires either AttributesToGet or ProjectionExpression");
        }
        if (hasProjection && (select.equals("ALL_ATTRIBUTES") || select.equals("ALL_PROJECTED_ATTRIBUTES") || select.equals("COUNT"))) {
            throw DynamoDbError.validation("One or more parameter values were invalid: Cannot specify the ProjectionExpression when choosing to get "
                    + (select.equals("COUNT") ? "only the COUNT" : select));
        }
        if (select.equals("ALL_PROJECTED_ATTRIBUTES") && index == null) {
            throw DynamoDbError.validation("One or more parameter values were invalid: Select type ALL_PROJECTED_ATTRIBUTES is not supported for a table; use ALL_ATTRIBUTES");
        }
        if (select.equals("ALL_ATTRIBUTES") && index != null && def.isGlobal(index) && !index.projectionType().equals("ALL")) {
            throw DynamoDbError.validation("One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index "
                    + index.name() + " because its projection type is not ALL");
        }
    }
}
