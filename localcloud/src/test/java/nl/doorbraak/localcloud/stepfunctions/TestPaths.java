package nl.doorbraak.localcloud.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

import java.util.Map;
import java.util.Optional;

/**
 * A test {@link PathResolver} over an input, a context object and variables, for simple reference paths
 * ({@code $}, {@code $.a.b}, {@code $.a[0]}, {@code $$.Execution.Name}, {@code $var.field}) — what the interpreter
 * core resolves with full JSONPath.
 */
public record TestPaths(JsonNode input, JsonNode context, Map<String, JsonNode> variables) implements PathResolver {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    public static TestPaths input(String inputJson) {
        return new TestPaths(json(inputJson), json("{}"), Map.of());
    }

    public TestPaths withContext(String contextJson) {
        return new TestPaths(input, json(contextJson), variables);
    }

    public TestPaths withVariable(String name, String valueJson) {
        var copy = new java.util.HashMap<>(variables);
        copy.put(name, json(valueJson));
        return new TestPaths(input, context, copy);
    }

    /** Replaces the input by {@code {"name": "<text>"}} (a string field). */
    public TestPaths withVariableInput(String name, String text) {
        var object = JSON.createObjectNode();
        object.put(name, text);
        return new TestPaths(object, context, variables);
    }

    @Override
    public Optional<JsonNode> resolve(String path) {
        JsonNode root;
        String rest;
        if (path.startsWith("$$")) {
            root = context;
            rest = path.substring(2);
        } else if (path.startsWith("$") && path.length() > 1 && Character.isLetter(path.charAt(1))) {
            int end = 1;
            while (end < path.length() && (Character.isLetterOrDigit(path.charAt(end)) || path.charAt(end) == '_')) end++;
            root = variables.get(path.substring(1, end));
            if (root == null) return Optional.empty();
            rest = path.substring(end);
        } else {
            root = input;
            rest = path.substring(1);
        }
        JsonNode node = root;
        for (String step : rest.replace("[", ".[").split("\\.")) {
            if (step.isEmpty()) continue;
            if (step.startsWith("[")) {
                node = node.isArray() ? node.get(Integer.parseInt(step.substring(1, step.length() - 1))) : null;
            } else {
                node = node.isObject() ? node.get(step) : null;
            }
            if (node == null) return Optional.empty();
        }
        return Optional.of(node == null ? NullNode.getInstance() : node);
    }
}
