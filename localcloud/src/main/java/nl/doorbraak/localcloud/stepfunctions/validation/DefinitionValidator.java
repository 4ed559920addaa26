package nl.doorbraak.localcloud.stepfunctions.validation;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** TEMPORARY placeholder until the sfn-leaf branch lands the real validator (same signature). */
public final class DefinitionValidator {
    private DefinitionValidator() {}

    public static List<String> validate(JsonNode definition) {
        return List.of();
    }
}
