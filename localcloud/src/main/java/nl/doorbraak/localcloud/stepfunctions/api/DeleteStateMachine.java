package nl.doorbraak.localcloud.stepfunctions.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.http.AwsServiceException;

/** DeleteStateMachine (executions already started keep running on their own copy of the definition). */
final class DeleteStateMachine implements Operation {
    private final StateMachines machines;

    DeleteStateMachine(StateMachines machines) {
        this.machines = machines;
    }

    @Override
    public ObjectNode handle(JsonNode req) throws AwsServiceException {
        String arn = Wire.required(req, "stateMachineArn");
        Wire.checkArn(arn, "stateMachine");
        machines.engine.store().deleteStateMachine(arn);
        return Wire.object();
    }
}
