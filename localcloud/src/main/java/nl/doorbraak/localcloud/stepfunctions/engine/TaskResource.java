package nl.doorbraak.localcloud.stepfunctions.engine;

/**
 * A Task state's {@code Resource} ARN, classified: a Lambda function ARN, {@code arn:aws:states:::lambda:invoke},
 * an optimized DynamoDB integration or an AWS SDK integration, with the {@code .waitForTaskToken} pattern.
 */
public record TaskResource(Kind kind, String service, String action, boolean waitForToken, String arn) {
    public enum Kind { LAMBDA_FUNCTION, LAMBDA_INVOKE, OPTIMIZED, AWS_SDK, UNSUPPORTED }

    private static final String STATES = "arn:aws:states:::";

    public static TaskResource parse(String arn) {
        if (arn == null) return new TaskResource(Kind.UNSUPPORTED, "", "", false, "");
        if (arn.matches("arn:aws[a-z-]*:lambda:[^:]*:[^:]*:function:.+")) {
            return new TaskResource(Kind.LAMBDA_FUNCTION, "lambda", "invoke", false, arn);
        }
        if (!arn.startsWith(STATES)) return new TaskResource(Kind.UNSUPPORTED, "", "", false, arn);
        String rest = arn.substring(STATES.length());
        boolean token = rest.endsWith(".waitForTaskToken");
        if (token) rest = rest.substring(0, rest.length() - ".waitForTaskToken".length());
        else if (rest.endsWith(".sync")) rest = rest.substring(0, rest.length() - ".sync".length());
        if (rest.startsWith("aws-sdk:")) {
            String[] parts = rest.substring("aws-sdk:".length()).split(":", 2);
            return new TaskResource(Kind.AWS_SDK, parts[0], parts.length > 1 ? parts[1] : "", token, arn);
        }
        String[] parts = rest.split(":", 2);
        String service = parts[0];
        String action = parts.length > 1 ? parts[1] : "";
        if ("lambda".equals(service) && "invoke".equals(action)) return new TaskResource(Kind.LAMBDA_INVOKE, service, action, token, arn);
        if ("dynamodb".equals(service)) return new TaskResource(Kind.OPTIMIZED, service, action, token, arn);
        return new TaskResource(Kind.UNSUPPORTED, service, action, token, arn);
    }

    /** {@code resourceType} in Task* history events ("lambda", "dynamodb", "aws-sdk:dynamodb"). */
    public String resourceType() {
        return kind == Kind.AWS_SDK ? "aws-sdk:" + service : service;
    }

    /** {@code resource} in Task* history events ("invoke", "putItem", "invoke.waitForTaskToken"). */
    public String resourceName() {
        return waitForToken ? action + ".waitForTaskToken" : action;
    }

    /** The wire operation name for an AWS service call ("putItem" → "PutItem"). */
    public String operation() {
        return action.isEmpty() ? action : Character.toUpperCase(action.charAt(0)) + action.substring(1);
    }
}
