package nl.doorbraak.localcloud.stepfunctions.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.http.AwsServiceException;
import nl.doorbraak.localcloud.stepfunctions.storage.StateMachineRecord;

import java.util.UUID;
import java.util.regex.Pattern;

/** CreateStateMachine: validates the definition; the same name, definition and role again is idempotent. */
final class CreateStateMachine implements Operation {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_\\-]{1,80}");
    private final StateMachines machines;

    CreateStateMachine(StateMachines machines) {
        this.machines = machines;
    }

    @Override
    public ObjectNode handle(JsonNode req) throws AwsServiceException {
        String name = Wire.required(req, "name");
        String definition = Wire.required(req, "definition");
        String roleArn = Wire.required(req, "roleArn");
        String type = req.path("type").asText("STANDARD");
        if (!NAME.matcher(name).matches()) throw Wire.error("InvalidName", "Invalid Name: '" + name + "'");
        if (!type.equals("STANDARD") && !type.equals("EXPRESS")) {
            throw Wire.error("ValidationException", "1 validation error detected: Value '" + type
                    + "' at 'type' failed to satisfy constraint: Member must satisfy enum value set: [STANDARD, EXPRESS]");
        }
        StateMachines.validated(definition);
        String arn = StateMachines.arn(name);
        var existing = machines.engine.store().stateMachine(arn);
        if (existing.isPresent()) {
            StateMachineRecord sm = existing.get();
            if (sm.definition().equals(definition) && sm.roleArn().equals(roleArn) && sm.type().equals(type)) {
                return created(sm);
            }
            throw Wire.error("StateMachineAlreadyExists", "State Machine Already Exists: '" + arn + "'");
        }
        long now = machines.engine.clock().millis();
        StateMachineRecord sm = new StateMachineRecord(arn, name, definition, roleArn, type, now, now, UUID.randomUUID().toString(), "ACTIVE");
        machines.engine.store().putStateMachine(sm);
        return created(sm);
    }

    private static ObjectNode created(StateMachineRecord sm) {
        ObjectNode out = Wire.object();
        out.put("stateMachineArn", sm.stateMachineArn());
        Wire.time(out, "creationDate", sm.creationDate());
        return out;
    }
}
