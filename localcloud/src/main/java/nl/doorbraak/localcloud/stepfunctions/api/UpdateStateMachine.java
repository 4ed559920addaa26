package nl.doorbraak.localcloud.stepfunctions.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.http.AwsServiceException;
import nl.doorbraak.localcloud.stepfunctions.storage.StateMachineRecord;

import java.util.UUID;

/** UpdateStateMachine: a new definition and/or role; running executions keep the definition they started with. */
final class UpdateStateMachine implements Operation {
    private final StateMachines machines;

    UpdateStateMachine(StateMachines machines) {
        this.machines = machines;
    }

    @Override
    public ObjectNode handle(JsonNode req) throws AwsServiceException {
        StateMachineRecord sm = machines.find(Wire.required(req, "stateMachineArn"));
        String definition = Wire.optional(req, "definition");
        String roleArn = Wire.optional(req, "roleArn");
        if (definition == null && roleArn == null && !req.has("loggingConfiguration") && !req.has("tracingConfiguration")) {
            throw Wire.error("MissingRequiredParameter", "Either the definition, the role ARN, the LoggingConfiguration, or the TracingConfiguration must be specified");
        }
        if (definition != null) StateMachines.validated(definition);
        long now = machines.engine.clock().millis();
        StateMachineRecord updated = sm.withDefinition(definition, roleArn, now, UUID.randomUUID().toString());
        machines.engine.store().putStateMachine(updated);
        ObjectNode out = Wire.object();
        Wire.time(out, "updateDate", now);
        out.put("revisionId", updated.revisionId());
        return out;
    }
}
