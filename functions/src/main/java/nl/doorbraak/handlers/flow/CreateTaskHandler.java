package nl.doorbraak.handlers.flow;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.util.Map;

/** Step Functions task, the .waitForTaskToken states: stores the callback task with its token, sets the status, notifies ({@link CreateTaskStep}). */
public class CreateTaskHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private final CreateTaskStep step;

    /** As Lambda creates it: wired from the environment once per process (and snapshotted by SnapStart). */
    public CreateTaskHandler() {
        this(FlowContext.fromEnv(System.getenv()));
    }

    public CreateTaskHandler(FlowContext ctx) {
        this.step = new CreateTaskStep(ctx);
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        return Transient.wrap(() -> step.run(input));
    }
}
