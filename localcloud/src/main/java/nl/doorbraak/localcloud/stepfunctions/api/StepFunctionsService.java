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

/**
 * The Step Functions wire adapter: {@code X-Amz-Target: AWSStepFunctions.<Operation>}, JSON 1.0 bodies, errors
 * with bare {@code __type} names so the AWS SDK maps them to its exception classes.
 */
public final class StepFunctionsService implements AwsJsonService {
    private final StateMachineOperations machines;
    private final ExecutionOperations executions;

    public StepFunctionsService(StepFunctionsEngine engine) {
        this.machines = new StateMachineOperations(engine);
        this.executions = new ExecutionOperations(engine, machines);
    }

    @Override
    public String targetPrefix() { return "AWSStepFunctions"; }

    @Override
    public AwsResponse handle(String operation, byte[] body) throws AwsServiceException {
        JsonNode req;
        try {
            req = body.length == 0 ? Json.object() : Json.MAPPER.readTree(body);
        } catch (Exception e) {
            throw Wire.error("SerializationException", "Malformed request body");
        }
        try {
            ObjectNode out = switch (operation) {
                case "CreateStateMachine" -> machines.create(req);
                case "UpdateStateMachine" -> machines.update(req);
                case "DescribeStateMachine" -> machines.describe(req);
                case "ListStateMachines" -> machines.list(req);
                case "DeleteStateMachine" -> machines.delete(req);
                case "StartExecution" -> executions.start(req, false);
                case "StartSyncExecution" -> executions.start(req, true);
                case "DescribeExecution" -> executions.describe(req);
                case "ListExecutions" -> executions.list(req);
                case "StopExecution" -> executions.stop(req);
                case "GetExecutionHistory" -> executions.history(req);
                case "DescribeStateMachineForExecution" -> executions.stateMachineFor(req);
                case "SendTaskSuccess" -> executions.taskSuccess(req);
                case "SendTaskFailure" -> executions.taskFailure(req);
                case "SendTaskHeartbeat" -> executions.taskHeartbeat(req);
                default -> throw Wire.error("UnknownOperationException", "Unknown operation " + operation);
            };
            return AwsResponse.ok(Json.write(out).getBytes(StandardCharsets.UTF_8));
        } catch (ApiError e) {
            throw Wire.error(e.type(), e.getMessage());
        }
    }
}
