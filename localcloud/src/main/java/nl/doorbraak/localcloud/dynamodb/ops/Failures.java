package nl.doorbraak.localcloud.dynamodb.ops;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.Map;

/** Errors shared by the write operations. */
final class Failures {
    private Failures() {}

    /** ConditionalCheckFailedException, with the old item when ReturnValuesOnConditionCheckFailure is ALL_OLD. */
    static DynamoDbError conditionalCheck(Map<String, AttributeValue> oldItem) {
        if (oldItem == null) return DynamoDbError.conditionalCheckFailed(null);
        return DynamoDbError.conditionalCheckFailed("\"Item\":" + Wire.encode(oldItem).toString());
    }

    /** TransactionCanceledException with one reason per action, in request order. */
    static DynamoDbError cancelled(java.util.List<com.fasterxml.jackson.databind.node.ObjectNode> reasons) {
        java.util.List<String> codes = new java.util.ArrayList<>();
        com.fasterxml.jackson.databind.node.ArrayNode a = Wire.F.arrayNode();
        for (var r : reasons) {
            codes.add(r.path("Code").asText());
            a.add(r);
        }
        return new DynamoDbError(400, "TransactionCanceledException",
                "Transaction cancelled, please refer cancellation reasons for specific reasons [" + String.join(", ", codes) + "]",
                "\"CancellationReasons\":" + a);
    }
}
