package nl.doorbraak.localcloud.stepfunctions.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.http.AwsServiceException;
import nl.doorbraak.localcloud.stepfunctions.engine.Execution;
import nl.doorbraak.localcloud.stepfunctions.storage.StateMachineRecord;

/** DescribeStateMachineForExecution: the definition the execution runs, even after an update or delete. */
final class DescribeStateMachineForExecution implements Operation {
    private final Executions executions;

    DescribeStateMachineForExecution(Executions executions) {
        this.executions = executions;
    }

    @Override
    public ObjectNode handle(JsonNode req) throws AwsServiceException {
        Execution ex = executions.find(Wire.required(req, "executionArn"));
        ObjectNode out = Wire.object();
        out.put("stateMachineArn", ex.stateMachineArn);
        out.put("name", ex.stateMachineName);
        out.put("definition", ex.definition);
        out.put("roleArn", ex.roleArn);
        Wire.time(out, "updateDate", executions.engine.store().stateMachine(ex.stateMachineArn)
                .map(StateMachineRecord::updateDate).orElse(ex.startDate));
        ObjectNode logging = out.putObject("loggingConfiguration");
        logging.put("level", "OFF");
        logging.put("includeExecutionData", false);
        out.putObject("tracingConfiguration").put("enabled", false);
        return out;
    }
}
