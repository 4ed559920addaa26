package nl.doorbraak.handlers.flow;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.util.Map;

/** Step Functions task: stores a callback task (approval, handover, follow-up) with its task token and notifies (lambda:invoke.waitForTaskToken states). Placeholder wired in template.yaml; implemented in issue 6. */
public class CreateTaskHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        throw new UnsupportedOperationException("implemented in issue 6");
    }
}
