package nl.doorbraak.localcloud.lambda;

import nl.doorbraak.localcloud.stepfunctions.StatesError;
import nl.doorbraak.localcloud.stepfunctions.engine.LambdaInvoker;

/**
 * The Step Functions engine's Lambda seam on the local Lambda service: a Task's {@code Resource} (function ARN or name)
 * is invoked synchronously in its function process. A function error comes back as the Invoke API gives it; a Lambda
 * service error (unknown function, ...) becomes {@code Lambda.<ErrorType>} with the SDK's message shape, as Step
 * Functions reports it.
 */
public final class StepFunctionsLambdaInvoker implements LambdaInvoker {
    private final LambdaService lambda;

    public StepFunctionsLambdaInvoker(LambdaService lambda) {
        this.lambda = lambda;
    }

    @Override
    public InvokeResult invoke(String functionArnOrName, byte[] payload) {
        nl.doorbraak.localcloud.lambda.InvokeResult result;
        try {
            result = lambda.invoke(functionArnOrName, payload, InvocationType.REQUEST_RESPONSE);
        } catch (LambdaException e) {
            throw new StatesError("Lambda." + e.type(), e.getMessage() + " (Service: Lambda, Status Code: " + e.status()
                    + ", Request ID: " + java.util.UUID.randomUUID() + ")");
        }
        return new InvokeResult(result.statusCode(), result.payload(), result.functionError(), "$LATEST");
    }
}
