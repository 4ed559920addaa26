package nl.doorbraak.localcloud.stepfunctions.dataflow;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Step 4: {@code ResultPath} places the result into the raw state input: {@code $} replaces it, {@code null} keeps
 * the input and discards the result, any other reference path writes the result there.
 */
public final class ResultPath {
    private ResultPath() {}

    public static JsonNode apply(String path, JsonNode rawInput, JsonNode result) {
        if (path == null) return rawInput;
        if ("$".equals(path)) return result;
        return ReferencePath.set(rawInput, path, result);
    }
}
