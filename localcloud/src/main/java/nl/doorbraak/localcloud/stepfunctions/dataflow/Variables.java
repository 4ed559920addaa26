package nl.doorbraak.localcloud.stepfunctions.dataflow;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;
import java.util.Optional;

/** The variables a state can read: its own scope first, then the enclosing scopes of Map/Parallel states. */
public interface Variables {
    Optional<JsonNode> get(String name);

    /** Every visible variable (inner scopes shadow outer ones). */
    Map<String, JsonNode> all();

    Variables NONE = new Variables() {
        @Override public Optional<JsonNode> get(String name) { return Optional.empty(); }
        @Override public Map<String, JsonNode> all() { return Map.of(); }
    };
}
