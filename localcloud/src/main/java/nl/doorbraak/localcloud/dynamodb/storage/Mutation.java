package nl.doorbraak.localcloud.dynamodb.storage;

import nl.doorbraak.localcloud.dynamodb.engine.TableDef;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.Map;

/** One change to the engine's state. A commit is a list of mutations that is applied and logged atomically. */
public sealed interface Mutation {
    /** Creates a table or replaces its definition (items kept). */
    record DefineTable(TableDef def) implements Mutation {}

    record DropTable(String table) implements Mutation {}

    /** Writes a whole item (insert or replace). */
    record PutItem(String table, Map<String, AttributeValue> item) implements Mutation {}

    /** Deletes an item, given its key attributes. */
    record DeleteItem(String table, Map<String, AttributeValue> key) implements Mutation {}
}
