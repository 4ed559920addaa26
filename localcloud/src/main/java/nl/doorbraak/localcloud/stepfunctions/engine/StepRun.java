package nl.doorbraak.localcloud.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.stepfunctions.asl.State;
import nl.doorbraak.localcloud.stepfunctions.dataflow.InputPath;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Json;
import nl.doorbraak.localcloud.stepfunctions.dataflow.JsonataFields;
import nl.doorbraak.localcloud.stepfunctions.dataflow.OutputPath;
import nl.doorbraak.localcloud.stepfunctions.dataflow.PayloadTemplate;
import nl.doorbraak.localcloud.stepfunctions.dataflow.ResultPath;
import nl.doorbraak.localcloud.stepfunctions.dataflow.ResultSelector;
import nl.doorbraak.localcloud.stepfunctions.dataflow.StatePaths;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Variables;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One step of one frame: the state, its data views (context object, variables, paths) and how to leave it. */
final class StepRun {
    static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    final Interpreter in;
    final Execution ex;
    final Frame f;
    final State s;

    StepRun(Interpreter in, Execution ex, Frame f, State s) {
        this.in = in;
        this.ex = ex;
        this.f = f;
        this.s = s;
    }

    boolean jsonata() { return s.common().jsonata(); }

    String next() { return s.common().end() ? null : s.common().next(); }

    void exit(JsonNode output, String next) { in.exit(ex, f, s, output, next); }

    /** The context object ({@code $$} / {@code $states.context}). */
    ObjectNode context() {
        ObjectNode c = Json.object();
        ObjectNode exe = c.putObject("Execution");
        exe.put("Id", ex.executionArn);
        exe.set("Input", ex.parsedInput());
        exe.put("StartTime", ISO.format(Instant.ofEpochMilli(ex.startDate)));
        exe.put("Name", ex.name);
        exe.put("RoleArn", ex.roleArn);
        exe.put("RedriveCount", 0);
        ObjectNode sm = c.putObject("StateMachine");
        sm.put("Id", ex.stateMachineArn);
        sm.put("Name", ex.stateMachineName);
        ObjectNode st = c.putObject("State");
        st.put("Name", s.name());
        st.put("EnteredTime", ISO.format(Instant.ofEpochMilli(f.enteredAt)));
        if (f.retryCount > 0 || s instanceof nl.doorbraak.localcloud.stepfunctions.asl.TaskState) st.put("RetryCount", f.retryCount);
        if (f.token != null) c.putObject("Task").put("Token", f.token);
        return c;
    }

    /** The variables visible from this frame: its own scope, then its ancestors'. */
    Variables variables() {
        return new Variables() {
            @Override
            public Optional<JsonNode> get(String name) {
                for (Frame cur = f; cur != null; cur = cur.parentId == null ? null : ex.frames.get(cur.parentId)) {
                    JsonNode v = cur.variables == null ? null : cur.variables.get(name);
                    if (v != null) return Optional.of(v);
                }
                return Optional.empty();
            }

            @Override
            public Map<String, JsonNode> all() {
                Map<String, JsonNode> out = new LinkedHashMap<>();
                for (Frame cur = f; cur != null; cur = cur.parentId == null ? null : ex.frames.get(cur.parentId)) {
                    if (cur.variables == null) continue;
                    Iterator<Map.Entry<String, JsonNode>> it = cur.variables.fields();
                    while (it.hasNext()) {
                        Map.Entry<String, JsonNode> e = it.next();
                        out.putIfAbsent(e.getKey(), e.getValue());
                    }
                }
                return out;
            }
        };
    }

    StatePaths paths(JsonNode input) { return new StatePaths(input, this::context, variables()); }

    /** JSONPath InputPath over the raw input. */
    JsonNode effectiveInput() { return InputPath.apply(s.common().inputPath(), paths(f.input)); }

    /** {@code $states} for JSONata: input, context, and when present result and errorOutput. */
    ObjectNode statesBinding(JsonNode result, JsonNode errorOutput) {
        ObjectNode st = Json.object();
        st.set("input", f.input);
        st.set("context", context());
        if (result != null) st.set("result", result);
        if (errorOutput != null) st.set("errorOutput", errorOutput);
        return st;
    }

    JsonNode jsonata(JsonNode template, String field, JsonNode states) {
        return JsonataFields.evaluate(template, field, states, variables(), in.clock.instant());
    }

    /** Output of states without a result (Succeed, Wait, Choice): InputPath→OutputPath, or JSONata Output. */
    JsonNode simpleOutput() {
        if (jsonata()) {
            ObjectNode states = statesBinding(null, null);
            JsonNode assigned = s.common().assign() == null ? null : jsonata(s.common().assign(), "Assign", states);
            JsonNode out = s.common().output() == null ? f.input : jsonata(s.common().output(), "Output", states);
            commitAssign(assigned);
            return out;
        }
        JsonNode eff = effectiveInput();
        JsonNode assigned = evaluateAssign(s.common().assign(), eff);
        JsonNode out = OutputPath.apply(s.common().outputPath(), eff, paths(eff));
        commitAssign(assigned);
        return out;
    }

    /** JSONPath Assign: a payload template over {@code dollar}, evaluated against the variables before the state. */
    void assignJsonPath(JsonNode template, JsonNode dollar) {
        commitAssign(evaluateAssign(template, dollar));
    }

    /** Evaluates a JSONPath Assign without committing it (paths and OutputPath still see the old values). */
    JsonNode evaluateAssign(JsonNode template, JsonNode dollar) {
        return template == null ? null : PayloadTemplate.evaluate(template, paths(dollar));
    }

    void commitAssign(JsonNode values) {
        if (values == null || !values.isObject()) return;
        if (f.variables == null) f.variables = Json.object();
        f.variables.setAll((ObjectNode) values);
    }

    /** Result handling of Task/Parallel/Map in JSONPath: ResultSelector → Assign → ResultPath → OutputPath. */
    JsonNode resultJsonPath(JsonNode result, JsonNode resultSelector, String resultPath) {
        JsonNode selected = ResultSelector.apply(resultSelector, result, paths(result));
        JsonNode assigned = evaluateAssign(s.common().assign(), selected);
        JsonNode out = ResultPath.apply(resultPath, f.input, selected);
        out = OutputPath.apply(s.common().outputPath(), out, paths(out));
        commitAssign(assigned);
        return out;
    }

    /** Result handling in JSONata: Assign and Output see {@code $states.result}. */
    JsonNode resultJsonata(JsonNode result) {
        ObjectNode states = statesBinding(result, null);
        JsonNode assigned = s.common().assign() == null ? null : jsonata(s.common().assign(), "Assign", states);
        JsonNode out = s.common().output() == null ? result : jsonata(s.common().output(), "Output", states);
        commitAssign(assigned);
        return out;
    }
}
