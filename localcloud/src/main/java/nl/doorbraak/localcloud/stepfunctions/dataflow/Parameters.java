package nl.doorbraak.localcloud.stepfunctions.dataflow;

import com.fasterxml.jackson.databind.JsonNode;

/** Step 2: {@code Parameters} (or {@code ItemSelector}) builds a new input from a payload template. */
public final class Parameters {
    private Parameters() {}

    public static JsonNode apply(JsonNode template, StatePaths effective) {
        if (template == null) return effective.input();
        return PayloadTemplate.evaluate(template, effective);
    }
}
