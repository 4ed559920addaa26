package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;
import nl.doorbraak.localcloud.dynamodb.engine.ItemRules;
import nl.doorbraak.localcloud.dynamodb.engine.PrimaryKey;
import nl.doorbraak.localcloud.dynamodb.expr.ExpressionContext;
import nl.doorbraak.localcloud.dynamodb.expr.Expressions;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;
import nl.doorbraak.localcloud.dynamodb.wire.Validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TransactWriteItems: ConditionCheck, Put, Update and Delete actions on up to 100 distinct items, all or nothing.
 * Every condition is checked against the same state under the engine lock; if any fails, nothing is written and
 * TransactionCanceledException lists one reason per action, in order. A ClientRequestToken makes a repeat of the
 * same request a no-op success for ten minutes.
 */
public final class TransactWriteItems implements Operation {
    private final DynamoDbEngine engine;

    public TransactWriteItems(DynamoDbEngine engine) {
        this.engine = engine;
    }

    private record Action(String kind, String table, Map<String, AttributeValue> key, Map<String, AttributeValue> item,
                          Expressions.Update update, Expressions.Condition condition, boolean failureReturnsOld) {}

    @Override
    public JsonNode handle(JsonNode req) throws DynamoDbError {
        JsonNode items = req.get("TransactItems");
        Validation v = new Validation();
        if (items == null || items.isNull()) {
            v.add("Value null at 'transactItems' failed to satisfy constraint: Member must not be null");
        } else if (items.isEmpty()) {
            v.add("Value '[]' at 'transactItems' failed to satisfy constraint: Member must have length greater than or equal to 1");
        } else if (items.size() > 100) {
            List<String> rendered = new ArrayList<>();
            items.forEach(i -> rendered.add("com.amazonaws.dynamodb.v20120810.TransactWriteItem@" + Integer.toHexString(i.hashCode())));
            v.add("Value '[" + String.join(", ", rendered) + "]' at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to 100");
        }
        v.enumValue(req.get("ReturnConsumedCapacity"), "returnConsumedCapacity", Validation.RETURN_CONSUMED)
                .enumValue(req.get("ReturnItemCollectionMetrics"), "returnItemCollectionMetrics", Validation.RETURN_METRICS);
        String token = Wire.text(req, "ClientRequestToken");
        if (token != null && (token.isEmpty() || token.length() > 36)) {
            v.add("Value '" + token + "' at 'clientRequestToken' failed to satisfy constraint: Member must have length "
                    + (token.isEmpty() ? "greater than or equal to 1" : "less than or equal to 36"));
        }
        v.throwIfAny();
        List<Action> actions = new ArrayList<>();
        long totalBytes = 0;
        for (JsonNode entry : items) {
            Action a = parse(entry);
            if (a.item() != null) totalBytes += nl.doorbraak.localcloud.dynamodb.types.ItemSize.of(a.item());
            actions.add(a);
        }
        if (totalBytes > 4L * 1024 * 1024) {
            throw DynamoDbError.validation("Transaction request cannot be larger than 4 MB");
        }
        String fingerprint = fingerprint(req);
        List<String> tables = new ArrayList<>();
        actions.forEach(a -> { if (!tables.contains(a.table())) tables.add(a.table()); });
        engine.write(changes -> {
            if (token != null) {
                String seen = engine.tokens().lookup(token);
                if (seen != null) {
                    if (!seen.equals(fingerprint)) {
                        throw new DynamoDbError("IdempotentParameterMismatchException",
                                "Request token has already been used with different parameters");
                    }
                    return null;
                }
            }
            Set<String> touched = new HashSet<>();
            List<PrimaryKey> keys = new ArrayList<>();
            for (Action a : actions) {
                var table = engine.requireTable(a.table());
                PrimaryKey key = a.item() != null ? ItemRules.item(table.def(), a.item()) : ItemRules.key(table.def(), a.key());
                if (!touched.add(a.table() + "\u0000" + key)) {
                    throw DynamoDbError.validation("Transaction request cannot include multiple operations on one item");
                }
                keys.add(key);
            }
            List<ObjectNode> reasons = new ArrayList<>();
            List<Runnable> writes = new ArrayList<>();
            boolean failed = false;
            for (int i = 0; i < actions.size(); i++) {
                Action a = actions.get(i);
                var table = engine.requireTable(a.table());
                PrimaryKey key = keys.get(i);
                Map<String, AttributeValue> previous = table.get(key);
                ObjectNode reason = Wire.F.objectNode();
                try {
                    if (!Conditions.test(a.condition(), previous)) {
                        reason.put("Code", "ConditionalCheckFailed").put("Message", "The conditional request failed");
                        if (a.failureReturnsOld() && previous != null) reason.set("Item", Wire.encode(previous));
                        failed = true;
                    } else {
                        reason.put("Code", "None");
                        switch (a.kind()) {
                            case "Put" -> writes.add(() -> changes.put(a.table(), a.item()));
                            case "Delete" -> {
                                if (previous != null) writes.add(() -> changes.delete(a.table(), key.toMap(table.def())));
                            }
                            case "Update" -> {
                                Map<String, AttributeValue> next = UpdateItem.apply(table.def(), a.update(), previous, a.key());
                                if (next != null) writes.add(() -> changes.put(a.table(), next));
                            }
                            default -> { }
                        }
                    }
                } catch (DynamoDbError e) {
                    if (!e.type().equals("ValidationException")) throw e;
                    reason.removeAll();
                    reason.put("Code", "ValidationError").put("Message", e.getMessage());
                    failed = true;
                }
                reasons.add(reason);
            }
            if (failed) throw Failures.cancelled(reasons);
            writes.forEach(Runnable::run);
            if (token != null) engine.tokens().remember(token, fingerprint);
            return null;
        });
        ObjectNode out = Wire.F.objectNode();
        String mode = Wire.text(req, "ReturnConsumedCapacity");
        if (mode != null && !mode.equals("NONE")) {
            ArrayNode consumed = out.putArray("ConsumedCapacity");
            for (String t : tables) {
                long n = actions.stream().filter(a -> a.table().equals(t)).count();
                consumed.add(Wire.consumed(req, t, 2.0 * n));
            }
        }
        return out;
    }

    private static Action parse(JsonNode entry) throws DynamoDbError {
        String kind = null;
        JsonNode body = null;
        for (String k : List.of("ConditionCheck", "Put", "Delete", "Update")) {
            if (Wire.present(entry, k)) {
                if (kind != null) {
                    throw DynamoDbError.validation("TransactItems can only contain one of Check, Put, Update or Delete");
                }
                kind = k;
                body = entry.get(k);
            }
        }
        if (kind == null) throw DynamoDbError.validation("TransactItems can only contain one of Check, Put, Update or Delete");
        new Validation().tableName(body.get("TableName"), "transactItems.1.member." + Character.toLowerCase(kind.charAt(0)) + kind.substring(1) + ".tableName", 1, 255)
                .enumValue(body.get("ReturnValuesOnConditionCheckFailure"), "returnValuesOnConditionCheckFailure", Validation.RETURN_ON_FAILURE)
                .throwIfAny();
        ExpressionContext ctx = Wire.context(body);
        Expressions.Update update = null;
        if (kind.equals("Update")) {
            String text = Wire.text(body, "UpdateExpression");
            if (text == null) throw DynamoDbError.validation("1 validation error detected: Value null at 'transactItems.1.member.update.updateExpression' failed to satisfy constraint: Member must not be null");
            update = Expressions.parseUpdate(text, ctx);
        }
        String condText = Wire.text(body, "ConditionExpression");
        if (kind.equals("ConditionCheck") && condText == null) {
            throw DynamoDbError.validation("1 validation error detected: Value null at 'transactItems.1.member.conditionCheck.conditionExpression' failed to satisfy constraint: Member must not be null");
        }
        Conditions.namesAndValuesNeedExpressions(body, List.of("ConditionExpression", "UpdateExpression"), List.of("ConditionExpression", "UpdateExpression"));
        Expressions.Condition condition = Conditions.condition(body, "ConditionExpression", ctx);
        Conditions.checkUsed(body, ctx);
        Map<String, AttributeValue> item = kind.equals("Put") ? Wire.item(body, "Item") : null;
        Map<String, AttributeValue> key = kind.equals("Put") ? null : Wire.item(body, "Key");
        if (kind.equals("Put") && item == null) throw DynamoDbError.validation("1 validation error detected: Value null at 'transactItems.1.member.put.item' failed to satisfy constraint: Member must not be null");
        if (!kind.equals("Put") && key == null) throw DynamoDbError.validation("1 validation error detected: Value null at 'transactItems.1.member." + Character.toLowerCase(kind.charAt(0)) + kind.substring(1) + ".key' failed to satisfy constraint: Member must not be null");
        return new Action(kind, Tables.name(body), key, item, update, condition,
                "ALL_OLD".equals(Wire.text(body, "ReturnValuesOnConditionCheckFailure")));
    }

    /** The request without its token and return options, with object members sorted (AWS ignores member order). */
    private static String fingerprint(JsonNode req) {
        ObjectNode copy = req.deepCopy();
        copy.remove("ClientRequestToken");
        copy.remove("ReturnConsumedCapacity");
        copy.remove("ReturnItemCollectionMetrics");
        return nl.doorbraak.localcloud.dynamodb.engine.IdempotencyTokens.digest(canonical(copy).toString());
    }

    private static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            ObjectNode sorted = Wire.F.objectNode();
            java.util.TreeMap<String, JsonNode> members = new java.util.TreeMap<>();
            node.fields().forEachRemaining(e -> members.put(e.getKey(), canonical(e.getValue())));
            members.forEach(sorted::set);
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode a = Wire.F.arrayNode();
            node.forEach(el -> a.add(canonical(el)));
            return a;
        }
        return node;
    }
}
