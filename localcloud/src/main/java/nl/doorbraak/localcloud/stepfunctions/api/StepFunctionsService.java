package nl.doorbraak.localcloud.stepfunctions.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.http.AwsJsonService;
import nl.doorbraak.localcloud.http.AwsResponse;
import nl.doorbraak.localcloud.http.AwsServiceException;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Json;
import nl.doorbraak.localcloud.stepfunctions.engine.ApiError;
import nl.doorbraak.localcloud.stepfunctions.engine.StepFunctionsEngine;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The Step Functions wire adapter: {@code X-Amz-Target: AWSStepFunctions.<Operation>}, JSON 1.0 bodies, errors
 * with bare {@code __type} names so the AWS SDK maps them to its exception classes. One class per operation.
 */
public final class StepFunctionsService implements AwsJsonService {
    private final Map<String, Operation> operations;

    public StepFunctionsService(StepFunctionsEngine engine) {
        StateMachines machines = new StateMachines(engine);
        Executions executions = new Executions(engine, machines);
        this.operations = Map.ofEntries(
                Map.entry("CreateStateMachine", new CreateStateMachine(machines)),
                Map.entry("UpdateStateMachine", new UpdateStateMachine(machines)),
                Map.entry("DescribeStateMachine", new DescribeStateMachine(machines)),
                Map.entry("ListStateMachines", new ListStateMachines(machines)),
                Map.entry("DeleteStateMachine", new DeleteStateMachine(machines)),
                Map.entry("StartExecution", new StartExecution(executions, false)),
                Map.entry("StartSyncExecution", new StartExecution(executions, true)),
                Map.entry("DescribeExecution", new DescribeExecution(executions)),
                Map.entry("ListExecutions", new ListExecutions(executions)),
                Map.entry("StopExecution", new StopExecution(executions)),
                Map.entry("GetExecutionHistory", new GetExecutionHistory(executions)),
                Map.entry("DescribeStateMachineForExecution", new DescribeStateMachineForExecution(executions)),
                Map.entry("SendTaskSuccess", new SendTaskSuccess(executions)),
                Map.entry("SendTaskFailure", new SendTaskFailure(executions)),
                Map.entry("SendTaskHeartbeat", new SendTaskHeartbeat(executions)));
    }

    @Override
    public String targetPrefix() { return "AWSStepFunctions"; }

    @Override
    public AwsResponse handle(String operation, byte[] body) throws AwsServiceException {
        Operation op = operations.get(operation);
        if (op == null) throw Wire.error("UnknownOperationException", "Unknown operation " + operation);
        JsonNode req;
        try {
            req = body.length == 0 ? Json.object() : Json.MAPPER.readTree(body);
        } catch (Exception e) {
            throw Wire.error("SerializationException", "Malformed request body");
        }
        try {
            ObjectNode out = op.handle(req);
            return AwsResponse.ok(Json.write(out).getBytes(StandardCharsets.UTF_8));
        } catch (ApiError e) {
            throw Wire.error(e.type(), e.getMessage());
        }
    }
}
