package nl.doorbraak.localcloud.stepfunctions.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.stepfunctions.jsonata.JsonataEvaluator;
import nl.doorbraak.localcloud.stepfunctions.jsonata.JsonataScope;

import java.time.Instant;

/**
 * JSONata fields of a state ({@code Arguments}, {@code Output}, {@code Assign}, {@code Items}, ...): the interpreter's
 * single entry to the {@link JsonataEvaluator}, with {@code $states}, the visible variables and the engine clock.
 */
public final class JsonataFields {
    private JsonataFields() {}

    public static boolean isExpression(JsonNode n) {
        return n != null && n.isTextual() && JsonataEvaluator.isExpression(n.asText());
    }

    public static boolean isExpression(String s) {
        return s != null && JsonataEvaluator.isExpression(s);
    }

    /** The expression inside {@code {% %}}, as AWS quotes it in error causes. */
    public static String expressionText(String s) {
        return JsonataEvaluator.body(s);
    }

    /** Evaluates a template; {@code field} names it in errors ("Output", "Assign/x", ...). */
    public static JsonNode evaluate(JsonNode template, String field, JsonNode states, Variables vars, Instant now) {
        if (template == null) return null;
        return JsonataEvaluator.evaluateTemplate(template, field, new JsonataScope((ObjectNode) states, vars.all(), now));
    }
}
