package nl.doorbraak.localcloud.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code Pass}: passes its input (or {@code Result}) to its output. */
public record PassState(Common common, JsonNode result, JsonNode parameters, String resultPath) implements State {}
