package nl.doorbraak.localcloud.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** {@code Task}: calls a resource (Lambda, an optimized integration, an AWS SDK integration). */
public record TaskState(Common common, String resource, JsonNode parameters, JsonNode arguments,
                        JsonNode resultSelector, String resultPath, List<Retrier> retry, List<Catcher> catchers,
                        JsonNode timeoutSeconds, String timeoutSecondsPath,
                        JsonNode heartbeatSeconds, String heartbeatSecondsPath) implements State, Recoverable {}
