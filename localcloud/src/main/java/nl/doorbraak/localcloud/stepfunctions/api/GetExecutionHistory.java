package nl.doorbraak.localcloud.stepfunctions.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.http.AwsServiceException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import nl.doorbraak.localcloud.stepfunctions.engine.Execution;
import nl.doorbraak.localcloud.stepfunctions.engine.HistoryEvent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** GetExecutionHistory: AWS event types, ids, previous event ids and details; reverse order and pages. */
final class GetExecutionHistory implements Operation {
    private final Executions executions;

    GetExecutionHistory(Executions executions) {
        this.executions = executions;
    }

    @Override
    public ObjectNode handle(JsonNode req) throws AwsServiceException {
        Execution ex = executions.find(Wire.required(req, "executionArn"));
        boolean reverse = req.path("reverseOrder").asBoolean(false);
        boolean includeData = req.path("includeExecutionData").asBoolean(true);
        List<HistoryEvent> events;
        synchronized (ex.history) {
            events = new ArrayList<>(ex.history);
        }
        if (reverse) Collections.reverse(events);
        Page page = Page.of(req, events.size());
        ObjectNode out = Wire.object();
        ArrayNode items = out.putArray("events");
        for (int i = page.from(); i < page.to(); i++) {
            HistoryEvent e = events.get(i);
            ObjectNode o = items.addObject();
            Wire.time(o, "timestamp", e.timestamp());
            o.put("type", e.type());
            o.put("id", e.id());
            o.put("previousEventId", e.previousEventId());
            if (e.detailsKey() != null && e.details() != null) {
                ObjectNode d = e.details().deepCopy();
                if (!includeData) {
                    d.remove("input");
                    d.remove("output");
                }
                o.set(e.detailsKey(), d);
            }
        }
        page.next(out);
        return out;
    }
}
