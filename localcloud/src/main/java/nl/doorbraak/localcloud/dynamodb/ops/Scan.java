package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;
import nl.doorbraak.localcloud.dynamodb.engine.IndexDef;
import nl.doorbraak.localcloud.dynamodb.engine.TableDef;
import nl.doorbraak.localcloud.dynamodb.expr.ExpressionContext;
import nl.doorbraak.localcloud.dynamodb.expr.Expressions;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;
import nl.doorbraak.localcloud.dynamodb.wire.Validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Scan: every item of a table or index, in key order, filtered, projected, paginated; parallel scans split the
 * items by a hash of their partition key into {@code TotalSegments} disjoint segments.
 */
public final class Scan implements Operation {
    private final DynamoDbEngine engine;

    public Scan(DynamoDbEngine engine) {
        this.engine = engine;
    }

    @Override
    public JsonNode handle(JsonNode req) throws DynamoDbError {
        Validation v = new Validation().tableName(req.get("TableName"), "tableName", 1, 255)
                .enumValue(req.get("Select"), "select", Validation.SELECT)
                .enumValue(req.get("ReturnConsumedCapacity"), "returnConsumedCapacity", Validation.RETURN_CONSUMED)
                .enumValue(req.get("ConditionalOperator"), "conditionalOperator", Validation.CONDITIONAL_OPERATOR)
                .minimum(req.get("Limit"), "limit", 1)
                .minimum(req.get("Segment"), "segment", 0).maximum(req.get("Segment"), "segment", 999999)
                .minimum(req.get("TotalSegments"), "totalSegments", 1).maximum(req.get("TotalSegments"), "totalSegments", 1000000);
        v.throwIfAny();
        boolean hasSegment = Wire.present(req, "Segment");
        boolean hasTotal = Wire.present(req, "TotalSegments");
        if (hasSegment && !hasTotal) {
            throw DynamoDbError.validation("The TotalSegments parameter is required but was not present in the request when Segment parameter is present");
        }
        if (hasTotal && !hasSegment) {
            throw DynamoDbError.validation("The Segment parameter is required but was not present in the request when parameter TotalSegments is present");
        }
        int segment = req.path("Segment").asInt(0);
        int total = req.path("TotalSegments").asInt(1);
        if (hasSegment && segment >= total) {
            throw DynamoDbError.validation("The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: "
                    + segment + " is not less than TotalSegments: " + total);
        }
        Conditions.noMixing(req, List.of("ScanFilter", "AttributesToGet"), List.of("FilterExpression", "ProjectionExpression"));
        Conditions.namesAndValuesNeedExpressions(req, List.of("FilterExpression", "ProjectionExpression"), List.of("FilterExpression"));
        Map<String, AttributeValue> startKey = Wire.item(req, "ExclusiveStartKey");
        ExpressionContext ctx = Wire.context(req);
        Expressions.Condition filter = Conditions.condition(req, "FilterExpression", ctx);
        if (filter == null) filter = Legacy.filter(req, "ScanFilter");
        Expressions.Projection projection = Conditions.projection(req, ctx);
        Conditions.checkUsed(req, ctx);
        String name = Tables.name(req);
        String indexName = Wire.text(req, "IndexName");
        String select = Wire.text(req, "Select");
        Expressions.Condition filterFinal = filter;
        return engine.read(() -> {
            var table = engine.requireTable(name);
            TableDef def = table.def();
            IndexDef index = Reads.index(def, indexName);
            Reads.checkSelect(def, index, select, projection != null);
            Reads.checkConsistency(def, index, req.path("ConsistentRead").asBoolean(false));
            Reads.checkStartKey(def, index, startKey);
            String segmentKey = index == null ? def.hash() : index.hash();
            List<Map<String, AttributeValue>> items = new ArrayList<>();
            for (Map<String, AttributeValue> item : table.items().values()) {
                if (index != null && !Reads.inIndex(index, item)) continue;
                if (total > 1 && Math.floorMod(item.get(segmentKey).hashCode(), total) != segment) continue;
                items.add(item);
            }
            Comparator<Map<String, AttributeValue>> order = Reads.order(Reads.positionKeys(def, index));
            if (index != null) items.sort(order);
            Integer limit = Wire.present(req, "Limit") ? req.get("Limit").asInt() : null;
            return Reads.page(def, index, items, order, startKey,
                    new Reads.Options(limit, select, filterFinal, projection, req.path("ConsistentRead").asBoolean(false), req));
        });
    }
}
