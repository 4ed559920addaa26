package nl.doorbraak.handlers.flow;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.util.Map;

/** Step Functions task, state EscalateApproval: escalation after a passed deadline, or expiry ({@link EscalateStep}). */
public class EscalateApprovalHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private final EscalateStep step;

    /** As Lambda creates it: wired from the environment once per process (and snapshotted by SnapStart). */
    public EscalateApprovalHandler() {
        this(FlowContext.fromEnv(System.getenv()));
    }

    public EscalateApprovalHandler(FlowContext ctx) {
        this.step = new EscalateStep(ctx);
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        return Transient.wrap(() -> step.run(input));
    }
}
