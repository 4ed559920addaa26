package nl.doorbraak.localcloud.stepfunctions.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One entry of an execution's history as GetExecutionHistory returns it: AWS event type, id, previous event id and
 * the details under their AWS member name (e.g. {@code stateEnteredEventDetails}).
 */
public record HistoryEvent(long id, long previousEventId, long timestamp, String type, String detailsKey,
                           ObjectNode details) {}
