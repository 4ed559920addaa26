package nl.doorbraak.localcloud.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A parsed state machine: the top-level branch plus an index of every nested branch (Parallel branches, Map item
 * processors) by a stable id, so a persisted execution can name the branch it is in.
 */
public final class StateMachineDefinition {
    /** A list of states with its start: the machine itself, a Parallel branch or a Map item processor. */
    public record Branch(String id, String startAt, Map<String, State> states, QueryLanguage queryLanguage) {
        public State state(String name) {
            State s = states.get(name);
            if (s == null) throw new AslException("Missing state '" + name + "'");
            return s;
        }
    }

    private final JsonNode json;
    private final Branch root;
    private final Long timeoutSeconds;
    private final Map<String, Branch> branches;

    StateMachineDefinition(JsonNode json, Branch root, Long timeoutSeconds, Map<String, Branch> branches) {
        this.json = json;
        this.root = root;
        this.timeoutSeconds = timeoutSeconds;
        this.branches = Collections.unmodifiableMap(new LinkedHashMap<>(branches));
    }

    public static StateMachineDefinition parse(JsonNode json) {
        return new AslParser().parse(json);
    }

    public JsonNode json() { return json; }
    public Branch root() { return root; }
    public Long timeoutSeconds() { return timeoutSeconds; }

    public Branch branch(String id) {
        Branch b = branches.get(id);
        if (b == null) throw new AslException("Unknown branch '" + id + "'");
        return b;
    }
}
