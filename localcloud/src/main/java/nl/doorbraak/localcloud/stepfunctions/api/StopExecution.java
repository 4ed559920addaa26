package nl.doorbraak.localcloud.stepfunctions.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.http.AwsServiceException;
import nl.doorbraak.localcloud.stepfunctions.engine.Execution;

/** StopExecution: a running execution ends ABORTED with the given error and cause; its task tokens stop working. */
final class StopExecution implements Operation {
    private final Executions executions;

    StopExecution(Executions executions) {
        this.executions = executions;
    }

    @Override
    public ObjectNode handle(JsonNode req) throws AwsServiceException {
        Execution ex = executions.find(Wire.required(req, "executionArn"));
        executions.engine.stop(ex, Wire.optional(req, "error"), Wire.optional(req, "cause"));
        ObjectNode out = Wire.object();
        Wire.time(out, "stopDate", ex.stopDate);
        return out;
    }
}
