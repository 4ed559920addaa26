package nl.doorbraak.localcloud.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.stepfunctions.StatesError;
import nl.doorbraak.localcloud.stepfunctions.asl.FailState;
import nl.doorbraak.localcloud.stepfunctions.dataflow.JsonataFields;
import nl.doorbraak.localcloud.stepfunctions.dataflow.PayloadTemplate;
import nl.doorbraak.localcloud.stepfunctions.dataflow.StatePaths;

/** Fail: ends the frame with Error and Cause (literal, ErrorPath/CausePath, or JSONata). */
final class FailStep {
    private FailStep() {}

    static void run(StepRun run, FailState fail) {
        String error;
        String cause;
        if (run.jsonata()) {
            var states = run.statesBinding(null, null);
            error = jsonata(run, fail.error(), "Error", states);
            cause = jsonata(run, fail.cause(), "Cause", states);
        } else {
            StatePaths paths = run.paths(run.f.input);
            error = fail.errorPath() != null ? path(fail.errorPath(), "ErrorPath", paths) : fail.error();
            cause = fail.causePath() != null ? path(fail.causePath(), "CausePath", paths) : fail.cause();
        }
        run.in.failFrame(run.ex, run.f, new StatesError(error, cause));
    }

    private static String jsonata(StepRun run, String value, String field, JsonNode states) {
        if (value == null || !JsonataFields.isExpression(value)) return value;
        JsonNode v = run.jsonata(com.fasterxml.jackson.databind.node.TextNode.valueOf(value), field, states);
        return v.isTextual() ? v.asText() : v.toString();
    }

    private static String path(String expr, String field, StatePaths paths) {
        JsonNode v = PayloadTemplate.dynamic(field, expr, paths);
        return v.isTextual() ? v.asText() : v.toString();
    }
}
