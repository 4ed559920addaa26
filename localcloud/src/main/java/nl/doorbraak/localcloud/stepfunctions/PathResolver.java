package nl.doorbraak.localcloud.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * Resolves a JSONPath reference as the States Language uses them: {@code $.a.b} against the state's effective input,
 * {@code $$.Execution.Id} against the context object, {@code $name.field} against a variable (JSONPath with Assign).
 * Implemented by the interpreter core; used by intrinsic functions and Choice rules.
 */
public interface PathResolver {
    /** The value at {@code path}, or empty when the path matches nothing. Throws {@link StatesError} for an invalid path. */
    Optional<JsonNode> resolve(String path);
}
