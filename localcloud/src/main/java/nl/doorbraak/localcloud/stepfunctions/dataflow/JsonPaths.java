package nl.doorbraak.localcloud.stepfunctions.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import nl.doorbraak.localcloud.stepfunctions.StatesError;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSONPath reads through jayway json-path (the implementation AWS's own messages come from:
 * "No results for path: $['x']").
 */
public final class JsonPaths {
    private static final Configuration CONFIG = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider(Json.MAPPER))
            .mappingProvider(new JacksonMappingProvider(Json.MAPPER))
            .build();
    private static final Map<String, JsonPath> CACHE = new ConcurrentHashMap<>();

    private JsonPaths() {}

    /** Reads {@code path}; throws jayway's {@link PathNotFoundException} when a definite path matches nothing. */
    public static JsonNode readOrThrow(JsonNode doc, String path) {
        if ("$".equals(path)) return doc;
        JsonPath compiled = compile(path);
        try {
            return toNode(compiled.read(doc, CONFIG));
        } catch (PathNotFoundException e) {
            if (!compiled.isDefinite()) return Json.NODES.arrayNode();
            throw e;
        }
    }

    /** Reads {@code path}, empty when it matches nothing. */
    public static Optional<JsonNode> read(JsonNode doc, String path) {
        try {
            return Optional.ofNullable(readOrThrow(doc, path));
        } catch (PathNotFoundException e) {
            return Optional.empty();
        }
    }

    public static JsonPath compile(String path) {
        try {
            return CACHE.computeIfAbsent(path, p -> JsonPath.compile(literalBackslashes(p)));
        } catch (InvalidPathException | IllegalArgumentException e) {
            throw StatesError.runtime("Invalid path '" + path + "' : " + e.getMessage());
        }
    }

    /**
     * Inside a quoted bracket name ({@code $['a\\"b']}) AWS keeps a backslash literally unless it escapes the quote
     * character; jayway would drop it, so it is doubled first.
     */
    static String literalBackslashes(String path) {
        if (path.indexOf('\\') < 0) return path;
        StringBuilder out = new StringBuilder(path.length() + 4);
        char quote = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (quote == 0) {
                if ((c == '\'' || c == '"') && i > 0 && path.charAt(i - 1) == '[') quote = c;
                out.append(c);
            } else if (c == '\\') {
                boolean escapesQuote = i + 1 < path.length() && path.charAt(i + 1) == quote;
                out.append(escapesQuote ? "\\" : "\\\\");
                if (escapesQuote) out.append(path.charAt(++i));
            } else {
                if (c == quote && i + 1 < path.length() && path.charAt(i + 1) == ']') quote = 0;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static JsonNode toNode(Object result) {
        if (result == null) return Json.NODES.nullNode();
        if (result instanceof JsonNode n) return n;
        return Json.MAPPER.valueToTree(result);
    }
}
