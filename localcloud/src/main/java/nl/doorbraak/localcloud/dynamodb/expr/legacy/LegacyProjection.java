package nl.doorbraak.localcloud.dynamodb.expr.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.expr.Expressions;

import java.util.ArrayList;
import java.util.List;

/** Converts legacy {@code AttributesToGet} into a projection of top-level attributes (key attributes not added). */
public final class LegacyProjection {
    private LegacyProjection() {}

    /** {@code AttributesToGet}: a JSON array of top-level attribute names. */
    public static Expressions.Projection attributesToGet(JsonNode names) throws DynamoDbError {
        List<String> list = new ArrayList<>();
        for (JsonNode n : names) {
            if (list.contains(n.asText())) {
                throw LegacyConditions.invalid("Duplicate value in attribute name: " + n.asText());
            }
            list.add(n.asText());
        }
        return Expressions.attributesToGet(list);
    }
}
