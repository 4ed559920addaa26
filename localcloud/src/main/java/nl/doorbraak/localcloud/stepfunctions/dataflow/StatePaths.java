package nl.doorbraak.localcloud.stepfunctions.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.stepfunctions.PathResolver;
import nl.doorbraak.localcloud.stepfunctions.StatesError;

import java.util.Optional;

/**
 * The JSONPath view of a state: {@code $...} reads the given document, {@code $$...} the context object and
 * {@code $name...} a variable.
 */
public record StatePaths(JsonNode input, JsonNode context, Variables variables) implements PathResolver {

    public StatePaths withInput(JsonNode other) {
        return new StatePaths(other, context, variables);
    }

    @Override
    public Optional<JsonNode> resolve(String path) {
        if (path == null || !path.startsWith("$")) throw StatesError.runtime("Invalid path '" + path + "'");
        if (path.startsWith("$$")) {
            return JsonPaths.read(context, path.substring(1));
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
