package nl.doorbraak.localcloud.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the definition model from ASL JSON; structural problems become {@link AslException}s. */
final class AslParser {
    private final Map<String, StateMachineDefinition.Branch> branches = new LinkedHashMap<>();

    StateMachineDefinition parse(JsonNode json) {
        if (json == null || !json.isObject()) throw new AslException("The definition must be a JSON object");
        QueryLanguage top = QueryLanguage.parse(text(json, "QueryLanguage"), QueryLanguage.JSONPath);
        StateMachineDefinition.Branch root = branch("", json, top);
        JsonNode timeout = json.get("TimeoutSeconds");
        return new StateMachineDefinition(json, root, timeout == null || !timeout.isNumber() ? null : timeout.asLong(), branches);
    }

    private StateMachineDefinition.Branch branch(String id, JsonNode json, QueryLanguage inherited) {
        QueryLanguage ql = QueryLanguage.parse(text(json, "QueryLanguage"), inherited);
        String startAt = text(json, "StartAt");
        if (startAt == null) throw new AslException("Missing 'StartAt' field");
        JsonNode statesJson = json.get("States");
        if (statesJson == null || !statesJson.isObject() || statesJson.isEmpty()) throw new AslException("Missing 'States' field");
        Map<String, State> states = new LinkedHashMap<>();
        var it = statesJson.fields();
        while (it.hasNext()) {
            var e = it.next();
            states.put(e.getKey(), state(id, e.getKey(), e.getValue(), ql));
        }
        String at = id.isEmpty() ? "" : " in branch " + id;
        if (!states.containsKey(startAt)) {
            throw new AslException("MISSING_TRANSITION_TARGET: Missing 'StartAt' target: " + startAt + at);
        }
        for (State st : states.values()) checkTransitions(st, states.keySet(), at);
        StateMachineDefinition.Branch b = new StateMachineDefinition.Branch(id, startAt, Map.copyOf(states), ql);
        branches.put(id, b);
        return b;
    }

    private State state(String branchId, String name, JsonNode s, QueryLanguage inherited) {
        if (!s.isObject()) throw new AslException("State '" + name + "' must be an object");
        String type = text(s, "Type");
        if (type == null) throw new AslException("State '" + name + "' has no 'Type'");
        QueryLanguage ql = QueryLanguage.parse(text(s, "QueryLanguage"), inherited);
        boolean end = s.path("End").asBoolean(false);
        String next = text(s, "Next");
        Common c = new Common(name, type, ql, next, end, path(s, "InputPath"), path(s, "OutputPath"),
                s.get("Assign"), s.get("Output"));
        String childPrefix = (branchId.isEmpty() ? "" : branchId + "/") + name;
        return switch (type) {
            case "Pass" -> new PassState(c, s.get("Result"), s.get("Parameters"), path(s, "ResultPath"));
            case "Task" -> new TaskState(c, text(s, "Resource"), s.get("Parameters"), s.get("Arguments"),
                    s.get("ResultSelector"), path(s, "ResultPath"), retriers(s), catchers(s),
                    s.get("TimeoutSeconds"), text(s, "TimeoutSecondsPath"),
                    s.get("HeartbeatSeconds"), text(s, "HeartbeatSecondsPath"));
            case "Choice" -> choice(c, s);
            case "Wait" -> new WaitState(c, s.get("Seconds"), s.get("Timestamp"), text(s, "SecondsPath"), text(s, "TimestampPath"));
            case "Succeed" -> new SucceedState(c);
            case "Fail" -> new FailState(c, text(s, "Error"), text(s, "Cause"), text(s, "ErrorPath"), text(s, "CausePath"));
            case "Parallel" -> {
                JsonNode bs = s.get("Branches");
                if (bs == null || !bs.isArray()) throw new AslException("Parallel state '" + name + "' has no 'Branches'");
                List<StateMachineDefinition.Branch> list = new ArrayList<>();
                for (int i = 0; i < bs.size(); i++) list.add(branch(childPrefix + "/" + i, bs.get(i), ql));
                yield new ParallelState(c, List.copyOf(list), s.get("Parameters"), s.get("Arguments"),
                        s.get("ResultSelector"), path(s, "ResultPath"), retriers(s), catchers(s));
            }
            case "Map" -> {
                JsonNode proc = s.has("ItemProcessor") ? s.get("ItemProcessor") : s.get("Iterator");
                if (proc == null) throw new AslException("Map state '" + name + "' has no 'ItemProcessor'");
                JsonNode selector = s.has("ItemSelector") ? s.get("ItemSelector") : s.get("Parameters");
                yield new MapState(c, branch(childPrefix + "/p", proc, ql), text(s, "ItemsPath"), s.get("Items"),
                        selector, s.get("ResultSelector"), path(s, "ResultPath"),
                        s.get("MaxConcurrency"), text(s, "MaxConcurrencyPath"),
                        s.get("ToleratedFailureCount"), text(s, "ToleratedFailureCountPath"),
                        s.get("ToleratedFailurePercentage"), text(s, "ToleratedFailurePercentagePath"),
                        retriers(s), catchers(s));
            }
            default -> throw new AslException("State '" + name + "' has unsupported Type '" + type + "'");
        };
    }

    /** Every Next/Default/Catch target must exist; every state but Choice, Succeed and Fail needs Next or End. */
    private static void checkTransitions(State st, java.util.Set<String> names, String at) {
        Common c = st.common();
        java.util.List<String[]> targets = new ArrayList<>();
        if (c.next() != null) targets.add(new String[]{c.next(), "/States/" + c.name() + "/Next"});
        if (st instanceof ChoiceState ch) {
            if (ch.defaultNext() != null) targets.add(new String[]{ch.defaultNext(), "/States/" + c.name() + "/Default"});
            for (int i = 0; i < ch.choices().size(); i++) {
                String next = ch.choices().get(i).next();
                if (next == null) throw new AslException("MISSING_TRANSITION_TARGET: Choice rule " + i + " of state '" + c.name() + "' has no 'Next'" + at);
                targets.add(new String[]{next, "/States/" + c.name() + "/Choices[" + i + "]/Next"});
            }
            if (ch.choices().isEmpty()) throw new AslException("SCHEMA_VALIDATION_FAILED: Choice state '" + c.name() + "' has no 'Choices'" + at);
        } else if (!(st instanceof SucceedState) && !(st instanceof FailState)) {
            if (c.next() == null && !c.end()) {
                throw new AslException("SCHEMA_VALIDATION_FAILED: State '" + c.name() + "' must have either 'Next' or 'End'" + at);
            }
        }
        if (st instanceof Recoverable r) {
            for (int i = 0; i < r.catchers().size(); i++) {
                targets.add(new String[]{r.catchers().get(i).next(), "/States/" + c.name() + "/Catch[" + i + "]/Next"});
            }
        }
        for (String[] t : targets) {
            if (t[0] == null || !names.contains(t[0])) {
                throw new AslException("MISSING_TRANSITION_TARGET: Missing 'Next' target: " + t[0] + " at " + t[1] + at);
            }
        }
    }

    private static ChoiceState choice(Common c, JsonNode s) {
        List<ChoiceState.Branch> branches = new ArrayList<>();
        for (JsonNode rule : s.path("Choices")) {
            branches.add(new ChoiceState.Branch(rule, text(rule, "Next"), rule.get("Assign"), rule.get("Output")));
        }
        return new ChoiceState(c, List.copyOf(branches), text(s, "Default"));
    }

    private static List<Retrier> retriers(JsonNode s) {
        List<Retrier> out = new ArrayList<>();
        for (JsonNode r : s.path("Retry")) {
            JsonNode maxDelay = r.get("MaxDelaySeconds");
            out.add(new Retrier(strings(r.get("ErrorEquals")), r.path("IntervalSeconds").asDouble(1),
                    r.path("MaxAttempts").asInt(3), r.path("BackoffRate").asDouble(2.0),
                    maxDelay == null ? null : maxDelay.asLong(), "FULL".equals(r.path("JitterStrategy").asText("NONE"))));
        }
        return List.copyOf(out);
    }

    private static List<Catcher> catchers(JsonNode s) {
        List<Catcher> out = new ArrayList<>();
        for (JsonNode c : s.path("Catch")) {
            out.add(new Catcher(strings(c.get("ErrorEquals")), text(c, "Next"), path(c, "ResultPath"), c.get("Assign"), c.get("Output")));
        }
        return List.copyOf(out);
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        if (arr != null) arr.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** A path field: absent → "$", explicit null → null. */
    private static String path(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null) return Common.DEFAULT_PATH;
        return v.isNull() ? null : v.asText();
    }
}
