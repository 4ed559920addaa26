package nl.doorbraak.localcloud.stepfunctions.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.http.AwsServiceException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import nl.doorbraak.localcloud.stepfunctions.engine.Execution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** ListExecutions of one state machine, newest first, optionally by status, in pages. */
final class ListExecutions implements Operation {
    private final Executions executions;

    ListExecutions(Executions executions) {
        this.executions = executions;
    }

    @Override
    public ObjectNode handle(JsonNode req) throws AwsServiceException {
        String smArn = Wire.optional(req, "stateMachineArn");
        if (smArn == null) throw Wire.error("ValidationException", "Must provide a StateMachine ARN or MapRun ARN");
        executions.machines.find(smArn);
        String status = Wire.optional(req, "statusFilter");
        List<Execution> all = new ArrayList<>();
        for (Execution ex : executions.engine.store().executions()) {
            if (smArn.equals(ex.stateMachineArn) && (status == null || status.equals(ex.status))) all.add(ex);
        }
        all.sort(Comparator.comparingLong((Execution e) -> e.startDate).reversed().thenComparing(e -> e.executionArn));
        Page page = Page.of(req, all.size());
        ObjectNode out = Wire.object();
        ArrayNode items = out.putArray("executions");
        for (int i = page.from(); i < page.to(); i++) {
            Execution ex = all.get(i);
            ObjectNode o = items.addObject();
            o.put("executionArn", ex.executionArn);
            o.put("stateMachineArn", ex.stateMachineArn);
            o.put("name", ex.name);
            o.put("status", ex.status);
            Wire.time(o, "startDate", ex.startDate);
            if (!ex.running()) Wire.time(o, "stopDate", ex.stopDate);
        }
        page.next(out);
        return out;
    }
}
