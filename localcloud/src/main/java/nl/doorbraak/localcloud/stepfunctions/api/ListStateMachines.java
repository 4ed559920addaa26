package nl.doorbraak.localcloud.stepfunctions.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.http.AwsServiceException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import nl.doorbraak.localcloud.stepfunctions.storage.StateMachineRecord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** ListStateMachines, by name, in pages. */
final class ListStateMachines implements Operation {
    private final StateMachines machines;

    ListStateMachines(StateMachines machines) {
        this.machines = machines;
    }

    @Override
    public ObjectNode handle(JsonNode req) throws AwsServiceException {
        List<StateMachineRecord> all = new ArrayList<>(machines.engine.store().stateMachines());
        all.sort(Comparator.comparing(StateMachineRecord::name));
        Page page = Page.of(req, all.size());
        ObjectNode out = Wire.object();
        ArrayNode items = out.putArray("stateMachines");
        for (int i = page.from(); i < page.to(); i++) {
            StateMachineRecord sm = all.get(i);
            ObjectNode o = items.addObject();
            o.put("stateMachineArn", sm.stateMachineArn());
            o.put("name", sm.name());
            o.put("type", sm.type());
            Wire.time(o, "creationDate", sm.creationDate());
        }
        page.next(out);
        return out;
    }
}
