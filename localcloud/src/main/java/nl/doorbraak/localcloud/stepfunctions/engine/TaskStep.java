package nl.doorbraak.localcloud.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.stepfunctions.StatesError;
import nl.doorbraak.localcloud.stepfunctions.asl.TaskState;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Json;
import nl.doorbraak.localcloud.stepfunctions.dataflow.JsonataFields;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Parameters;

/**
 * Task: builds the parameters, calls the resource, records AWS's Task or LambdaFunction events, and either goes on
 * with the result or parks the frame on a task token (with TimeoutSeconds/HeartbeatSeconds timers).
 */
final class TaskStep {
    private static final String REGION = "us-east-1";

    private TaskStep() {}

    static void run(StepRun run, TaskState t) {
        Frame f = run.f;
        TaskResource r = TaskResource.parse(t.resource());
        f.token = r.waitForToken() ? TaskTokens.issue(run.ex.executionArn, f.id) : null;
        JsonNode params;
        var states = run.jsonata() ? run.statesBinding(null, null) : null;
        if (run.jsonata()) {
            params = t.arguments() == null ? f.input : run.jsonata(t.arguments(), "Arguments", states);
        } else {
            JsonNode eff = run.effectiveInput();
            params = Parameters.apply(t.parameters(), run.paths(eff));
        }
        long timeout = seconds(run, t.timeoutSeconds(), t.timeoutSecondsPath(), "TimeoutSeconds", states);
        long heartbeat = seconds(run, t.heartbeatSeconds(), t.heartbeatSecondsPath(), "HeartbeatSeconds", states);
        long now = run.in.clock.millis();
        boolean legacyLambda = r.kind() == TaskResource.Kind.LAMBDA_FUNCTION;
        f.taskEventPrefix = legacyLambda ? "LambdaFunction" : "Task";
        f.resourceType = r.resourceType();
        f.resourceName = r.resourceName();
        if (legacyLambda) {
            History.add(run.ex, f, now, "LambdaFunctionScheduled", "lambdaFunctionScheduledEventDetails",
                    History.payloadDetails("input", params, "inputDetails", "resource", r.arn(),
                            "timeoutInSeconds", timeout > 0 ? timeout : null));
            History.add(run.ex, f, now, "LambdaFunctionStarted", null, null);
        } else {
            var d = History.details("resourceType", f.resourceType, "resource", f.resourceName, "region", REGION,
                    "parameters", Json.write(params), "timeoutInSeconds", timeout > 0 ? timeout : null,
                    "heartbeatInSeconds", heartbeat > 0 ? heartbeat : null);
            History.add(run.ex, f, now, "TaskScheduled", "taskScheduledEventDetails", d);
            History.add(run.ex, f, now, "TaskStarted", "taskStartedEventDetails",
                    History.details("resourceType", f.resourceType, "resource", f.resourceName));
        }
        JsonNode result;
        try {
            result = !r.waitForToken() && timeout > 0 ? callWithin(run, r, params, timeout) : run.in.tasks.call(r, params);
        } catch (TimedOut e) {
            History.add(run.ex, f, run.in.clock.millis(), "LambdaFunction".equals(f.taskEventPrefix) ? "LambdaFunctionTimedOut" : "TaskTimedOut",
                    "LambdaFunction".equals(f.taskEventPrefix) ? "lambdaFunctionTimedOutEventDetails" : "taskTimedOutEventDetails",
                    "LambdaFunction".equals(f.taskEventPrefix) ? History.details("error", "States.Timeout")
                            : History.details("resourceType", f.resourceType, "resource", f.resourceName, "error", "States.Timeout"));
            f.token = null;
            throw new StatesError("States.Timeout", null);
        } catch (StatesError e) {
            taskFailedEvent(run, e);
            f.token = null;
            throw e;
        }
        if (r.waitForToken()) {
            History.add(run.ex, f, run.in.clock.millis(), "TaskSubmitted", "taskSubmittedEventDetails",
                    History.payloadDetails("output", result, "outputDetails", "resourceType", f.resourceType, "resource", f.resourceName));
            f.phase = Phase.TASK_TOKEN;
            f.heartbeatSeconds = heartbeat;
            f.timeoutAt = timeout > 0 ? now + timeout * 1000 : 0;
            f.heartbeatAt = heartbeat > 0 ? now + heartbeat * 1000 : 0;
            if (f.nextDeadline() > 0) run.in.schedule(run.ex, f, f.nextDeadline());
            return;
        }
        succeeded(run, t, result);
    }

    /** A synchronous call bounded by the state's TimeoutSeconds (real time: the call itself runs in real time). */
    private static JsonNode callWithin(StepRun run, TaskResource r, JsonNode params, long timeoutSeconds) {
        var call = java.util.concurrent.CompletableFuture.supplyAsync(() -> run.in.tasks.call(r, params),
                task -> Thread.ofVirtual().name("sfn-task").start(task));
        try {
            return call.get(timeoutSeconds, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            call.cancel(true);
            throw new TimedOut();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimedOut();
        }
    }

    private static final class TimedOut extends RuntimeException {
        TimedOut() {
            super(null, null, false, false);
        }
    }

    private static void succeeded(StepRun run, TaskState t, JsonNode result) {
        Frame f = run.f;
        long now = run.in.clock.millis();
        if ("LambdaFunction".equals(f.taskEventPrefix)) {
            History.add(run.ex, f, now, "LambdaFunctionSucceeded", "lambdaFunctionSucceededEventDetails",
                    History.payloadDetails("output", result, "outputDetails"));
        } else {
            History.add(run.ex, f, now, "TaskSucceeded", "taskSucceededEventDetails",
                    History.payloadDetails("output", result, "outputDetails", "resourceType", f.resourceType, "resource", f.resourceName));
        }
        clearTask(f);
        JsonNode out = run.jsonata() ? run.resultJsonata(result) : run.resultJsonPath(result, t.resultSelector(), t.resultPath());
        run.exit(out, run.next());
    }

    private static void taskFailedEvent(StepRun run, StatesError e) {
        Frame f = run.f;
        long now = run.in.clock.millis();
        if ("LambdaFunction".equals(f.taskEventPrefix)) {
            History.add(run.ex, f, now, "LambdaFunctionFailed", "lambdaFunctionFailedEventDetails",
                    History.details("error", e.error(), "cause", e.cause()));
        } else {
            History.add(run.ex, f, now, "TaskFailed", "taskFailedEventDetails",
                    History.details("resourceType", f.resourceType, "resource", f.resourceName, "error", e.error(), "cause", e.cause()));
        }
    }

    private static void clearTask(Frame f) {
        f.token = null;
        f.timeoutAt = 0;
        f.heartbeatAt = 0;
        f.timerSeq = 0;
        f.phase = Phase.RUN;
    }

    static void tokenSucceeded(StepRun run, JsonNode output) {
        try {
            succeeded(run, (TaskState) run.s, output);
        } catch (StatesError e) {
            run.in.handleError(run.ex, run.f, run.s, e);
        }
    }

    static void tokenFailed(StepRun run, StatesError failure) {
        taskFailedEvent(run, failure);
        clearTask(run.f);
        run.in.handleError(run.ex, run.f, run.s, failure);
    }

    static void heartbeat(StepRun run) {
        Frame f = run.f;
        if (f.heartbeatSeconds > 0) {
            f.heartbeatAt = run.in.clock.millis() + f.heartbeatSeconds * 1000;
            run.in.schedule(run.ex, f, f.nextDeadline());
        }
    }

    static void checkTimeouts(StepRun run, long now) {
        Frame f = run.f;
        String error = null;
        if (f.timeoutAt > 0 && now >= f.timeoutAt) error = "States.Timeout";
        else if (f.heartbeatAt > 0 && now >= f.heartbeatAt) error = "States.HeartbeatTimeout";
        if (error == null) {
            if (f.nextDeadline() > 0) run.in.schedule(run.ex, f, f.nextDeadline());
            return;
        }
        StatesError e = new StatesError(error, null);
        History.add(run.ex, f, now, "TaskTimedOut", "taskTimedOutEventDetails",
                History.details("resourceType", f.resourceType, "resource", f.resourceName, "error", error));
        clearTask(f);
        run.in.handleError(run.ex, f, run.s, e);
    }

    private static long seconds(StepRun run, JsonNode literal, String path, String field, JsonNode states) {
        if (literal != null) {
            JsonNode v = JsonataFields.isExpression(literal) ? run.jsonata(literal, field, states) : literal;
            if (!v.isNumber() || v.asLong() <= 0) {
                throw StatesError.runtime("The " + field + " field must be a positive integer: " + v);
            }
            return v.asLong();
        }
        if (path != null) {
            JsonNode v = run.paths(run.f.input).resolve(path).orElseThrow(() -> StatesError.runtime(
                    "The " + field + "Path field refers to a path that could not be found: " + path));
            if (!v.isIntegralNumber() || v.asLong() <= 0) {
                throw StatesError.runtime("The " + field + "Path field refers to value " + v + " which is not a valid positive integer: " + path);
            }
            return v.asLong();
        }
        return 0;
    }
}
