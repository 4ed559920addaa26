package nl.doorbraak.localcloud.stepfunctions.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.http.AwsServiceException;

/** SendTaskSuccess: completes the task waiting on the token with the given output (InvalidOutput if not JSON). Unknown tokens: InvalidToken, TaskDoesNotExist, TaskTimedOut. */
final class SendTaskSuccess implements Operation {
    private final Executions executions;

    SendTaskSuccess(Executions executions) {
        this.executions = executions;
    }

    @Override
    public ObjectNode handle(JsonNode req) throws AwsServiceException {
        executions.engine.sendTaskSuccess(Wire.required(req, "taskToken"), Wire.required(req, "output"));
        return Wire.object();
    }
}
