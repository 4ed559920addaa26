package nl.doorbraak.localcloud.dynamodb.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything that defines a table apart from its items: key schema, attribute types, indexes, billing,
 * tags, TTL and stream settings. Immutable; changes make a new definition (persisted as one log record).
 */
public record TableDef(String name, String id, String arn, long createdMillis,
                       Map<String, String> attributeTypes, String hash, String range,
                       List<IndexDef> globalIndexes, List<IndexDef> localIndexes,
                       String billingMode, long readCapacity, long writeCapacity,
                       Map<String, String> tags, String ttlAttribute, boolean ttlEnabled,
                       boolean streamEnabled, String streamViewType, boolean deletionProtection, String tableClass) {
    public TableDef {
        attributeTypes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributeTypes));
        globalIndexes = globalIndexes == null ? List.of() : List.copyOf(globalIndexes);
        localIndexes = localIndexes == null ? List.of() : List.copyOf(localIndexes);
        tags = tags == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    public boolean isKey(String attribute) {
        return attribute.equals(hash) || attribute.equals(range);
    }

    public IndexDef index(String indexName) {
        for (IndexDef i : globalIndexes) if (i.name().equals(indexName)) return i;
        for (IndexDef i : localIndexes) if (i.name().equals(indexName)) return i;
        return null;
    }

    public boolean isGlobal(IndexDef index) {
        return globalIndexes.contains(index);
    }

    public TableDef withGlobalIndexes(List<IndexDef> gsis) {
        return new TableDef(name, id, arn, createdMillis, attributeTypes, hash, range, gsis, localIndexes, billingMode,
                readCapacity, writeCapacity, tags, ttlAttribute, ttlEnabled, streamEnabled, streamViewType, deletionProtection, tableClass);
    }

    public TableDef withAttributeTypes(Map<String, String> types) {
        return new TableDef(name, id, arn, createdMillis, types, hash, range, globalIndexes, localIndexes, billingMode,
                readCapacity, writeCapacity, tags, ttlAttribute, ttlEnabled, streamEnabled, streamViewType, deletionProtection, tableClass);
    }

    public TableDef withBilling(String mode, long rcu, long wcu) {
        return new TableDef(name, id, arn, createdMillis, attributeTypes, hash, range, globalIndexes, localIndexes, mode,
                rcu, wcu, tags, ttlAttribute, ttlEnabled, streamEnabled, streamViewType, deletionProtection, tableClass);
    }

    public TableDef withTags(Map<String, String> newTags) {
        return new TableDef(name, id, arn, createdMillis, attributeTypes, hash, range, globalIndexes, localIndexes, billingMode,
                readCapacity, writeCapacity, newTags, ttlAttribute, ttlEnabled, streamEnabled, streamViewType, deletionProtection, tableClass);
    }

    public TableDef withTtl(String attribute, boolean enabled) {
        return new TableDef(name, id, arn, createdMillis, attributeTypes, hash, range, globalIndexes, localIndexes, billingMode,
                readCapacity, writeCapacity, tags, attribute, enabled, streamEnabled, streamViewType, deletionProtection, tableClass);
    }

    public TableDef withStream(boolean enabled, String viewType) {
        return new TableDef(name, id, arn, createdMillis, attributeTypes, hash, range, globalIndexes, localIndexes, billingMode,
                readCapacity, writeCapacity, tags, ttlAttribute, ttlEnabled, enabled, viewType, deletionProtection, tableClass);
    }

    public TableDef withDeletionProtection(boolean on) {
        return new TableDef(name, id, arn, createdMillis, attributeTypes, hash, range, globalIndexes, localIndexes, billingMode,
                readCapacity, writeCapacity, tags, ttlAttribute, ttlEnabled, streamEnabled, streamViewType, on, tableClass);
    }

    public TableDef withTableClass(String cls) {
        return new TableDef(name, id, arn, createdMillis, attributeTypes, hash, range, globalIndexes, localIndexes, billingMode,
                readCapacity, writeCapacity, tags, ttlAttribute, ttlEnabled, streamEnabled, streamViewType, deletionProtection, cls);
    }
}
