package nl.doorbraak.localcloud.template;

import java.util.Locale;
import java.util.Map;

/**
 * Where a template is deployed (stack name, region, account) and the names its resources get there. Names are
 * deterministic ({@code <stack>-<LogicalId>} unless the template names the resource), so references between
 * resources (a function's environment naming a state machine, a definition naming functions) resolve before
 * anything exists, and a re-deploy finds the same resources again.
 */
public record Stack(String name, String region, String accountId) {

    public static Stack local(String name) {
        return new Stack(name, "us-east-1", "000000000000");
    }

    /** The value of {@code Ref} for a resource. */
    public Object ref(Resource r, Intrinsics resolver) {
        return switch (r.type()) {
            case "AWS::DynamoDB::Table", "AWS::Serverless::SimpleTable" -> tableName(r, resolver);
            case "AWS::Serverless::Function", "AWS::Lambda::Function" -> functionName(r, resolver);
            case "AWS::Serverless::StateMachine", "AWS::StepFunctions::StateMachine" -> stateMachineArn(r, resolver);
            case "AWS::Serverless::HttpApi" -> "local" + r.logicalId().toLowerCase(Locale.ROOT);
            case "AWS::Cognito::UserPool" -> region + "_local" + r.logicalId();
            case "AWS::Cognito::UserPoolClient" -> "local-" + r.logicalId().toLowerCase(Locale.ROOT);
            case "AWS::SNS::Topic" -> arn("sns", named(r, resolver, "TopicName"));
            case "AWS::SQS::Queue" -> "http://sqs." + region + ".localhost/" + accountId + "/" + named(r, resolver, "QueueName");
            case "AWS::IAM::Role" -> named(r, resolver, "RoleName");
            case "AWS::Logs::LogGroup" -> named(r, resolver, "LogGroupName");
            default -> name + "-" + r.logicalId();
        };
    }

    /** The value of {@code Fn::GetAtt} for a resource's attribute. */
    public Object getAtt(Resource r, String attribute, Intrinsics resolver) {
        String where = r.logicalId() + "." + attribute;
        return switch (r.type()) {
            case "AWS::DynamoDB::Table", "AWS::Serverless::SimpleTable" -> switch (attribute) {
                case "Arn" -> arn("dynamodb", "table/" + tableName(r, resolver));
                case "StreamArn" -> arn("dynamodb", "table/" + tableName(r, resolver) + "/stream/1970-01-01T00:00:00.000");
                default -> throw unsupported(r, where);
            };
            case "AWS::Serverless::Function", "AWS::Lambda::Function" -> switch (attribute) {
                case "Arn" -> arn("lambda", "function:" + functionName(r, resolver));
                default -> throw unsupported(r, where);
            };
            case "AWS::Serverless::StateMachine", "AWS::StepFunctions::StateMachine" -> switch (attribute) {
                case "Arn" -> stateMachineArn(r, resolver);
                case "Name" -> stateMachineName(r, resolver);
                default -> throw unsupported(r, where);
            };
            case "AWS::Cognito::UserPool" -> switch (attribute) {
                case "Arn" -> arn("cognito-idp", "userpool/" + ref(r, resolver));
                case "ProviderName" -> "cognito-idp." + region + ".amazonaws.com/" + ref(r, resolver);
                case "ProviderURL" -> "https://cognito-idp." + region + ".amazonaws.com/" + ref(r, resolver);
                case "UserPoolId" -> ref(r, resolver);
                default -> throw unsupported(r, where);
            };
            case "AWS::SNS::Topic" -> switch (attribute) {
                case "TopicArn" -> ref(r, resolver);
                case "TopicName" -> named(r, resolver, "TopicName");
                default -> throw unsupported(r, where);
            };
            case "AWS::SQS::Queue" -> switch (attribute) {
                case "Arn" -> arn("sqs", named(r, resolver, "QueueName"));
                case "QueueName" -> named(r, resolver, "QueueName");
                case "QueueUrl" -> ref(r, resolver);
                default -> throw unsupported(r, where);
            };
            case "AWS::IAM::Role" -> switch (attribute) {
                case "Arn" -> "arn:aws:iam::" + accountId + ":role/" + ref(r, resolver);
                default -> throw unsupported(r, where);
            };
            case "AWS::Logs::LogGroup" -> switch (attribute) {
                case "Arn" -> arn("logs", "log-group:" + ref(r, resolver) + ":*");
                default -> throw unsupported(r, where);
            };
            case "AWS::Serverless::HttpApi" -> switch (attribute) {
                case "ApiEndpoint" -> "http://127.0.0.1";
                case "ApiId" -> ref(r, resolver);
                default -> throw unsupported(r, where);
            };
            default -> throw unsupported(r, where);
        };
    }

    public String tableName(Resource r, Intrinsics resolver) {
        return named(r, resolver, "TableName");
    }

    public String functionName(Resource r, Intrinsics resolver) {
        return named(r, resolver, "FunctionName");
    }

    public String stateMachineName(Resource r, Intrinsics resolver) {
        return named(r, resolver, "Name");
    }

    public String stateMachineArn(Resource r, Intrinsics resolver) {
        return arn("states", "stateMachine:" + stateMachineName(r, resolver));
    }

    public String arn(String service, String resource) {
        return "arn:aws:" + service + ":" + region + ":" + accountId + ":" + resource;
    }

    /** The resource's explicit name property, resolved, or {@code <stack>-<LogicalId>}. */
    private String named(Resource r, Intrinsics resolver, String property) {
        Object explicit = r.properties().get(property);
        if (explicit != null) {
            return String.valueOf(resolver.resolve(explicit, r.logicalId()));
        }
        return name + "-" + r.logicalId();
    }

    private static TemplateException unsupported(Resource r, String where) {
        return TemplateException.at(r.logicalId(), "Fn::GetAtt " + where + " is not supported for " + r.type());
    }

    public Map<String, String> pseudoParameters() {
        return Map.of("AWS::Region", region, "AWS::AccountId", accountId, "AWS::StackName", name,
                "AWS::Partition", "aws", "AWS::URLSuffix", "amazonaws.com",
                "AWS::StackId", "arn:aws:cloudformation:" + region + ":" + accountId + ":stack/" + name + "/local");
    }
}
