package nl.doorbraak.localcloud.dynamodb.expr.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.expr.DocumentPath;
import nl.doorbraak.localcloud.dynamodb.expr.Operand;
import nl.doorbraak.localcloud.dynamodb.expr.ParsedUpdate;
import nl.doorbraak.localcloud.dynamodb.expr.UpdateAction;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Converts legacy {@code AttributeUpdates} ({@code {attr: {Action: PUT|ADD|DELETE, Value}}}) into update actions:
 * PUT = SET, DELETE without value = REMOVE, DELETE with a set = DELETE, ADD of a number, set or list = ADD.
 */
public final class LegacyUpdates {
    private LegacyUpdates() {}

    public static ParsedUpdate attributeUpdates(JsonNode updates, ValueDecoder decoder) throws DynamoDbError {
        List<UpdateAction> actions = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = updates.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            actions.add(action(e.getKey(), e.getValue(), decoder));
        }
        return new ParsedUpdate(actions);
    }

    private static UpdateAction action(String attribute, JsonNode update, ValueDecoder decoder) throws DynamoDbError {
        JsonNode actionNode = update.get("Action");
        String action = actionNode == null || actionNode.isNull() ? "PUT" : actionNode.asText();
        JsonNode valueNode = update.get("Value");
        AttributeValue value = valueNode == null || valueNode.isNull() ? null : decoder.decode(valueNode);
        DocumentPath path = DocumentPath.of(attribute);
        switch (action) {
            case "PUT" -> {
                if (value == null) throw onlyDelete();
                return new UpdateAction.Set(path, new Operand.Value("legacy", value));
            }
            case "DELETE" -> {
                if (value == null) return new UpdateAction.Remove(path);
                if (!isSet(value)) {
                    throw LegacyConditions.invalid("DELETE action with value is not supported for the type " + value.type());
                }
                return new UpdateAction.Delete(path, value);
            }
            case "ADD" -> {
                if (value == null) throw onlyDelete();
                if (!isSet(value) && !(value instanceof AttributeValue.N) && !(value instanceof AttributeValue.L)) {
                    throw LegacyConditions.invalid("ADD action is not supported for the type " + value.type());
                }
                return new UpdateAction.Add(path, value);
            }
            default -> throw DynamoDbError.validation("1 validation error detected: Value '" + action
                    + "' at 'attributeUpdates." + attribute + ".member.action' failed to satisfy constraint: Member must satisfy enum value set: [ADD, PUT, DELETE]");
        }
    }

    private static DynamoDbError onlyDelete() {
        return LegacyConditions.invalid("Only DELETE action is allowed when no attribute value is specified");
    }

    private static boolean isSet(AttributeValue v) {
        return v instanceof AttributeValue.SS || v instanceof AttributeValue.NS || v instanceof AttributeValue.BS;
    }
}
