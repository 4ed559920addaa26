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
        Object result = compiled.read(doc, CONFIG);
        return toNode(result);
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
            return CACHE.computeIfAbsent(path, JsonPath::compile);
        } catch (InvalidPathException | IllegalArgumentException e) {
            throw StatesError.runtime("Invalid path '" + path + "' : " + e.getMessage());
        }
    }

    private static JsonNode toNode(Object result) {
        if (result == null) return Json.NODES.nullNode();
        if (result instanceof JsonNode n) return n;
        return Json.MAPPER.valueToTree(result);
    }
}
