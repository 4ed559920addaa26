package nl.doorbraak.localcloud.stepfunctions.validation;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.doorbraak.localcloud.stepfunctions.validation.Findings.at;

/**
 * The graph checks of one scope (the state machine, a Parallel branch or a Map's ItemProcessor), run once its
 * schema is valid: every transition target exists in the same scope (AWS scopes state names), every state is
 * reachable from StartAt, and the scope can end.
 * <ul>
 *   <li>{@code MISSING_TRANSITION_TARGET: Missing 'Next' target: Ghost at /States/A/Next}</li>
 *   <li>{@code MISSING_TRANSITION_TARGET: State "B" is not reachable. at /States/B}</li>
 *   <li>{@code MISSING_END_STATE: Workflow has no terminal state at null}</li>
 * </ul>
 */
final class TransitionChecks {
    private final Findings findings;

    TransitionChecks(Findings findings) {
        this.findings = findings;
    }

    /** @param prefix the scope's pointer prefix: "" for the state machine, {@code /States/P/Branches[0]} for a branch */
    void check(JsonNode scope, String prefix) {
        JsonNode states = scope.get("States");
        String startAt = scope.get("StartAt").asText();
        Map<String, List<String[]>> edges = new LinkedHashMap<>();
        List<Problem> missing = new ArrayList<>();
        if (!states.has(startAt)) missing.add(new Problem(Problem.MISSING_TARGET, "Missing 'Next' target: " + startAt, at(prefix, "StartAt")));
        for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String pointer = at(prefix, "States/" + entry.getKey());
            List<String[]> targets = targets(entry.getValue(), pointer);
            edges.put(entry.getKey(), targets);
            for (String[] target : targets) {
                if (!states.has(target[0])) {
                    missing.add(new Problem(Problem.MISSING_TARGET, "Missing 'Next' target: " + target[0], target[1]));
                }
            }
        }
        missing.forEach(findings::add);
        Set<String> reached = reachable(startAt, edges);
        for (String name : edges.keySet()) {
            if (!reached.contains(name)) {
                findings.add(new Problem(Problem.MISSING_TARGET, "State \"" + name + "\" is not reachable.", at(prefix, "States/" + name)));
            }
        }
        if (missing.isEmpty() && !hasTerminal(states)) {
            findings.add(new Problem("MISSING_END_STATE", "Workflow has no terminal state", prefix.isEmpty() ? "null" : prefix));
        }
    }

    /** Each transition of a state as {target, pointer}: Next, Default, Choices[i].Next, Catch[i].Next. */
    private static List<String[]> targets(JsonNode state, String pointer) {
        List<String[]> targets = new ArrayList<>();
        addTarget(state.get("Next"), at(pointer, "Next"), targets);
        addTarget(state.get("Default"), at(pointer, "Default"), targets);
        JsonNode choices = state.get("Choices");
        if (choices != null && choices.isArray()) {
            for (int i = 0; i < choices.size(); i++) addTarget(choices.get(i).get("Next"), at(pointer, "Choices[" + i + "]/Next"), targets);
        }
        JsonNode catches = state.get("Catch");
        if (catches != null && catches.isArray()) {
            for (int i = 0; i < catches.size(); i++) addTarget(catches.get(i).get("Next"), at(pointer, "Catch[" + i + "]/Next"), targets);
        }
        return targets;
    }

    private static void addTarget(JsonNode target, String pointer, List<String[]> targets) {
        if (target != null && target.isTextual()) targets.add(new String[] {target.textValue(), pointer});
    }

    private static Set<String> reachable(String startAt, Map<String, List<String[]>> edges) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(startAt);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!seen.add(name)) continue;
            for (String[] target : edges.getOrDefault(name, List.of())) todo.push(target[0]);
        }
        return seen;
    }

    private static boolean hasTerminal(JsonNode states) {
        for (JsonNode state : states) {
            String type = state.path("Type").asText();
            if (type.equals("Succeed") || type.equals("Fail") || state.path("End").asBoolean(false)) return true;
        }
        return false;
    }
}
