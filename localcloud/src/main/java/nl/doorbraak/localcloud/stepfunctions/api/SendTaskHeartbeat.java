package nl.doorbraak.localcloud.stepfunctions.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.http.AwsServiceException;

/** SendTaskHeartbeat: restarts the HeartbeatSeconds clock of the task waiting on the token. Unknown tokens: InvalidToken, TaskDoesNotExist, TaskTimedOut. */
final class SendTaskHeartbeat implements Operation {
    private final Executions executions;

    SendTaskHeartbeat(Executions executions) {
        this.executions = executions;
    }

    @Override
    public ObjectNode handle(JsonNode req) throws AwsServiceException {
        executions.engine.sendTaskHeartbeat(Wire.required(req, "taskToken"));
        return Wire.object();
    }
}
