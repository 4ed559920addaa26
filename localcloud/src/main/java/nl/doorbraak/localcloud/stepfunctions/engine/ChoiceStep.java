package nl.doorbraak.localcloud.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.stepfunctions.StatesError;
import nl.doorbraak.localcloud.stepfunctions.asl.ChoiceState;
import nl.doorbraak.localcloud.stepfunctions.choice.ChoiceRule;
import nl.doorbraak.localcloud.stepfunctions.dataflow.OutputPath;
import nl.doorbraak.localcloud.stepfunctions.dataflow.StatePaths;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/** Choice: the first matching rule's Next (with its Assign/Output), else Default, else States.NoChoiceMatched. */
final class ChoiceStep {
    private static final Map<JsonNode, ChoiceRule> RULES = Collections.synchronizedMap(new IdentityHashMap<>());

    private ChoiceStep() {}

    static void run(StepRun run, ChoiceState c) {
        if (run.jsonata()) {
            jsonata(run, c);
            return;
        }
        JsonNode eff = run.effectiveInput();
        StatePaths paths = run.paths(eff);
        for (ChoiceState.Branch b : c.choices()) {
            ChoiceRule rule = RULES.computeIfAbsent(b.rule(), ChoiceRule::parse);
            if (rule.matches(paths)) {
                JsonNode assigned = run.evaluateAssign(b.assign(), eff);
                JsonNode out = OutputPath.apply(c.common().outputPath(), eff, paths);
                run.commitAssign(assigned);
                run.exit(out, b.next());
                return;
            }
        }
        noMatch(run, c);
        JsonNode assigned = run.evaluateAssign(c.common().assign(), eff);
        JsonNode out = OutputPath.apply(c.common().outputPath(), eff, paths);
        run.commitAssign(assigned);
        run.exit(out, c.defaultNext());
    }

    private static void jsonata(StepRun run, ChoiceState c) {
        ObjectNode states = run.statesBinding(null, null);
        for (ChoiceState.Branch b : c.choices()) {
            JsonNode condition = b.rule().get("Condition");
            JsonNode value = run.jsonata(condition, "Condition", states);
            if (!value.isBoolean()) {
                throw StatesError.queryEvaluation("The JSONata expression '" + text(condition)
                        + "' specified for the field 'Condition' returned an unexpected result type. Expected 'boolean', but was '"
                        + TypeNames.of(value) + "' for value: " + value);
            }
            if (value.booleanValue()) {
                leave(run, states, b.assign(), b.output(), b.next());
                return;
            }
        }
        noMatch(run, c);
        leave(run, states, c.common().assign(), c.common().output(), c.defaultNext());
    }

    private static void leave(StepRun run, ObjectNode states, JsonNode assign, JsonNode output, String next) {
        JsonNode assigned = assign == null ? null : run.jsonata(assign, "Assign", states);
        JsonNode out = output == null ? run.f.input : run.jsonata(output, "Output", states);
        run.commitAssign(assigned);
        run.exit(out, next);
    }

    private static void noMatch(StepRun run, ChoiceState c) {
        if (c.defaultNext() == null) {
            throw new StatesError("States.NoChoiceMatched", "No Matches!");
        }
    }

    static String text(JsonNode condition) {
        if (condition == null) return "null";
        String t = condition.asText().trim();
        return t.startsWith("{%") && t.endsWith("%}") ? t.substring(2, t.length() - 2).trim() : t;
    }
}
