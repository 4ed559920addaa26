package nl.doorbraak.handlers.flow;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.util.Map;

/** Step Functions task, state Register: applies the mandate rule and plans the approval step, handover and follow-up ({@link RegisterStep}). */
public class RegisterInterventionHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private final RegisterStep step;

    /** As Lambda creates it: wired from the environment once per process (and snapshotted by SnapStart). */
    public RegisterInterventionHandler() {
        this(FlowContext.fromEnv(System.getenv()));
    }

    public RegisterInterventionHandler(FlowContext ctx) {
        this.step = new RegisterStep(ctx);
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        return Transient.wrap(() -> step.run(input));
    }
}
