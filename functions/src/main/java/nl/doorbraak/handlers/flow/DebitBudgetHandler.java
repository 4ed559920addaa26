package nl.doorbraak.handlers.flow;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.util.Map;

/** Step Functions task, states DebitMandate and DebitApproved: the budget debit, one DynamoDB transaction, idempotent ({@link DebitStep}). */
public class DebitBudgetHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private final DebitStep step;

    /** As Lambda creates it: wired from the environment once per process (and snapshotted by SnapStart). */
    public DebitBudgetHandler() {
        this(FlowContext.fromEnv(System.getenv()));
    }

    public DebitBudgetHandler(FlowContext ctx) {
        this.step = new DebitStep(ctx);
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        return Transient.wrap(() -> step.run(input));
    }
}
