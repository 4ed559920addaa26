package nl.doorbraak.handlers.flow;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.util.Map;

/** Step Functions task: debits the budget for the measures decided for payment, one DynamoDB transaction, idempotent (states DebitMandate, DebitApproved). Placeholder wired in template.yaml; implemented in issue 6. */
public class DebitBudgetHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        throw new UnsupportedOperationException("implemented in issue 6");
    }
}
