package nl.doorbraak.localcloud.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Json;

/** Appends AWS-shaped history events to an execution, chaining {@code previousEventId} per frame. */
final class History {
    private History() {}

    static long add(Execution ex, Frame f, long timestamp, String type, String detailsKey, ObjectNode details) {
        long id = ex.lastEventId() + 1;
        long previous = f == null ? ex.lastEventId() : f.lastEventId;
        synchronized (ex.history) {
            ex.history.add(new HistoryEvent(id, previous, timestamp, type, detailsKey, details));
        }
        if (f != null) f.lastEventId = id;
        return id;
    }

    static ObjectNode details(Object... kv) {
        ObjectNode o = Json.object();
        for (int i = 0; i < kv.length; i += 2) {
            Object v = kv[i + 1];
            if (v == null) continue;
            String k = (String) kv[i];
            if (v instanceof JsonNode n) o.set(k, n);
            else if (v instanceof Long l) o.put(k, l);
            else if (v instanceof Integer n) o.put(k, n);
            else if (v instanceof Boolean b) o.put(k, b);
            else o.put(k, v.toString());
        }
        return o;
    }

    static ObjectNode payloadDetails(String dataKey, JsonNode data, String detailsName, Object... more) {
        return textDetails(dataKey, data == null ? "null" : Json.write(data), detailsName, more);
    }

    static ObjectNode textDetails(String dataKey, String json, String detailsName, Object... more) {
        ObjectNode o = details(more);
        o.put(dataKey, json);
        o.set(detailsName, details("truncated", false));
        return o;
    }
}
