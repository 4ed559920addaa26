package nl.doorbraak.localcloud.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.stepfunctions.StatesError;
import nl.doorbraak.localcloud.stepfunctions.asl.MapState;
import nl.doorbraak.localcloud.stepfunctions.dataflow.JsonataFields;

/** MaxConcurrency(Path) and ToleratedFailureCount/Percentage(Path) of a Map state. */
final class MapLimits {
    private MapLimits() {}

    static long integer(StepRun run, JsonNode literal, String path, String field, JsonNode eff, JsonNode states, long absent) {
        if (literal != null) {
            JsonNode v = JsonataFields.isExpression(literal) ? run.jsonata(literal, field, states) : literal;
            if (!v.isNumber()) {
                throw StatesError.queryEvaluation("The " + field + " field refers to value " + v + " which is not a valid integer");
            }
            return v.asLong();
        }
        if (path != null) {
            JsonNode v = run.paths(eff).resolve(path).orElseThrow(() -> StatesError.runtime(
                    "The " + field + "Path field refers to a path that could not be found: " + path));
            if (v.isIntegralNumber()) return v.asLong();
            if (v.isTextual()) {
                try {
                    return Long.parseLong(v.asText().trim());
                } catch (NumberFormatException ignored) {
                    // reported below
                }
            }
            throw StatesError.runtime("The " + field + "Path field refers to value \"" + (v.isTextual() ? v.asText() : v.toString())
                    + "\" which is not a valid integer: " + path);
        }
        return absent;
    }

    static double percentage(StepRun run, MapState m, JsonNode eff, JsonNode states) {
        JsonNode literal = m.toleratedFailurePercentage();
        if (literal != null) {
            JsonNode v = JsonataFields.isExpression(literal) ? run.jsonata(literal, "ToleratedFailurePercentage", states) : literal;
            return v.asDouble();
        }
        if (m.toleratedFailurePercentagePath() != null) {
            return run.paths(eff).resolve(m.toleratedFailurePercentagePath()).map(JsonNode::asDouble).orElse(-1.0);
        }
        return -1;
    }
}
