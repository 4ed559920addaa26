package nl.doorbraak.localcloud.stepfunctions.dataflow;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.stepfunctions.StatesError;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSONata fields of a state ({@code Arguments}, {@code Output}, {@code Assign}, {@code Items}, ...): strings
 * {@code {% expr %}} are evaluated with {@code $states} and the variables bound; objects and arrays recursively.
 */
public final class JsonataFields {
    private static final Map<String, Jsonata> CACHE = new ConcurrentHashMap<>();

    private JsonataFields() {}

    public static boolean isExpression(JsonNode n) {
        return n != null && n.isTextual() && isExpression(n.asText());
    }

    public static boolean isExpression(String s) {
        String t = s.trim();
        return t.startsWith("{%") && t.endsWith("%}") && t.length() >= 4;
    }

    public static String expressionText(String s) {
        String t = s.trim();
        return t.substring(2, t.length() - 2).trim();
    }

    /** Evaluates a template; {@code field} names it in errors ("Output", "Assign/x", ...). */
    public static JsonNode evaluate(JsonNode template, String field, JsonNode states, Variables vars) {
        if (template == null) return null;
        if (template.isTextual() && isExpression(template.asText())) {
            return expression(expressionText(template.asText()), field, states, vars);
        }
        if (template.isObject()) {
            ObjectNode out = Json.object();
            Iterator<Map.Entry<String, JsonNode>> it = template.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.set(e.getKey(), evaluate(e.getValue(), field + "/" + e.getKey(), states, vars));
            }
            return out;
        }
        if (template.isArray()) {
            ArrayNode out = Json.NODES.arrayNode();
            int i = 0;
            for (JsonNode n : template) out.add(evaluate(n, field + "[" + i++ + "]", states, vars));
            return out;
        }
        return template;
    }

    /** Evaluates one expression (without the {@code {% %}}); undefined is an error. */
    public static JsonNode expression(String expr, String field, JsonNode states, Variables vars) {
        Object result;
        try {
            Jsonata compiled = CACHE.computeIfAbsent(expr, Jsonata::jsonata);
            Jsonata.Frame frame = compiled.createFrame();
            frame.bind("states", toJava(states));
            vars.all().forEach((k, v) -> frame.bind(k, toJava(v)));
            result = compiled.evaluate(null, frame);
        } catch (StatesError e) {
            throw e;
        } catch (RuntimeException e) {
            throw StatesError.queryEvaluation("An error occurred while evaluating the JSONata expression '" + expr
                    + "' specified for the field '" + field + "': " + e.getMessage());
        }
        if (result == null) {
            throw StatesError.queryEvaluation("The JSONata expression '" + expr + "' specified for the field '"
                    + field + "' returned nothing (undefined).");
        }
        if (result == Jsonata.NULL_VALUE) return Json.NODES.nullNode();
        if (result instanceof Jsonata.JFunction || result.getClass().getName().contains("Jsonata$")) {
            throw StatesError.queryEvaluation("The JSONata expression '" + expr + "' specified for the field '"
                    + field + "' returned an unsupported result type.");
        }
        return Json.MAPPER.valueToTree(result);
    }

    private static Object toJava(JsonNode n) {
        if (n == null) return null;
        if (n.isNull()) return Jsonata.NULL_VALUE;
        return Json.MAPPER.convertValue(n, new TypeReference<Object>() {});
    }
}
