package nl.doorbraak.localcloud.stepfunctions.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.stepfunctions.StatesError;

import java.nio.charset.StandardCharsets;

/** The 256 KiB payload quota of Standard workflows ({@code States.DataLimitExceeded}). */
public final class DataLimit {
    public static final int MAX_BYTES = 256 * 1024;

    private DataLimit() {}

    public static void checkStateOutput(String stateName, JsonNode output) {
        if (output != null) checkStateOutput(stateName, Json.write(output));
    }

    /** As {@link #checkStateOutput(String, JsonNode)} for output already rendered as JSON text. */
    public static void checkStateOutput(String stateName, String outputJson) {
        if (outputJson.length() * 3L > MAX_BYTES && outputJson.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new StatesError("States.DataLimitExceeded", "The state/task '" + stateName
                    + "' returned a result with a size exceeding the maximum number of bytes service limit.");
        }
    }
}
