package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;
import nl.doorbraak.localcloud.dynamodb.engine.ItemRules;
import nl.doorbraak.localcloud.dynamodb.engine.PrimaryKey;
import nl.doorbraak.localcloud.dynamodb.engine.TableDef;
import nl.doorbraak.localcloud.dynamodb.expr.ExpressionContext;
import nl.doorbraak.localcloud.dynamodb.expr.DocumentPath;
import nl.doorbraak.localcloud.dynamodb.expr.Expressions;
import nl.doorbraak.localcloud.dynamodb.expr.ParsedUpdate;
import nl.doorbraak.localcloud.dynamodb.expr.PathProjection;
import nl.doorbraak.localcloud.dynamodb.expr.UpdateAction;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;
import nl.doorbraak.localcloud.dynamodb.wire.Validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** UpdateItem: applies an update expression (or legacy AttributeUpdates) to one item, creating it when absent. */
public final class UpdateItem implements Operation {
    private final DynamoDbEngine engine;

    public UpdateItem(DynamoDbEngine engine) {
        this.engine = engine;
    }

    @Override
    public JsonNode handle(JsonNode req) throws DynamoDbError {
        Validation v = new Validation().tableName(req.get("TableName"), "tableName", 1, 255);
        if (!Wire.present(req, "Key")) v.add("Value null at 'key' failed to satisfy constraint: Member must not be null");
        v.enumValue(req.get("ReturnConsumedCapacity"), "returnConsumedCapacity", Validation.RETURN_CONSUMED)
                .enumValue(req.get("ReturnItemCollectionMetrics"), "returnItemCollectionMetrics", Validation.RETURN_METRICS)
                .enumValue(req.get("ReturnValues"), "returnValues", Validation.RETURN_VALUES)
                .enumValue(req.get("ReturnValuesOnConditionCheckFailure"), "returnValuesOnConditionCheckFailure", Validation.RETURN_ON_FAILURE)
                .enumValue(req.get("ConditionalOperator"), "conditionalOperator", Validation.CONDITIONAL_OPERATOR)
                .throwIfAny();
        Map<String, AttributeValue> keyMap = Wire.item(req, "Key");
        Conditions.noMixing(req, List.of("AttributeUpdates", "Expected"), List.of("UpdateExpression", "ConditionExpression"));
        Conditions.namesAndValuesNeedExpressions(req, List.of("UpdateExpression", "ConditionExpression"),
                List.of("UpdateExpression", "ConditionExpression"));
        ExpressionContext ctx = Wire.context(req);
        String updateText = Wire.text(req, "UpdateExpression");
        Expressions.Update update = updateText == null ? Legacy.attributeUpdates(req) : Expressions.parseUpdate(updateText, ctx);
        Expressions.Condition condition = Conditions.condition(req, "ConditionExpression", ctx);
        if (condition == null) condition = Legacy.expected(req);
        Conditions.checkUsed(req, ctx);
        String name = Tables.name(req);
        String returnValues = Wire.text(req, "ReturnValues");
        boolean failureReturnsOld = "ALL_OLD".equals(Wire.text(req, "ReturnValuesOnConditionCheckFailure"));
        Expressions.Condition cond = condition;
        Map<String, AttributeValue>[] result = engine.write(changes -> {
            var table = engine.requireTable(name);
            TableDef def = table.def();
            PrimaryKey key = ItemRules.key(def, keyMap);
            Map<String, AttributeValue> previous = table.get(key);
            if (!Conditions.test(cond, previous)) throw Failures.conditionalCheck(failureReturnsOld ? previous : null);
            Map<String, AttributeValue> next = apply(def, update, previous, keyMap);
            if (next != null) {
                changes.put(name, next);
            }
            @SuppressWarnings("unchecked")
            Map<String, AttributeValue>[] r = new Map[]{previous, next};
            return r;
        });
        ObjectNode out = Wire.F.objectNode();
        Map<String, AttributeValue> attributes = returned(returnValues, update, result[0], result[1]);
        if (attributes != null && !attributes.isEmpty()) out.set("Attributes", Wire.encode(attributes));
        Wire.putConsumed(out, req, name, Wire.writeUnits(result[1]));
        if ("SIZE".equals(Wire.text(req, "ReturnItemCollectionMetrics"))) ItemCollections.put(out, engine, name, keyMap);
        return out;
    }

    /** The new item, or null when nothing is to be written (an absent item that the update leaves with only its key). */
    static Map<String, AttributeValue> apply(TableDef def, Expressions.Update update, Map<String, AttributeValue> previous,
                                             Map<String, AttributeValue> keyMap) throws DynamoDbError {
        if (update != null) {
            for (String attr : update.topLevelAttributes()) {
                if (def.isKey(attr)) {
                    throw DynamoDbError.validation("One or more parameter values were invalid: Cannot update attribute "
                            + attr + ". This attribute is part of the key");
                }
            }
        }
        Map<String, AttributeValue> base = previous;
        if (base == null) {
            base = new LinkedHashMap<>(keyMap);
        }
        Map<String, AttributeValue> next = update == null ? base : update.apply(base);
        if (previous == null && next.size() == keyMap.size() && update != null && !update.topLevelAttributes().isEmpty()
                && update.topLevelAttributes().stream().noneMatch(next::containsKey)) {
            // only REMOVE/DELETE on an absent item: DynamoDB writes nothing
            return null;
        }
        try {
            ItemRules.item(def, next);
        } catch (DynamoDbError e) {
            if (e.getMessage().startsWith("Item size has exceeded")) {
                throw DynamoDbError.validation("Item size to update has exceeded the maximum allowed size");
            }
            throw e;
        }
        return new LinkedHashMap<>(next);
    }

    static Map<String, AttributeValue> returned(String mode, Expressions.Update update, Map<String, AttributeValue> oldItem,
                                                Map<String, AttributeValue> newItem) {
        if (mode == null || mode.equals("NONE")) return null;
        switch (mode) {
            case "ALL_OLD": return oldItem;
            case "ALL_NEW": return newItem;
            default: {
                Map<String, AttributeValue> source = mode.equals("UPDATED_OLD") ? oldItem : newItem;
                if (source == null || update == null) return null;
                if (update instanceof ParsedUpdate parsed) {
                    List<DocumentPath> paths = new java.util.ArrayList<>();
                    for (UpdateAction a : parsed.actions()) paths.add(a.path());
                    return new PathProjection(paths).apply(source);
                }
                Map<String, AttributeValue> out = new LinkedHashMap<>();
                for (String attr : update.topLevelAttributes()) {
                    if (source.containsKey(attr)) out.put(attr, source.get(attr));
                }
                return out;
            }
        }
    }
}
