package nl.doorbraak.localcloud.dynamodb.expr.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.expr.Comparator;
import nl.doorbraak.localcloud.dynamodb.expr.ConditionNode;
import nl.doorbraak.localcloud.dynamodb.expr.DocumentPath;
import nl.doorbraak.localcloud.dynamodb.expr.Operand;
import nl.doorbraak.localcloud.dynamodb.expr.ParsedCondition;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Converts the legacy condition parameters into the same condition the expression evaluator runs:
 * {@code Expected} (with {@code Exists}/{@code Value} or {@code ComparisonOperator}/{@code AttributeValueList}),
 * {@code QueryFilter} and {@code ScanFilter}, combined with {@code ConditionalOperator} (AND by default).
 * Attribute names are taken literally: no placeholders, no reserved words.
 */
public final class LegacyConditions {
    private LegacyConditions() {}

    /** {@code Expected} + {@code ConditionalOperator} (null = AND). */
    public static ParsedCondition expected(JsonNode expected, String conditionalOperator, ValueDecoder decoder) throws DynamoDbError {
        List<ConditionNode> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            parts.add(expectedEntry(e.getKey(), e.getValue(), decoder));
        }
        return new ParsedCondition(combine(parts, conditionalOperator));
    }

    /** {@code QueryFilter} or {@code ScanFilter} + {@code ConditionalOperator} (null = AND). */
    public static ParsedCondition filter(JsonNode filter, String conditionalOperator, ValueDecoder decoder) throws DynamoDbError {
        List<ConditionNode> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = filter.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            parts.add(comparison(e.getKey(), e.getValue(), decoder));
        }
        return new ParsedCondition(combine(parts, conditionalOperator));
    }

    static ConditionNode combine(List<ConditionNode> parts, String conditionalOperator) throws DynamoDbError {
        boolean or;
        if (conditionalOperator == null || conditionalOperator.equals("AND")) {
            or = false;
        } else if (conditionalOperator.equals("OR")) {
            or = true;
        } else {
            throw DynamoDbError.validation("1 validation error detected: Value '" + conditionalOperator
                    + "' at 'conditionalOperator' failed to satisfy constraint: Member must satisfy enum value set: [OR, AND]");
        }
        if (parts.isEmpty()) return new ConditionNode.True();
        ConditionNode out = parts.get(0);
        for (ConditionNode p : parts.subList(1, parts.size())) {
            out = or ? new ConditionNode.Or(out, p) : new ConditionNode.And(out, p);
        }
        return out;
    }

    private static ConditionNode expectedEntry(String attribute, JsonNode entry, ValueDecoder decoder) throws DynamoDbError {
        JsonNode value = present(entry, "Value");
        JsonNode exists = present(entry, "Exists");
        JsonNode op = present(entry, "ComparisonOperator");
        JsonNode list = present(entry, "AttributeValueList");
        if (value != null && list != null) {
            throw invalid("Value and AttributeValueList cannot be used together for Attribute: " + attribute);
        }
        if (op != null) {
            if (exists != null) throw invalid("Exists and ComparisonOperator cannot be used together for Attribute: " + attribute);
            if (list == null && value == null && !op.asText().equals("NULL") && !op.asText().equals("NOT_NULL")) {
                throw invalid("Value or AttributeValueList must be used with ComparisonOperator: " + op.asText() + " for Attribute: " + attribute);
            }
            ComparisonOperator comparison = ComparisonOperator.parse(op.asText());
            List<AttributeValue> args = value != null ? List.of(decoder.decode(value)) : decodeList(list, decoder);
            comparison.validate(args);
            return comparison.toCondition(attribute, args);
        }
        if (list != null) {
            throw invalid("AttributeValueList can only be used with a ComparisonOperator for Attribute: " + attribute);
        }
        boolean mustExist = exists == null || exists.asBoolean();
        if (mustExist && value == null) {
            throw invalid("Value must be provided when Exists is " + (exists == null ? "null" : "true") + " for Attribute: " + attribute);
        }
        if (!mustExist && value != null) {
            throw invalid("Value cannot be used when Exists is false for Attribute: " + attribute);
        }
        if (!mustExist) return new ConditionNode.AttributeNotExists(DocumentPath.of(attribute));
        return new ConditionNode.Compare(Comparator.EQ, new Operand.Path(DocumentPath.of(attribute)),
                new Operand.Value("legacy", decoder.decode(value)));
    }

    private static JsonNode present(JsonNode entry, String member) {
        JsonNode n = entry.get(member);
        return n == null || n.isNull() ? null : n;
    }

    /** One {@code {ComparisonOperator, AttributeValueList}} condition on an attribute. */
    static ConditionNode comparison(String attribute, JsonNode entry, ValueDecoder decoder) throws DynamoDbError {
        JsonNode opNode = entry.get("ComparisonOperator");
        if (opNode == null || opNode.isNull()) {
            throw DynamoDbError.validation("1 validation error detected: Value null at 'comparisonOperator' failed to satisfy constraint: Member must not be null");
        }
        ComparisonOperator op = ComparisonOperator.parse(opNode.asText());
        List<AttributeValue> args = decodeList(entry.get("AttributeValueList"), decoder);
        op.validate(args);
        return op.toCondition(attribute, args);
    }

    static List<AttributeValue> decodeList(JsonNode list, ValueDecoder decoder) throws DynamoDbError {
        List<AttributeValue> out = new ArrayList<>();
        if (list != null && !list.isNull()) {
            for (JsonNode v : list) out.add(decoder.decode(v));
        }
        return out;
    }

    static DynamoDbError invalid(String detail) {
        return DynamoDbError.validation("One or more parameter values were invalid: " + detail);
    }
}
