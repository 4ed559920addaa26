package nl.doorbraak.localcloud.stepfunctions.asl;

import java.util.List;

/** One {@code Retry} entry, with the States Language defaults applied. */
public record Retrier(List<String> errorEquals, double intervalSeconds, int maxAttempts, double backoffRate,
                      Long maxDelaySeconds, boolean fullJitter) {}
