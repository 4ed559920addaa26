package nl.doorbraak.localcloud.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.stepfunctions.StatesError;
import nl.doorbraak.localcloud.stepfunctions.asl.MapState;
import nl.doorbraak.localcloud.stepfunctions.asl.ParallelState;
import nl.doorbraak.localcloud.stepfunctions.asl.StateMachineDefinition;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Json;
import nl.doorbraak.localcloud.stepfunctions.jsonata.JsonataEvaluator;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Parameters;
import nl.doorbraak.localcloud.stepfunctions.dataflow.StatePaths;

/** Parallel and inline Map: start child frames, collect their outputs, fail or tolerate their failures. */
final class ForkStep {
    private ForkStep() {}

    static void parallel(StepRun run, ParallelState p) {
        JsonNode branchInput;
        if (run.jsonata()) {
            branchInput = p.arguments() == null ? run.f.input : run.jsonata(p.arguments(), "Arguments", run.statesBinding(null, null));
        } else {
            JsonNode eff = run.effectiveInput();
            branchInput = Parameters.apply(p.parameters(), run.paths(eff));
        }
        Frame f = run.f;
        History.add(run.ex, f, run.in.clock.millis(), "ParallelStateStarted", null, null);
        ArrayNode results = Json.NODES.arrayNode();
        f.children.clear();
        f.finished = 0;
        for (int i = 0; i < p.branches().size(); i++) {
            results.addNull();
            StateMachineDefinition.Branch b = p.branches().get(i);
            Frame child = run.in.newFrame(run.ex, f, b.id(), b.startAt(), branchInput, i);
            f.children.add(child.id);
        }
        f.results = results;
        f.phase = Phase.CHILDREN;
        if (p.branches().isEmpty()) complete(run, results);
    }

    static void map(StepRun run, MapState m) {
        Frame f = run.f;
        JsonNode items;
        JsonNode eff = f.input;
        ObjectNode states = run.jsonata() ? run.statesBinding(null, null) : null;
        if (run.jsonata()) {
            if (m.items() == null) {
                items = f.input;
                if (!items.isArray()) throw StatesError.queryEvaluation("Map state input must be an array but was: " + Json.write(items));
            } else {
                items = run.jsonata(m.items(), "Items", states);
                if (!items.isArray()) {
                    throw JsonataEvaluator.unexpectedType(m.items().asText(), "Items", "array", items);
                }
            }
        } else {
            eff = run.effectiveInput();
            String path = m.itemsPath() == null ? "$" : m.itemsPath();
            items = "$".equals(path) ? eff : run.paths(eff).resolveStrict(path);
            if (!items.isArray()) {
                throw StatesError.runtime("Map state input must be an array but was: " + Json.write(items));
            }
        }
        f.maxConcurrency = (int) MapLimits.integer(run, m.maxConcurrency(), m.maxConcurrencyPath(), "MaxConcurrency", eff, states, 0);
        f.toleratedCount = (int) MapLimits.integer(run, m.toleratedFailureCount(), m.toleratedFailureCountPath(), "ToleratedFailureCount", eff, states, -1);
        f.toleratedPercentage = MapLimits.percentage(run, m, eff, states);
        History.add(run.ex, f, run.in.clock.millis(), "MapStateStarted", "mapStateStartedEventDetails",
                History.details("length", items.size()));
        ArrayNode results = Json.NODES.arrayNode();
        for (int i = 0; i < items.size(); i++) results.addNull();
        f.results = results;
        f.items = items;
        f.effectiveInput = eff;
        f.nextItem = 0;
        f.finished = 0;
        f.failedItems = 0;
        f.children.clear();
        f.phase = Phase.CHILDREN;
        if (items.isEmpty()) {
            mapSucceeded(run);
            return;
        }
        startIterations(run, m);
    }

    private static void startIterations(StepRun run, MapState m) {
        Frame f = run.f;
        while (f.nextItem < f.items.size() && (f.maxConcurrency <= 0 || f.children.size() < f.maxConcurrency)) {
            int index = f.nextItem++;
            JsonNode item = f.items.get(index);
            ObjectNode ctx = run.context();
            ObjectNode mapItem = ctx.putObject("Map").putObject("Item");
            mapItem.put("Index", index);
            mapItem.set("Value", item);
            JsonNode input;
            if (m.itemSelector() == null) {
                input = item;
            } else if (run.jsonata()) {
                ObjectNode states = run.statesBinding(null, null);
                states.set("context", ctx);
                input = run.jsonata(m.itemSelector(), "ItemSelector", states);
            } else {
                input = Parameters.apply(m.itemSelector(), new StatePaths(f.effectiveInput, ctx, run.variables()));
            }
            History.add(run.ex, f, run.in.clock.millis(), "MapIterationStarted", "mapIterationStartedEventDetails",
                    History.details("name", m.name(), "index", index));
            Frame child = run.in.newFrame(run.ex, f, m.processor().id(), m.processor().startAt(), input, index);
            f.children.add(child.id);
        }
    }

    /** A branch or iteration ended; {@code run} is the parent's step. */
    static void childFinished(StepRun run, Frame child) {
        Frame f = run.f;
        f.children.remove(child.id);
        try {
            if (run.s instanceof ParallelState p) {
                if (child.phase == Phase.DONE) {
                    ((ArrayNode) f.results).set(child.index, child.output);
                    if (++f.finished == p.branches().size()) complete(run, f.results);
                } else {
                    abortChildren(run);
                    History.add(run.ex, f, run.in.clock.millis(), "ParallelStateFailed", null, null);
                    run.in.handleError(run.ex, f, run.s, new StatesError(child.error, child.cause));
                }
                return;
            }
            MapState m = (MapState) run.s;
            long now = run.in.clock.millis();
            if (child.phase == Phase.DONE) {
                History.add(run.ex, f, now, "MapIterationSucceeded", "mapIterationSucceededEventDetails",
                        History.details("name", m.name(), "index", child.index));
                ((ArrayNode) f.results).set(child.index, child.output);
            } else {
                History.add(run.ex, f, now, "MapIterationFailed", "mapIterationFailedEventDetails",
                        History.details("name", m.name(), "index", child.index));
                f.failedItems++;
                StatesError failure = toleranceExceeded(f) ? (f.toleratedCount < 0 && f.toleratedPercentage < 0
                        ? new StatesError(child.error, child.cause)
                        : new StatesError("States.ExceedToleratedFailureThreshold", "The specified tolerated failure threshold was exceeded"))
                        : null;
                if (failure != null) {
                    abortChildren(run);
                    History.add(run.ex, f, now, "MapStateFailed", null, null);
                    run.in.handleError(run.ex, f, run.s, failure);
                    return;
                }
                ObjectNode err = Json.object();
                if (child.error != null) err.put("Error", child.error);
                if (child.cause != null) err.put("Cause", child.cause);
                ((ArrayNode) f.results).set(child.index, err);
            }
            f.finished++;
            if (f.finished == f.items.size()) {
                mapSucceeded(run);
            } else {
                startIterations(run, m);
            }
        } catch (StatesError e) {
            abortChildren(run);
            run.in.handleError(run.ex, f, run.s, e);
        }
    }

    private static boolean toleranceExceeded(Frame f) {
        if (f.toleratedCount < 0 && f.toleratedPercentage < 0) return true;
        if (f.toleratedCount >= 0 && f.failedItems > f.toleratedCount) return true;
        return f.toleratedPercentage >= 0 && f.failedItems * 100.0 / f.items.size() > f.toleratedPercentage;
    }

    private static void mapSucceeded(StepRun run) {
        History.add(run.ex, run.f, run.in.clock.millis(), "MapStateSucceeded", null, null);
        complete(run, run.f.results);
    }

    private static void complete(StepRun run, JsonNode results) {
        Frame f = run.f;
        if (run.s instanceof ParallelState) History.add(run.ex, f, run.in.clock.millis(), "ParallelStateSucceeded", null, null);
        f.phase = Phase.RUN;
        JsonNode out;
        if (run.jsonata()) {
            out = run.resultJsonata(results);
        } else if (run.s instanceof ParallelState p) {
            out = run.resultJsonPath(results, p.resultSelector(), p.resultPath());
        } else {
            MapState m = (MapState) run.s;
            out = run.resultJsonPath(results, m.resultSelector(), m.resultPath());
        }
        f.results = null;
        f.items = null;
        f.effectiveInput = null;
        run.exit(out, run.next());
    }

    private static void abortChildren(StepRun run) {
        for (String id : run.f.children) {
            Frame c = run.ex.frames.get(id);
            if (c != null) run.in.discard(run.ex, c);
        }
        run.f.children.clear();
        run.f.phase = Phase.RUN;
    }
}
