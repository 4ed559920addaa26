package nl.doorbraak.localcloud.stepfunctions.dataflow;

import com.fasterxml.jackson.databind.JsonNode;

/** Step 1: {@code InputPath} selects the effective input from the raw state input ({@code null} → {@code {}}). */
public final class InputPath {
    private InputPath() {}

    public static JsonNode apply(String path, StatePaths raw) {
        if (path == null) return Json.object();
        if ("$".equals(path)) return raw.input();
        return raw.resolveStrict(path);
    }
}
