package nl.doorbraak.localcloud.stepfunctions.dataflow;

import com.fasterxml.jackson.databind.JsonNode;

/** Step 3: {@code ResultSelector} reshapes a task, Parallel or Map result from a payload template over the result. */
public final class ResultSelector {
    private ResultSelector() {}

    public static JsonNode apply(JsonNode template, JsonNode result, StatePaths paths) {
        if (template == null) return result;
        return PayloadTemplate.evaluate(template, paths.withInput(result));
    }
}
