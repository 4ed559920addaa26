package nl.doorbraak.localcloud.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Json;
import nl.doorbraak.localcloud.stepfunctions.engine.LambdaInvoker;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * In-process Lambda handlers behind {@link LambdaInvoker}, keyed by function name. A handler that throws is reported
 * the way the Java runtime interface client reports it: {@code errorType} is the exception's class name.
 */
public final class TestLambdas implements LambdaInvoker {
    /** Thrown by a handler to fail as a Java exception of another class would (e.g. a domain exception). */
    public static final class FunctionError extends RuntimeException {
        final String errorType;

        public FunctionError(String errorType, String message) {
            super(message);
            this.errorType = errorType;
        }
    }

    private final Map<String, Function<JsonNode, JsonNode>> handlers = new ConcurrentHashMap<>();

    public TestLambdas register(String name, Function<JsonNode, JsonNode> handler) {
        handlers.put(name, handler);
        return this;
    }

    @Override
    public InvokeResult invoke(String functionArnOrName, byte[] payload) {
        String name = functionArnOrName.contains(":function:")
                ? functionArnOrName.substring(functionArnOrName.indexOf(":function:") + 10).split(":")[0]
                : functionArnOrName;
        Function<JsonNode, JsonNode> h = handlers.get(name);
        if (h == null) {
            return LambdaInvoker.NONE.invoke(functionArnOrName, payload);
        }
        try {
            JsonNode out = h.apply(Json.parse(new String(payload, StandardCharsets.UTF_8)));
            return InvokeResult.ok(Json.write(out).getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            ObjectNode err = Json.object();
            err.put("errorMessage", e.getMessage() == null ? e.getClass().getName() : e.getMessage());
            err.put("errorType", e instanceof FunctionError f ? f.errorType : e.getClass().getName());
            err.putArray("stackTrace");
            return InvokeResult.error(Json.write(err).getBytes(StandardCharsets.UTF_8));
        }
    }
}
