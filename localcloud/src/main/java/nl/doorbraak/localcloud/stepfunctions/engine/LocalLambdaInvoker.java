package nl.doorbraak.localcloud.stepfunctions.engine;

import nl.doorbraak.localcloud.lambda.InvocationType;
import nl.doorbraak.localcloud.lambda.LambdaException;
import nl.doorbraak.localcloud.lambda.LambdaService;
import nl.doorbraak.localcloud.stepfunctions.StatesError;

/**
 * Calls functions of the local Lambda service in-process (RequestResponse). A Lambda API error (for example a
 * missing function) becomes the {@code Lambda.<ErrorType>} error Step Functions reports for it.
 */
public final class LocalLambdaInvoker implements LambdaInvoker {
    private final LambdaService lambda;

    public LocalLambdaInvoker(LambdaService lambda) {
        this.lambda = lambda;
    }

    @Override
    public InvokeResult invoke(String functionArnOrName, byte[] payload) {
        try {
            var result = lambda.invoke(functionArnOrName, payload, InvocationType.REQUEST_RESPONSE);
            return new InvokeResult(result.statusCode(), result.payload(), result.functionError(), "$LATEST");
        } catch (LambdaException e) {
            throw new StatesError("Lambda." + e.type(), e.getMessage() + " (Service: Lambda, Status Code: " + e.status()
                    + ", Request ID: 00000000-0000-0000-0000-000000000000)");
        }
    }
}
