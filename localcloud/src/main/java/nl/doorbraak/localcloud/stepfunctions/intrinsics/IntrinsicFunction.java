package nl.doorbraak.localcloud.stepfunctions.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;

/** One intrinsic function: evaluated arguments in, a JSON value out. Throws {@link nl.doorbraak.localcloud.stepfunctions.StatesError}. */
@FunctionalInterface
public interface IntrinsicFunction {
    JsonNode apply(IntrinsicArguments arguments);
}
