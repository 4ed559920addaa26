package nl.doorbraak.localcloud.stepfunctions.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.stepfunctions.PathResolver;
import nl.doorbraak.localcloud.stepfunctions.StatesError;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The JSONPath view of a state: {@code $...} reads the given document, {@code $$...} the context object (built only
 * when a path asks for it) and {@code $name...} a variable.
 */
public final class StatePaths implements PathResolver {
    private final JsonNode input;
    private final Supplier<JsonNode> contextSupplier;
    private final Variables variables;
    private JsonNode context;

    public StatePaths(JsonNode input, JsonNode context, Variables variables) {
        this(input, () -> context, variables);
    }

    public StatePaths(JsonNode input, Supplier<JsonNode> context, Variables variables) {
        this.input = input;
        this.contextSupplier = context;
        this.variables = variables;
    }

    public JsonNode input() { return input; }

    public JsonNode context() {
        if (context == null) context = contextSupplier.get();
        return context;
    }

    public Variables variables() { return variables; }

    public StatePaths withInput(JsonNode other) {
        return new StatePaths(other, this::context, variables);
    }

    @Override
    public Optional<JsonNode> resolve(String path) {
        if (path == null || !path.startsWith("$")) throw StatesError.runtime("Invalid path '" + path + "'");
        if (path.startsWith("$$")) {
            return JsonPaths.read(context(), path.substring(1));
        }
        if (path.length() > 1 && isVariableStart(path.charAt(1))) {
            int end = 1;
            while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') end++;
            String name = path.substring(1, end);
            Optional<JsonNode> value = variables.get(name);
            if (value.isEmpty()) return Optional.empty();
            if (end == path.length()) return value;
            return JsonPaths.read(value.get(), "$" + path.substring(end));
        }
        return JsonPaths.read(input, path);
    }

    /** Like {@link #resolve} but throws jayway's not-found error for input paths (InputPath/OutputPath wording). */
    public JsonNode resolveStrict(String path) {
        if (path.startsWith("$$") || (path.length() > 1 && isVariableStart(path.charAt(1)))) {
            return resolve(path).orElseThrow(() -> StatesError.runtime("Invalid path '" + path + "' : No results for path: " + path));
        }
        try {
            return JsonPaths.readOrThrow(input, path);
        } catch (com.jayway.jsonpath.PathNotFoundException e) {
            throw StatesError.runtime("Invalid path '" + path + "' : " + e.getMessage());
        }
    }

    private static boolean isVariableStart(char c) {
        return Character.isLetter(c) || c == '_';
    }
}
