package nl.doorbraak.localcloud.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.stepfunctions.StatesError;

/**
 * How the engine calls another local AWS service for optimized ({@code arn:aws:states:::dynamodb:putItem}) and
 * AWS SDK ({@code arn:aws:states:::aws-sdk:dynamodb:putItem}) integrations. {@code action} is the wire operation
 * name ("PutItem"); {@code params} the request in the service's JSON shape. A service error is a {@link StatesError}
 * whose error is the bare AWS error type ("ConditionalCheckFailedException"); the task runner adds the prefix AWS
 * uses ("DynamoDB." for optimized integrations, "DynamoDb." for AWS SDK integrations).
 */
@FunctionalInterface
public interface AwsSdkCaller {
    JsonNode call(String service, String action, JsonNode params) throws StatesError;

    AwsSdkCaller NONE = (service, action, params) -> {
        throw new StatesError("States.Runtime", "No local " + service + " service is wired for " + action);
    };
}
