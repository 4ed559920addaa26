package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;
import nl.doorbraak.localcloud.dynamodb.engine.ItemRules;
import nl.doorbraak.localcloud.dynamodb.expr.ExpressionContext;
import nl.doorbraak.localcloud.dynamodb.expr.Expressions;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;
import nl.doorbraak.localcloud.dynamodb.wire.Validation;

import java.util.List;
import java.util.Map;

/** GetItem: one item by key, optionally projected. Every read is strongly consistent here. */
public final class GetItem implements Operation {
    private final DynamoDbEngine engine;

    public GetItem(DynamoDbEngine engine) {
        this.engine = engine;
    }

    @Override
    public JsonNode handle(JsonNode req) throws DynamoDbError {
        Validation v = new Validation().tableName(req.get("TableName"), "tableName", 1, 255);
        if (!Wire.present(req, "Key")) v.add("Value null at 'key' failed to satisfy constraint: Member must not be null");
        v.enumValue(req.get("ReturnConsumedCapacity"), "returnConsumedCapacity", Validation.RETURN_CONSUMED).throwIfAny();
        Map<String, AttributeValue> keyMap = Wire.item(req, "Key");
        Conditions.noMixing(req, List.of("AttributesToGet"), List.of("ProjectionExpression"));
        Conditions.namesAndValuesNeedExpressions(req, List.of("ProjectionExpression"), List.of("ProjectionExpression"));
        ExpressionContext ctx = Wire.context(req);
        Expressions.Projection projection = Conditions.projection(req, ctx);
        Conditions.checkUsed(req, ctx);
        String name = Tables.name(req);
        Map<String, AttributeValue> item = engine.read(() -> {
            var table = engine.requireTable(name);
            return table.get(ItemRules.key(table.def(), keyMap));
        });
        ObjectNode out = Wire.F.objectNode();
        if (item != null) out.set("Item", Wire.encode(projection == null ? item : projection.apply(item)));
        Wire.putConsumed(out, req, name, Wire.readUnits(item, req.path("ConsistentRead").asBoolean(false)));
        return out;
    }
}
