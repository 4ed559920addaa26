package nl.doorbraak.handlers.flow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.domain.Json;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.TaskDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

import java.net.URI;
import java.util.Map;

/**
 * The intervention state machine as the handlers use it: start an execution named after the intervention, and
 * complete a callback task with its token. Tokens are passed in and out of here only; nothing here logs them.
 */
public final class Workflow {

    private final SfnClient sfn;
    private final String stateMachineArn;

    public Workflow(SfnClient sfn, String stateMachineArn) {
        this.sfn = sfn;
        this.stateMachineArn = stateMachineArn;
    }

    public static Workflow fromEnv(Map<String, String> env) {
        var builder = SfnClient.builder().httpClient(UrlConnectionHttpClient.create());
        String endpoint = env.get("AWS_ENDPOINT_URL");
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return new Workflow(builder.build(), env.get("STATE_MACHINE_ARN"));
    }

    /** The execution ARN for an intervention (execution name = intervention id). */
    public String executionArn(String interventionId) {
        if (stateMachineArn == null) {
            return null;
        }
        return stateMachineArn.replace(":stateMachine:", ":execution:") + ":" + interventionId;
    }

    /** Starts the workflow; starting it again with the same input is harmless (Step Functions answers the same run). */
    public String start(String tenant, String interventionId) {
        ObjectNode input = Json.mapper().createObjectNode().put("interventionId", interventionId).put("tenant", tenant);
        try {
            return sfn.startExecution(b -> b.stateMachineArn(stateMachineArn).name(interventionId)
                    .input(input.toString())).executionArn();
        } catch (ExecutionAlreadyExistsException e) {
            return executionArn(interventionId);
        }
    }

    /**
     * Completes a waiting task. Answers false when the token is no longer waiting (timed out, replaced by the
     * second half of the period, or already completed): the recorded outcome is then picked up by the workflow.
     */
    public boolean complete(String token, ObjectNode output) {
        try {
            sfn.sendTaskSuccess(b -> b.taskToken(token).output(output.toString()));
            return true;
        } catch (TaskTimedOutException | TaskDoesNotExistException | InvalidTokenException e) {
            return false;
        }
    }
}
