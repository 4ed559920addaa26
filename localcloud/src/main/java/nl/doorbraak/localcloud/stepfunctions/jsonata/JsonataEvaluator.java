package nl.doorbraak.localcloud.stepfunctions.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.stepfunctions.StatesError;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates JSONata for states with {@code QueryLanguage: JSONata} on com.dashjoin:jsonata: a single
 * {@code {% expression %}} string, or a template (an object or array whose string leaves may be {@code {% %}}
 * expressions; other strings are literals) as in {@code Arguments}, {@code Output} and {@code Assign}.
 *
 * <p>The expression sees {@code $states} and the workflow variables of a {@link JsonataScope}, plus the Step
 * Functions functions ({@link StepFunctionsFunctions}). Pure: nothing outlives a call except a pool of compiled
 * expressions ({@link CompiledExpressions}).
 *
 * <p>Errors are {@code States.QueryEvaluationError} with AWS's causes, naming the expression (without the
 * {@code {% %}}) and the field, e.g. {@code Output/result}:
 * <ul>
 *   <li>"The JSONata expression '$x' specified for the field 'Output/result' returned nothing (undefined)."</li>
 *   <li>"The JSONata expression '...' specified for the field 'Items' returned an unsupported result type." (a function)</li>
 *   <li>"The JSONata expression '...' specified for the field '...' threw an error during evaluation. T2001: ..." (a coded
 *       library error; an uncoded error of a Step Functions function follows a colon instead)</li>
 * </ul>
 * The interpreter prefixes the state's part ("An error occurred while executing the state 'X' (entered at the event id #n). ").
 */
public final class JsonataEvaluator {
    private static final CompiledExpressions COMPILED = new CompiledExpressions();

    private JsonataEvaluator() { }

    /** Whether a string is a JSONata expression: it starts with {@code {%} and ends with {@code %}}. */
    public static boolean isExpression(String value) {
        return value != null && value.length() >= 4 && value.startsWith("{%") && value.endsWith("%}");
    }

    /** The expression inside {@code {% %}}, trimmed, as AWS quotes it in error causes. */
    public static String body(String expression) {
        return expression.substring(2, expression.length() - 2).strip();
    }

    /**
     * The syntax error of an expression, if any, worded as AWS reports it at definition time (the parser's message
     * without its code, e.g. {@code Unexpected end of expression}). Takes the text with its {@code {% %}}.
     */
    public static Optional<String> syntaxError(String expression) {
        try {
            COMPILED.with(body(expression), compiled -> compiled);
            return Optional.empty();
        } catch (JException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * The names an expression reads from the (absent) context item, such as {@code phone} in {@code {% phone %}}:
     * AWS refuses these definitions ({@code UNSUPPORTED_JSONATA_EXPRESSION}). Empty for a valid reference-free
     * expression and for one that does not parse.
     */
    public static java.util.Set<String> topLevelReferences(String expression) {
        try {
            return COMPILED.with(body(expression), TopLevelReferences::of);
        } catch (JException e) {
            return java.util.Set.of();
        }
    }

    /**
     * Evaluates one {@code {% %}} expression for {@code field}.
     *
     * @throws StatesError {@code States.QueryEvaluationError} when it fails or returns nothing
     */
    public static JsonNode evaluate(String expression, String field, JsonataScope scope) {
        return evaluateOptional(expression, field, scope).orElseThrow(() -> failure(expression, field, "returned nothing (undefined)."));
    }

    /** As {@link #evaluate}, but an undefined result is empty instead of an error. */
    public static Optional<JsonNode> evaluateOptional(String expression, String field, JsonataScope scope) {
        String body = body(expression);
        Object result;
        try {
            result = COMPILED.with(body, compiled -> compiled.evaluate(root(scope), frame(compiled, scope)));
            if (result == null) {
                // The library returns JSON null and undefined alike as Java null: ask $exists which one it was.
                Object exists = COMPILED.with("$exists((" + body + "))", compiled -> compiled.evaluate(root(scope), frame(compiled, scope)));
                if (!Boolean.TRUE.equals(exists)) return Optional.empty();
                return Optional.of(JsonNodeFactory.instance.nullNode());
            }
        } catch (JException e) {
            throw failure(expression, field, "threw an error during evaluation. " + describe(e));
        } catch (StepFunctionsFunctions.FunctionError e) {
            throw failure(expression, field, "threw an error during evaluation: " + e.getMessage());
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() instanceof StepFunctionsFunctions.FunctionError f ? f : e;
            throw failure(expression, field, "threw an error during evaluation: " + cause.getMessage());
        }
        try {
            return Optional.of(JsonataValues.toJson(result));
        } catch (JsonataValues.UnsupportedValue e) {
            throw failure(expression, field, "returned an unsupported result type.");
        }
    }

    /**
     * Evaluates a template: {@code {% %}} strings are evaluated (field names extend {@code field} with
     * {@code /key} and {@code [index]}), other values are copied as they are. A template that is itself an
     * expression string is evaluated whole.
     */
    public static JsonNode evaluateTemplate(JsonNode template, String field, JsonataScope scope) {
        if (template.isTextual() && isExpression(template.textValue())) return evaluate(template.textValue(), field, scope);
        if (template.isObject()) {
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = template.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                result.set(entry.getKey(), evaluateTemplate(entry.getValue(), field + "/" + entry.getKey(), scope));
            }
            return result;
        }
        if (template.isArray()) {
            ArrayNode result = JsonNodeFactory.instance.arrayNode(template.size());
            for (int i = 0; i < template.size(); i++) result.add(evaluateTemplate(template.get(i), field + "[" + i + "]", scope));
            return result;
        }
        return template.deepCopy();
    }

    /**
     * The error AWS raises when a field's expression returns a value of the wrong type, e.g. for {@code Items}:
     * "The JSONata expression 'true' specified for the field 'Items' returned an unexpected result type.
     * Expected 'array', but was 'boolean' for value: true".
     */
    public static StatesError unexpectedType(String expression, String field, String expectedType, JsonNode value) {
        return failure(expression, field, "returned an unexpected result type. Expected '" + expectedType
                + "', but was '" + typeName(value) + "' for value: " + value);
    }

    /** JSON type names as AWS uses them in causes: object, array, string, number, boolean, null. */
    public static String typeName(JsonNode value) {
        if (value.isObject()) return "object";
        if (value.isArray()) return "array";
        if (value.isTextual()) return "string";
        if (value.isNumber()) return "number";
        if (value.isBoolean()) return "boolean";
        return "null";
    }

    private static StatesError failure(String expression, String field, String what) {
        return StatesError.queryEvaluation("The JSONata expression '" + body(expression) + "' specified for the field '"
                + field + "' " + what);
    }

    private static Jsonata.Frame frame(Jsonata compiled, JsonataScope scope) {
        Jsonata.Frame frame = compiled.createFrame();
        StepFunctionsFunctions.bindAll(frame);
        if (scope.now() != null) StepFunctionsFunctions.bindClock(frame, scope.now().toEpochMilli());
        scope.variables().forEach((name, value) -> frame.bind(name, JsonataValues.toJava(value)));
        frame.bind("states", JsonataValues.toJava(scope.states()));
        return frame;
    }

    /**
     * The context item of an expression: none. Step Functions offers the input only as {@code $states.input}; a bare
     * name reads nothing (and the validator refuses it, see {@link #topLevelReferences}).
     */
    private static Object root(JsonataScope scope) {
        return null;
    }

    private static String describe(JException e) {
        String code = e.getError();
        String message = e.getMessage();
        return code == null || message.startsWith(code) ? message : code + ": " + message;
    }
}
