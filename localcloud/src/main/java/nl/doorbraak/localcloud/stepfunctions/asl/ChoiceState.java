package nl.doorbraak.localcloud.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** {@code Choice}: picks the next state by the first matching rule, else {@code Default}. */
public record ChoiceState(Common common, List<Branch> choices, String defaultNext) implements State {
    /** One top-level rule: the raw rule (for the rule evaluator), its {@code Next}, and its {@code Assign}/{@code Output}. */
    public record Branch(JsonNode rule, String next, JsonNode assign, JsonNode output) {}
}
