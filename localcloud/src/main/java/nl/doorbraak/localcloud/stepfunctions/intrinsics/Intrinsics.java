package nl.doorbraak.localcloud.stepfunctions.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.stepfunctions.PathResolver;
import nl.doorbraak.localcloud.stepfunctions.StatesError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates intrinsic functions of the States Language ({@code "x.$": "States.Format('Hello {}', $.name)"}).
 * Pure: the only outside input is the {@link PathResolver} for path arguments ({@code $.a}, {@code $$.Execution.Id},
 * {@code $var}); parsed expressions are cached by text.
 *
 * <p>Errors are {@link StatesError}s as Step Functions raises them: {@code States.Runtime} with
 * "Invalid arguments in States.Name" for wrong argument counts, types or ranges; {@link IntrinsicPathNotFound} for a
 * path matching nothing; {@code States.Runtime} for an unknown function or malformed text.
 */
public final class Intrinsics {
    private static final Map<String, IntrinsicFunction> FUNCTIONS = Map.ofEntries(
            Map.entry("States.Format", new FormatFunction()),
            Map.entry("States.StringToJson", JsonFunctions::stringToJson),
            Map.entry("States.JsonToString", JsonFunctions::jsonToString),
            Map.entry("States.JsonMerge", JsonFunctions::jsonMerge),
            Map.entry("States.Array", ArrayFunctions::array),
            Map.entry("States.ArrayPartition", ArrayFunctions::partition),
            Map.entry("States.ArrayContains", ArrayFunctions::contains),
            Map.entry("States.ArrayRange", ArrayFunctions::range),
            Map.entry("States.ArrayGetItem", ArrayFunctions::getItem),
            Map.entry("States.ArrayLength", ArrayFunctions::length),
            Map.entry("States.ArrayUnique", ArrayFunctions::unique),
            Map.entry("States.Base64Encode", EncodingFunctions::base64Encode),
            Map.entry("States.Base64Decode", EncodingFunctions::base64Decode),
            Map.entry("States.Hash", EncodingFunctions::hash),
            Map.entry("States.MathRandom", MathFunctions::random),
            Map.entry("States.MathAdd", MathFunctions::add),
            Map.entry("States.StringSplit", StringFunctions::split),
            Map.entry("States.UUID", StringFunctions::uuid));
    private static final int CACHE_LIMIT = 4096;
    private static final Map<String, IntrinsicExpression.Call> PARSED = new ConcurrentHashMap<>();

    private Intrinsics() { }

    /** Whether a {@code .$} field value is an intrinsic function call rather than a path: it starts with {@code States.}. */
    public static boolean isIntrinsic(String value) {
        return value.stripLeading().startsWith("States.");
    }

    /** The names of every supported function, e.g. {@code States.Format}. */
    public static java.util.Set<String> functionNames() {
        return FUNCTIONS.keySet();
    }

    /**
     * Checks an expression at definition time: well-formed and naming only known functions.
     *
     * @throws IntrinsicSyntaxError with a message naming the problem
     */
    public static IntrinsicExpression.Call parse(String expression) {
        IntrinsicExpression.Call call = IntrinsicParser.parse(expression);
        checkNames(expression, call);
        return call;
    }

    /** Evaluates an intrinsic function call; path arguments are resolved through {@code paths}. */
    public static JsonNode evaluate(String expression, PathResolver paths) {
        IntrinsicExpression.Call call = PARSED.get(expression);
        if (call == null) {
            try {
                call = parse(expression);
            } catch (IntrinsicSyntaxError e) {
                throw StatesError.runtime(e.getMessage());
            }
            if (PARSED.size() < CACHE_LIMIT) PARSED.put(expression, call);
        }
        return evaluate(expression, call, paths);
    }

    static JsonNode evaluate(String whole, IntrinsicExpression expression, PathResolver paths) {
        return switch (expression) {
            case IntrinsicExpression.Literal literal -> literal.value();
            case IntrinsicExpression.Path path -> paths.resolve(path.path())
                    .orElseThrow(() -> new IntrinsicPathNotFound(whole, path.path(), inputJson(paths)));
            case IntrinsicExpression.Call call -> {
                List<JsonNode> values = new ArrayList<>(call.arguments().size());
                for (IntrinsicExpression argument : call.arguments()) values.add(evaluate(whole, argument, paths));
                yield FUNCTIONS.get(call.name()).apply(new IntrinsicArguments(call.name(), values, call.arguments()));
            }
        };
    }

    /** The state input as AWS quotes it in a cause: compact JSON. */
    private static String inputJson(PathResolver paths) {
        return paths.resolve("$").map(JsonNode::toString).orElse("null");
    }

    private static void checkNames(String expression, IntrinsicExpression.Call call) {
        if (!FUNCTIONS.containsKey(call.name())) {
            throw new IntrinsicSyntaxError(expression, expression.indexOf(call.name()), "unknown function '" + call.name() + "'");
        }
        for (IntrinsicExpression argument : call.arguments()) {
            if (argument instanceof IntrinsicExpression.Call nested) checkNames(expression, nested);
        }
    }
}
