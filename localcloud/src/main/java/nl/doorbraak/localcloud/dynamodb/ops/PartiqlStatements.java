package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;
import nl.doorbraak.localcloud.dynamodb.engine.IndexDef;
import nl.doorbraak.localcloud.dynamodb.engine.ItemRules;
import nl.doorbraak.localcloud.dynamodb.engine.PrimaryKey;
import nl.doorbraak.localcloud.dynamodb.engine.Table;
import nl.doorbraak.localcloud.dynamodb.engine.TableDef;
import nl.doorbraak.localcloud.dynamodb.expr.Expressions;
import nl.doorbraak.localcloud.dynamodb.partiql.Parser;
import nl.doorbraak.localcloud.dynamodb.partiql.Statement;
import nl.doorbraak.localcloud.dynamodb.types.AttributeJson;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs PartiQL statements on the engine: SELECT reads (a partition when the WHERE clause fixes the partition key,
 * otherwise the whole table or index), INSERT refuses an existing key, UPDATE and DELETE need the full primary key in
 * the WHERE clause and treat the rest of it as a condition. Must be called under the engine lock (inside
 * {@code read}/{@code write}).
 */
final class PartiqlStatements {
    private PartiqlStatements() {}

    /** A statement's outcome: the items read, or the change to make once every statement of a batch is checked. */
    record Outcome(String table, List<Map<String, AttributeValue>> items, Runnable write) {}

    static Statement parse(JsonNode statementNode, JsonNode parametersNode) throws DynamoDbError {
        if (statementNode == null || statementNode.isNull()) {
            throw DynamoDbError.validation("1 validation error detected: Value null at 'statement' failed to satisfy constraint: Member must not be null");
        }
        List<AttributeValue> params = new ArrayList<>();
        if (parametersNode != null && !parametersNode.isNull()) {
            for (JsonNode p : parametersNode) params.add(AttributeJson.decode(p));
        }
        return Parser.parse(statementNode.asText(), params);
    }

    /** Checks a statement against the current state; the returned write (if any) applies it. */
    static Outcome run(DynamoDbEngine engine, Statement s, DynamoDbEngine.Changes changes) throws DynamoDbError {
        Table table = engine.requireTable(s.table());
        TableDef def = table.def();
        switch (s) {
            case Statement.Select sel -> {
                IndexDef index = sel.index() == null ? null : Reads.index(def, sel.index());
                Expressions.Condition where = sel.where() == null ? null : Expressions.parseCondition(sel.where(), sel.ctx(), "FilterExpression");
                Expressions.Projection projection = sel.projection() == null ? null : Expressions.parseProjection(sel.projection(), sel.ctx());
                String hashKey = index == null ? def.hash() : index.hash();
                AttributeValue hash = sel.keyEqualities().get(hashKey);
                Iterable<Map<String, AttributeValue>> candidates = index == null && hash != null
                        ? table.partition(hash).values() : table.items().values();
                List<Map<String, AttributeValue>> out = new ArrayList<>();
                for (Map<String, AttributeValue> item : candidates) {
                    if (index != null && !Reads.inIndex(index, item)) continue;
                    Map<String, AttributeValue> visible = Reads.projectIndex(def, index, item);
                    if (where != null && !where.test(visible)) continue;
                    out.add(projection == null ? visible : projection.apply(visible));
                }
                if (index != null) out.sort(Reads.order(Reads.positionKeys(def, index)));
                if (sel.descending()) java.util.Collections.reverse(out);
                return new Outcome(s.table(), out, null);
            }
            case Statement.Exists ex -> {
                if (run(engine, ex.select(), changes).items().isEmpty()) throw DynamoDbError.conditionalCheckFailed(null);
                return new Outcome(s.table(), List.of(), null);
            }
            case Statement.Insert ins -> {
                PrimaryKey key = ItemRules.item(def, ins.item());
                if (table.get(key) != null) {
                    throw new DynamoDbError("DuplicateItemException", "Duplicate primary key exists in table");
                }
                Map<String, AttributeValue> item = new LinkedHashMap<>(ins.item());
                return new Outcome(s.table(), List.of(), () -> changes.put(s.table(), item));
            }
            case Statement.Update upd -> {
                Map<String, AttributeValue> keyMap = keyOf(def, upd.keyEqualities());
                PrimaryKey key = ItemRules.key(def, keyMap);
                Expressions.Update update = Expressions.parseUpdate(upd.update(), upd.ctx());
                Expressions.Condition where = Expressions.parseCondition(upd.where(), upd.ctx(), "ConditionExpression");
                Map<String, AttributeValue> previous = table.get(key);
                if (previous == null || !where.test(previous)) throw DynamoDbError.conditionalCheckFailed(null);
                Map<String, AttributeValue> next = UpdateItem.apply(def, update, previous, keyMap);
                Map<String, AttributeValue> returned = UpdateItem.returned(upd.returning(), update, previous, next);
                return new Outcome(s.table(), returned == null ? List.of() : List.of(returned),
                        next == null ? null : () -> changes.put(s.table(), next));
            }
            case Statement.Delete del -> {
                Map<String, AttributeValue> keyMap = keyOf(def, del.keyEqualities());
                PrimaryKey key = ItemRules.key(def, keyMap);
                Expressions.Condition where = Expressions.parseCondition(del.where(), del.ctx(), "ConditionExpression");
                Map<String, AttributeValue> previous = table.get(key);
                if (previous == null) return new Outcome(s.table(), List.of(), null);
                if (!where.test(previous)) throw DynamoDbError.conditionalCheckFailed(null);
                return new Outcome(s.table(), "ALL_OLD".equals(del.returning()) ? List.of(previous) : List.of(),
                        () -> changes.delete(s.table(), key.toMap(def)));
            }
        }
    }

    private static Map<String, AttributeValue> keyOf(TableDef def, Map<String, AttributeValue> equalities) throws DynamoDbError {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (String k : def.range() == null ? List.of(def.hash()) : List.of(def.hash(), def.range())) {
            AttributeValue v = equalities.get(k);
            if (v == null) {
                throw DynamoDbError.validation("Where clause does not contain a mandatory equality on all key attributes");
            }
            key.put(k, v);
        }
        return key;
    }

    /** The error code a batch or transaction reports for a failed statement. */
    static String code(DynamoDbError e) {
        return switch (e.type()) {
            case "ConditionalCheckFailedException" -> "ConditionalCheckFailed";
            case "DuplicateItemException" -> "DuplicateItem";
            case "ResourceNotFoundException" -> "ResourceNotFound";
            default -> "ValidationError";
        };
    }

    static ObjectNode items(List<Map<String, AttributeValue>> items) {
        ObjectNode out = Wire.F.objectNode();
        var a = out.putArray("Items");
        items.forEach(i -> a.add(Wire.encode(i)));
        return out;
    }
}
