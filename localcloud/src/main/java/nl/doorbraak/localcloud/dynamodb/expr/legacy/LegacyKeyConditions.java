package nl.doorbraak.localcloud.dynamodb.expr.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.expr.ConditionNode;
import nl.doorbraak.localcloud.dynamodb.expr.KeyConditionParser;
import nl.doorbraak.localcloud.dynamodb.expr.KeyConditionSpec;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Converts the legacy {@code KeyConditions} of Query into the same key condition as a KeyConditionExpression. */
public final class LegacyKeyConditions {
    private static final Set<ComparisonOperator> INDEXABLE = Set.of(ComparisonOperator.EQ, ComparisonOperator.LE, ComparisonOperator.LT,
            ComparisonOperator.GE, ComparisonOperator.GT, ComparisonOperator.BEGINS_WITH, ComparisonOperator.BETWEEN);

    private LegacyKeyConditions() {}

    public static KeyConditionSpec keyConditions(JsonNode keyConditions, ValueDecoder decoder, String hashKey, String rangeKey) throws DynamoDbError {
        List<ConditionNode> parts = new ArrayList<>();
        boolean hashSeen = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = keyConditions.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String attribute = e.getKey();
            JsonNode opNode = e.getValue().get("ComparisonOperator");
            ComparisonOperator op = ComparisonOperator.parse(opNode == null ? "null" : opNode.asText());
            List<AttributeValue> args = LegacyConditions.decodeList(e.getValue().get("AttributeValueList"), decoder);
            op.validate(args);
            if (!INDEXABLE.contains(op)) throw DynamoDbError.validation("Attempted conditional constraint is not an indexable operation");
            if (attribute.equals(hashKey)) {
                hashSeen = true;
                if (op != ComparisonOperator.EQ) throw DynamoDbError.validation("Query key condition not supported");
            } else if (!attribute.equals(rangeKey)) {
                throw DynamoDbError.validation("Query condition missed key schema element: " + (hashSeen || rangeKey == null ? hashKey : rangeKey));
            }
            parts.add(op.toCondition(attribute, args));
        }
        if (parts.size() > 2) throw DynamoDbError.validation("Conditions can be of length 1 or 2 only");
        return KeyConditionParser.fromParts(parts, hashKey, rangeKey);
    }
}
