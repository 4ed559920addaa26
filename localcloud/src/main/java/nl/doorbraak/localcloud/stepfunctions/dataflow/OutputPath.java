package nl.doorbraak.localcloud.stepfunctions.dataflow;

import com.fasterxml.jackson.databind.JsonNode;

/** Step 5: {@code OutputPath} selects the state output ({@code null} → {@code {}}). */
public final class OutputPath {
    private OutputPath() {}

    public static JsonNode apply(String path, JsonNode output, StatePaths paths) {
        if (path == null) return Json.object();
        if ("$".equals(path)) return output;
        return paths.withInput(output).resolveStrict(path);
    }
}
