package nl.doorbraak.localcloud.stepfunctions.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.http.AwsServiceException;

/** SendTaskFailure: fails the task waiting on the token with the given error and cause (subject to its Retry and Catch). Unknown tokens: InvalidToken, TaskDoesNotExist, TaskTimedOut. */
final class SendTaskFailure implements Operation {
    private final Executions executions;

    SendTaskFailure(Executions executions) {
        this.executions = executions;
    }

    @Override
    public ObjectNode handle(JsonNode req) throws AwsServiceException {
        executions.engine.sendTaskFailure(Wire.required(req, "taskToken"), Wire.optional(req, "error"), Wire.optional(req, "cause"));
        return Wire.object();
    }
}
