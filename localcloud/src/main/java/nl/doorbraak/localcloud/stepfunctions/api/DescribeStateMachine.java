package nl.doorbraak.localcloud.stepfunctions.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.http.AwsServiceException;

/** DescribeStateMachine. */
final class DescribeStateMachine implements Operation {
    private final StateMachines machines;

    DescribeStateMachine(StateMachines machines) {
        this.machines = machines;
    }

    @Override
    public ObjectNode handle(JsonNode req) throws AwsServiceException {
        return StateMachines.describe(machines.find(Wire.required(req, "stateMachineArn")), true);
    }
}
