package nl.doorbraak.localcloud.template;

import nl.doorbraak.localcloud.apigateway.HttpApiDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a template asks for, resolved (intrinsics evaluated, names fixed), as the AWS calls that create it.
 * {@code skipped} lists resources that have no local counterpart (IAM roles, Cognito pools, log groups, ...),
 * each with the reason.
 */
public record DeploymentPlan(Stack stack, List<Table> tables, List<Function> functions, List<StateMachine> stateMachines,
                             List<HttpApiDefinition> httpApis, List<String> skipped) {

    /** {@code timeToLiveAttribute} is null when TTL is off. */
    public record Table(String logicalId, CreateTableRequest request, String timeToLiveAttribute) {
        public String name() {
            return request.tableName();
        }
    }

    public record Function(String logicalId, String name, String handler, String runtime, int memoryMb, int timeoutSeconds,
                           Map<String, String> environment, Path code, List<String> architectures, String role) {
    }

    public record StateMachine(String logicalId, String name, String definition, String roleArn, String type) {
    }
}
