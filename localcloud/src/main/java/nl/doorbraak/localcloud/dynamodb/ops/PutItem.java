package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;
import nl.doorbraak.localcloud.dynamodb.engine.ItemRules;
import nl.doorbraak.localcloud.dynamodb.engine.PrimaryKey;
import nl.doorbraak.localcloud.dynamodb.expr.ExpressionContext;
import nl.doorbraak.localcloud.dynamodb.expr.Expressions;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;
import nl.doorbraak.localcloud.dynamodb.wire.Validation;

import java.util.List;
import java.util.Map;

/** PutItem: replaces the whole item, optionally under a condition; ReturnValues NONE or ALL_OLD. */
public final class PutItem implements Operation {
    private final DynamoDbEngine engine;

    public PutItem(DynamoDbEngine engine) {
        this.engine = engine;
    }

    @Override
    public JsonNode handle(JsonNode req) throws DynamoDbError {
        Validation v = new Validation().tableName(req.get("TableName"), "tableName", 1, 255);
        if (!Wire.present(req, "Item")) v.add("Value null at 'item' failed to satisfy constraint: Member must not be null");
        v.enumValue(req.get("ReturnConsumedCapacity"), "returnConsumedCapacity", Validation.RETURN_CONSUMED)
                .enumValue(req.get("ReturnItemCollectionMetrics"), "returnItemCollectionMetrics", Validation.RETURN_METRICS)
                .enumValue(req.get("ReturnValues"), "returnValues", Validation.RETURN_VALUES)
                .enumValue(req.get("ReturnValuesOnConditionCheckFailure"), "returnValuesOnConditionCheckFailure", Validation.RETURN_ON_FAILURE)
                .enumValue(req.get("ConditionalOperator"), "conditionalOperator", Validation.CONDITIONAL_OPERATOR)
                .throwIfAny();
        Map<String, AttributeValue> item = Wire.item(req, "Item");
        String returnValues = Wire.text(req, "ReturnValues");
        if (returnValues != null && !returnValues.equals("NONE") && !returnValues.equals("ALL_OLD")) {
            throw DynamoDbError.validation("ReturnValues can only be ALL_OLD or NONE");
        }
        Conditions.noMixing(req, List.of("Expected"), List.of("ConditionExpression"));
        Conditions.namesAndValuesNeedExpressions(req, List.of("ConditionExpression"), List.of("ConditionExpression"));
        ExpressionContext ctx = Wire.context(req);
        Expressions.Condition condition = Conditions.condition(req, "ConditionExpression", ctx);
        if (condition == null) condition = Legacy.expected(req);
        Conditions.checkUsed(req, ctx);
        String name = Tables.name(req);
        boolean failureReturnsOld = "ALL_OLD".equals(Wire.text(req, "ReturnValuesOnConditionCheckFailure"));
        Expressions.Condition cond = condition;
        Map<String, AttributeValue> old = engine.write(changes -> {
            var table = engine.requireTable(name);
            PrimaryKey key = ItemRules.item(table.def(), item);
            Map<String, AttributeValue> previous = table.get(key);
            if (!Conditions.test(cond, previous)) throw Failures.conditionalCheck(failureReturnsOld ? previous : null);
            changes.put(name, item);
            return previous;
        });
        ObjectNode out = Wire.F.objectNode();
        if ("ALL_OLD".equals(returnValues) && old != null) out.set("Attributes", Wire.encode(old));
        Wire.putConsumed(out, req, name, Wire.writeUnits(item));
        if ("SIZE".equals(Wire.text(req, "ReturnItemCollectionMetrics"))) ItemCollections.put(out, engine, name, item);
        return out;
    }
}
