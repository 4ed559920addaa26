package nl.doorbraak.localcloud.stepfunctions.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.stepfunctions.StatesError;
import nl.doorbraak.localcloud.stepfunctions.intrinsics.Intrinsics;

import java.util.Iterator;
import java.util.Map;

/**
 * A JSONPath payload template ({@code Parameters}, {@code ResultSelector}, {@code ItemSelector}, JSONPath
 * {@code Assign}): keys ending in {@code .$} take the value of a path or an intrinsic function.
 */
public final class PayloadTemplate {
    private PayloadTemplate() {}

    public static JsonNode evaluate(JsonNode template, StatePaths paths) {
        if (template == null) return null;
        if (template.isObject()) {
            ObjectNode out = Json.object();
            Iterator<Map.Entry<String, JsonNode>> it = template.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = e.getKey();
                if (key.endsWith(".$") && e.getValue().isTextual()) {
                    out.set(key.substring(0, key.length() - 2), dynamic(key, e.getValue().asText(), paths));
                } else {
                    out.set(key, evaluate(e.getValue(), paths));
                }
            }
            return out;
        }
        if (template.isArray()) {
            ArrayNode out = Json.NODES.arrayNode();
            for (JsonNode n : template) out.add(evaluate(n, paths));
            return out;
        }
        return template;
    }

    /** The value of one {@code key.$: expression} entry. */
    public static JsonNode dynamic(String key, String expression, StatePaths paths) {
        String expr = expression.trim();
        if (expr.startsWith("States.")) {
            return Intrinsics.evaluate(expr, paths);
        }
        return paths.resolve(expr).orElseThrow(() -> StatesError.runtime("The JSONPath '" + expression
                + "' specified for the field '" + key + "' could not be found in the input '" + Json.write(paths.input()) + "'"));
    }
}
