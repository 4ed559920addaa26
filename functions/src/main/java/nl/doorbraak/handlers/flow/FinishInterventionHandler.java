package nl.doorbraak.handlers.flow;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.util.Map;

/** Step Functions task, states Conclude and CloseIntervention: final status, or on to the handover; close after the follow-up ({@link FinishStep}). */
public class FinishInterventionHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private final FinishStep step;

    /** As Lambda creates it: wired from the environment once per process (and snapshotted by SnapStart). */
    public FinishInterventionHandler() {
        this(FlowContext.fromEnv(System.getenv()));
    }

    public FinishInterventionHandler(FlowContext ctx) {
        this.step = new FinishStep(ctx);
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        return Transient.wrap(() -> step.run(input));
    }
}
