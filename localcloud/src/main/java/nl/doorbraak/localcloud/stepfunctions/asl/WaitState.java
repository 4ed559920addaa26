package nl.doorbraak.localcloud.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code Wait}: delays for {@code Seconds}/{@code SecondsPath} or until {@code Timestamp}/{@code TimestampPath}. */
public record WaitState(Common common, JsonNode seconds, JsonNode timestamp, String secondsPath,
                        String timestampPath) implements State {}
