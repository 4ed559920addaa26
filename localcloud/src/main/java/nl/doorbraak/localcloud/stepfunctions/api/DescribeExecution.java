package nl.doorbraak.localcloud.stepfunctions.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.http.AwsServiceException;

/** DescribeExecution. */
final class DescribeExecution implements Operation {
    private final Executions executions;

    DescribeExecution(Executions executions) {
        this.executions = executions;
    }

    @Override
    public ObjectNode handle(JsonNode req) throws AwsServiceException {
        return Executions.describe(executions.find(Wire.required(req, "executionArn")), false);
    }
}
