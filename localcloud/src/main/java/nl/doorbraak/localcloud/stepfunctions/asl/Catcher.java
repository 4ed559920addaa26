package nl.doorbraak.localcloud.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** One {@code Catch} entry: the errors it handles, where it goes, and how it shapes the error output. */
public record Catcher(List<String> errorEquals, String next, String resultPath, JsonNode assign, JsonNode output) {}
