package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;
import nl.doorbraak.localcloud.dynamodb.engine.IndexDef;
import nl.doorbraak.localcloud.dynamodb.engine.TableDef;
import nl.doorbraak.localcloud.dynamodb.expr.ExpressionContext;
import nl.doorbraak.localcloud.dynamodb.expr.Expressions;
import nl.doorbraak.localcloud.dynamodb.expr.ParsedCondition;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;
import nl.doorbraak.localcloud.dynamodb.wire.Validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Query: one partition of a table or index, in sort key order (or reversed), filtered, projected, paginated. */
public final class Query implements Operation {
    private final DynamoDbEngine engine;

    public Query(DynamoDbEngine engine) {
        this.engine = engine;
    }

    @Override
    public JsonNode handle(JsonNode req) throws DynamoDbError {
        Validation v = new Validation().tableName(req.get("TableName"), "tableName", 1, 255)
                .enumValue(req.get("Select"), "select", Validation.SELECT)
                .enumValue(req.get("ReturnConsumedCapacity"), "returnConsumedCapacity", Validation.RETURN_CONSUMED)
                .enumValue(req.get("ConditionalOperator"), "conditionalOperator", Validation.CONDITIONAL_OPERATOR);
        if (Wire.present(req, "Limit") && req.get("Limit").asLong() < 1) {
            v.add("Value at 'Limit' failed to satisfy constraint: Member must have value greater than or equal to 1");
        }
        v.throwIfAny();
        Conditions.noMixing(req, List.of("KeyConditions", "QueryFilter", "AttributesToGet"),
                List.of("KeyConditionExpression", "FilterExpression", "ProjectionExpression"));
        Conditions.namesAndValuesNeedExpressions(req, List.of("KeyConditionExpression", "FilterExpression", "ProjectionExpression"),
                List.of("KeyConditionExpression", "FilterExpression"));
        if (!Wire.present(req, "KeyConditionExpression") && !Wire.present(req, "KeyConditions")) {
            throw DynamoDbError.validation("Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
        }
        Map<String, AttributeValue> startKey = Wire.item(req, "ExclusiveStartKey");
        ExpressionContext ctx = Wire.context(req);
        String name = Tables.name(req);
        String indexName = Wire.text(req, "IndexName");
        String select = Wire.text(req, "Select");
        boolean forward = req.path("ScanIndexForward").asBoolean(true);
        // the key condition needs the schema; the other expressions are parsed first so their syntax errors win
        Expressions.Condition filter = Conditions.condition(req, "FilterExpression", ctx);
        if (filter == null) filter = Legacy.filter(req, "QueryFilter");
        Expressions.Projection projection = Conditions.projection(req, ctx);
        Expressions.Condition filterFinal = filter;
        return engine.read(() -> {
            var table = engine.requireTable(name);
            TableDef def = table.def();
            IndexDef index = Reads.index(def, indexName);
            String hashKey = index == null ? def.hash() : index.hash();
            String rangeKey = index == null ? def.range() : index.range();
            Expressions.KeyCondition keyCondition = KeyConditions.parse(req, ctx, hashKey, rangeKey);
            Conditions.checkUsed(req, ctx);
            Reads.checkSelect(def, index, select, projection != null);
            Reads.checkConsistency(def, index, req.path("ConsistentRead").asBoolean(false));
            if (filterFinal instanceof ParsedCondition parsed) {
                for (String a : parsed.topLevelAttributes()) {
                    if (a.equals(hashKey) || a.equals(rangeKey)) {
                        throw DynamoDbError.validation((Wire.present(req, "QueryFilter") ? "QueryFilter" : "Filter Expression")
                                + " can only contain non-primary key attributes: Primary key attribute: " + a);
                    }
                }
            }
            Reads.checkStartKey(def, index, startKey);
            AttributeValue hashValue = keyCondition.partitionKeyValue();
            if (!hashValue.type().equals(def.attributeTypes().get(hashKey))) {
                throw DynamoDbError.validation("One or more parameter values were invalid: Condition parameter type does not match schema type");
            }
            List<Map<String, AttributeValue>> items = new ArrayList<>();
            Expressions.Condition sortCondition = keyCondition.sortKeyCondition().orElse(null);
            if (index == null) {
                for (Map<String, AttributeValue> item : table.partition(hashValue).values()) {
                    if (sortCondition == null || sortCondition.test(item)) items.add(item);
                }
            } else {
                for (Map<String, AttributeValue> item : table.items().values()) {
                    if (Reads.inIndex(index, item) && hashValue.equals(item.get(hashKey))
                            && (sortCondition == null || sortCondition.test(item))) {
                        items.add(item);
                    }
                }
            }
            Comparator<Map<String, AttributeValue>> order = Reads.order(Reads.positionKeys(def, index));
            if (index != null) items.sort(order);
            if (!forward) {
                Collections.reverse(items);
                order = order.reversed();
            }
            Integer limit = Wire.present(req, "Limit") ? req.get("Limit").asInt() : null;
            return Reads.page(def, index, items, order, startKey,
                    new Reads.Options(limit, select, filterFinal, projection, req.path("ConsistentRead").asBoolean(false), req));
        });
    }
}
