package nl.doorbraak.localcloud.stepfunctions.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Map;

/**
 * What a JSONata expression in a state can see: the reserved variable {@code $states}
 * ({@code {input, context, result?, errorOutput?}}) and the workflow variables assigned so far, each bound as
 * {@code $name}.
 *
 * @param states    the {@code $states} object
 * @param variables workflow variables by name (without the {@code $})
 * @param now       the engine clock's time for {@code $now()} and {@code $millis()}; null means wall time
 */
public record JsonataScope(ObjectNode states, Map<String, JsonNode> variables, Instant now) {

    public JsonataScope {
        variables = Map.copyOf(variables);
    }

    public JsonataScope(ObjectNode states, Map<String, JsonNode> variables) {
        this(states, variables, null);
    }

    /** The same scope where {@code $now()} and {@code $millis()} read the given (engine clock) time. */
    public JsonataScope at(Instant time) {
        return new JsonataScope(states, variables, time);
    }

    /** {@code $states.input} and {@code $states.context}, with the given variables. */
    public static JsonataScope of(JsonNode input, JsonNode context, Map<String, JsonNode> variables) {
        ObjectNode states = JsonNodeFactory.instance.objectNode();
        states.set("input", input);
        states.set("context", context);
        return new JsonataScope(states, variables);
    }

    /** The same scope with {@code $states.result} (a Task's or Map's result, for Output and Assign). */
    public JsonataScope withResult(JsonNode result) {
        ObjectNode copy = states.deepCopy();
        copy.set("result", result);
        return new JsonataScope(copy, variables, now);
    }

    /** The same scope with {@code $states.errorOutput} (in a Catcher's Output and Assign). */
    public JsonataScope withErrorOutput(JsonNode errorOutput) {
        ObjectNode copy = states.deepCopy();
        copy.set("errorOutput", errorOutput);
        return new JsonataScope(copy, variables, now);
    }
}
