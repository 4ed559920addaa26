package nl.doorbraak.localcloud.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Renders JWT claims as API Gateway's JWT authorizer hands them to the integration: every value becomes a string;
 * numbers print as written ({@code 1700000000}), booleans as {@code true}/{@code false}, a list as Go prints one
 * ({@code ["approver","finance"]} arrives as {@code [approver finance]}) and an object as a Go map
 * ({@code map[k:v]}, keys sorted).
 */
public final class ClaimRenderer {
    private ClaimRenderer() {
    }

    public static Map<String, String> render(ObjectNode claims) {
        Map<String, String> out = new LinkedHashMap<>();
        claims.properties().forEach(e -> out.put(e.getKey(), value(e.getValue())));
        return out;
    }

    static String value(JsonNode node) {
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isArray()) {
            StringJoiner joined = new StringJoiner(" ", "[", "]");
            node.forEach(e -> joined.add(value(e)));
            return joined.toString();
        }
        if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            keys.sort(null);
            StringJoiner joined = new StringJoiner(" ", "map[", "]");
            keys.forEach(k -> joined.add(k + ":" + value(node.get(k))));
            return joined.toString();
        }
        if (node.isNull()) {
            return "<nil>";
        }
        return node.asText();
    }
}
