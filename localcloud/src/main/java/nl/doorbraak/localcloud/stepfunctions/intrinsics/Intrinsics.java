package nl.doorbraak.localcloud.stepfunctions.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.stepfunctions.PathResolver;
import nl.doorbraak.localcloud.stepfunctions.StatesError;

/** TEMPORARY placeholder until the sfn-leaf branch lands the real intrinsic functions (same signature). */
public final class Intrinsics {
    private Intrinsics() {}

    public static JsonNode evaluate(String expression, PathResolver paths) {
        throw StatesError.runtime("Intrinsic functions are not available yet: " + expression);
    }
}
