package nl.doorbraak.localcloud.dynamodb.engine;

import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;
import nl.doorbraak.localcloud.dynamodb.types.ItemSize;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** A table's definition and items, ordered by primary key (partition, then sort key). Guarded by the engine lock. */
public final class Table {
    private volatile TableDef def;
    private final TreeMap<PrimaryKey, Map<String, AttributeValue>> items = new TreeMap<>();
    private long sizeBytes;

    public Table(TableDef def) {
        this.def = def;
    }

    public TableDef def() { return def; }

    void redefine(TableDef newDef) { this.def = newDef; }

    public Map<String, AttributeValue> get(PrimaryKey key) { return items.get(key); }

    public NavigableMap<PrimaryKey, Map<String, AttributeValue>> items() { return items; }

    /** The items of one partition, in sort key order. */
    public NavigableMap<PrimaryKey, Map<String, AttributeValue>> partition(AttributeValue hash) {
        return items.subMap(new PrimaryKey(hash, null), true, new PrimaryKey(hash, PrimaryKey.HIGHEST), true);
    }

    void put(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> old = items.put(PrimaryKey.of(def, item), item);
        if (old != null) sizeBytes -= ItemSize.of(old);
        sizeBytes += ItemSize.of(item);
    }

    void delete(PrimaryKey key) {
        Map<String, AttributeValue> old = items.remove(key);
        if (old != null) sizeBytes -= ItemSize.of(old);
    }

    public long itemCount() { return items.size(); }

    public long sizeBytes() { return sizeBytes; }
}
