package nl.doorbraak.localcloud.dynamodb.engine;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;
import nl.doorbraak.localcloud.dynamodb.types.ItemSize;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** DynamoDB's rules for keys and items: schema match, key types, empty key values, key and item size limits. */
public final class ItemRules {
    private static final String INVALID = "One or more parameter values were invalid: ";
    private static final String NOT_VALID = "One or more parameter values are not valid. ";

    private ItemRules() {}

    /** Validates a {@code Key} parameter: exactly the table's key attributes with their declared types. */
    public static PrimaryKey key(TableDef def, Map<String, AttributeValue> key) throws DynamoDbError {
        if (key == null) throw DynamoDbError.validation("The provided key element does not match the schema");
        int expected = def.range() == null ? 1 : 2;
        AttributeValue h = key.get(def.hash());
        AttributeValue r = def.range() == null ? null : key.get(def.range());
        if (key.size() != expected || h == null || (def.range() != null && r == null)
                || !h.type().equals(def.attributeTypes().get(def.hash()))
                || (r != null && !r.type().equals(def.attributeTypes().get(def.range())))) {
            throw DynamoDbError.validation("The provided key element does not match the schema");
        }
        emptyKey(def.hash(), h);
        if (r != null) emptyKey(def.range(), r);
        keySizes(h, r);
        return new PrimaryKey(h, r);
    }

    /** Validates a whole item for a write: key present and typed, index keys typed, sizes within limits. */
    public static PrimaryKey item(TableDef def, Map<String, AttributeValue> item) throws DynamoDbError {
        AttributeValue h = keyAttribute(def, def.hash(), item);
        AttributeValue r = def.range() == null ? null : keyAttribute(def, def.range(), item);
        for (IndexDef index : def.globalIndexes()) indexKeys(def, index, item);
        for (IndexDef index : def.localIndexes()) indexKeys(def, index, item);
        keySizes(h, r);
        size(item);
        return new PrimaryKey(h, r);
    }

    public static void size(Map<String, AttributeValue> item) throws DynamoDbError {
        if (ItemSize.of(item) > ItemSize.MAX_ITEM_BYTES) {
            throw DynamoDbError.validation("Item size has exceeded the maximum allowed size");
        }
    }

    private static AttributeValue keyAttribute(TableDef def, String name, Map<String, AttributeValue> item) throws DynamoDbError {
        AttributeValue v = item.get(name);
        if (v == null) throw DynamoDbError.validation(INVALID + "Missing the key " + name + " in the item");
        String want = def.attributeTypes().get(name);
        if (!v.type().equals(want)) {
            throw DynamoDbError.validation(INVALID + "Type mismatch for key " + name + " expected: " + want + " actual: " + v.type());
        }
        emptyKey(name, v);
        return v;
    }

    private static void indexKeys(TableDef def, IndexDef index, Map<String, AttributeValue> item) throws DynamoDbError {
        for (String name : new String[]{index.hash(), index.range()}) {
            if (name == null || def.isKey(name)) continue;
            AttributeValue v = item.get(name);
            if (v == null) continue;
            String want = def.attributeTypes().get(name);
            if (!v.type().equals(want)) {
                throw DynamoDbError.validation(INVALID + "Type mismatch for Index Key " + name + " Expected: " + want
                        + " Actual: " + v.type() + " IndexName: " + index.name());
            }
            if (isEmpty(v)) {
                throw DynamoDbError.validation(NOT_VALID + "A value specified for a secondary index key is not supported. "
                        + "The AttributeValue for a key attribute cannot contain an empty " + (v instanceof AttributeValue.S ? "string" : "binary")
                        + " value. IndexName: " + index.name() + ", IndexKey: " + name);
            }
        }
    }

    private static void emptyKey(String name, AttributeValue v) throws DynamoDbError {
        if (isEmpty(v)) {
            throw DynamoDbError.validation(NOT_VALID + "The AttributeValue for a key attribute cannot contain an empty "
                    + (v instanceof AttributeValue.S ? "string" : "binary") + " value. Key: " + name);
        }
    }

    private static boolean isEmpty(AttributeValue v) {
        return (v instanceof AttributeValue.S s && s.value().isEmpty()) || (v instanceof AttributeValue.B b && b.value().data().length == 0);
    }

    private static void keySizes(AttributeValue h, AttributeValue r) throws DynamoDbError {
        if (bytes(h) > 2048) {
            throw DynamoDbError.validation(INVALID + "Size of hashkey has exceeded the maximum size limit of2048 bytes");
        }
        if (r != null && bytes(r) > 1024) {
            throw DynamoDbError.validation(INVALID + "Aggregated size of all range keys has exceeded the size limit of 1024 bytes");
        }
    }

    private static long bytes(AttributeValue v) {
        return switch (v) {
            case AttributeValue.S s -> s.value().getBytes(StandardCharsets.UTF_8).length;
            case AttributeValue.B b -> b.value().data().length;
            default -> ItemSize.of(v);
        };
    }
}
