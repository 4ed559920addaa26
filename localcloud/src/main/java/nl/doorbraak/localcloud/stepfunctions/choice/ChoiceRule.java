package nl.doorbraak.localcloud.stepfunctions.choice;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.stepfunctions.PathResolver;
import nl.doorbraak.localcloud.stepfunctions.StatesError;

/** TEMPORARY placeholder until the sfn-leaf branch lands the real Choice rules (same signature). */
public interface ChoiceRule {
    boolean matches(PathResolver paths);

    static ChoiceRule parse(JsonNode rule) {
        return paths -> { throw StatesError.runtime("Choice rules are not available yet"); };
    }
}
