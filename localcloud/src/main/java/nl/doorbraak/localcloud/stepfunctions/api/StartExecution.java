package nl.doorbraak.localcloud.stepfunctions.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.http.AwsServiceException;
import nl.doorbraak.localcloud.stepfunctions.asl.StateMachineDefinition;
import nl.doorbraak.localcloud.stepfunctions.dataflow.DataLimit;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Json;
import nl.doorbraak.localcloud.stepfunctions.engine.Execution;
import nl.doorbraak.localcloud.stepfunctions.engine.StepFunctionsEngine;
import nl.doorbraak.localcloud.stepfunctions.storage.StateMachineRecord;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * StartExecution (and, with {@code sync}, StartSyncExecution for EXPRESS machines). As for Standard workflows on AWS,
 * the same name and input while that execution still runs returns the same execution; any other reuse of the name
 * is ExecutionAlreadyExists.
 */
final class StartExecution implements Operation {
    private static final Pattern NAME = Pattern.compile("[^\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/\\x00-\\x1f\\x7f-\\x9f]{1,80}");
    /** Starts of the same execution ARN are serialized (name reuse rules); different ARNs start in parallel. */
    private static final Object[] STRIPES = new Object[64];

    static {
        for (int i = 0; i < STRIPES.length; i++) STRIPES[i] = new Object();
    }

    private final Executions executions;
    private final boolean sync;

    StartExecution(Executions executions, boolean sync) {
        this.executions = executions;
        this.sync = sync;
    }

    @Override
    public ObjectNode handle(JsonNode req) throws AwsServiceException {
        StateMachineRecord sm = executions.machines.find(Wire.required(req, "stateMachineArn"));
        if (sync && !"EXPRESS".equals(sm.type())) {
            throw Wire.error("StateMachineTypeNotSupported", "This operation is not supported by this type of state machine");
        }
        String name = Wire.optional(req, "name");
        if (name == null) name = UUID.randomUUID().toString();
        if (!NAME.matcher(name).matches()) throw Wire.error("InvalidName", "Invalid Name: '" + name + "'");
        String input = input(req);
        boolean express = sync || "EXPRESS".equals(sm.type());
        String arn = "arn:aws:states:" + StepFunctionsEngine.REGION + ":" + StepFunctionsEngine.ACCOUNT
                + (express ? ":express:" : ":execution:") + sm.name() + ":" + name + (express ? ":" + UUID.randomUUID() : "");
        StateMachineDefinition def = executions.machines.definition(sm);
        if (sync) {
            return Executions.describe(executions.engine.start(sm, def, arn, name, input, true), true);
        }
        Execution ex;
        synchronized (STRIPES[Math.floorMod(arn.hashCode(), STRIPES.length)]) {
            var existing = executions.engine.execution(arn);
            if (existing.isPresent()) {
                Execution prior = existing.get();
                if (prior.running() && prior.input.equals(input)) return started(prior);
                throw Wire.error("ExecutionAlreadyExists", "Execution Already Exists: '" + arn + "'");
            }
            ex = executions.engine.start(sm, def, arn, name, input, false);
        }
        return started(ex);
    }

    private static String input(JsonNode req) throws AwsServiceException {
        String input = Wire.optional(req, "input");
        if (input == null) return "{}";
        try {
            Json.parse(input);
        } catch (IllegalArgumentException e) {
            throw Wire.error("InvalidExecutionInput", "Invalid State Machine Execution Input: 'Unexpected format of input: " + e.getMessage() + "'");
        }
        if (input.getBytes(StandardCharsets.UTF_8).length > DataLimit.MAX_BYTES) {
            throw Wire.error("InvalidExecutionInput", "Invalid State Machine Execution Input: 'Input exceeds the maximum size of 262144 bytes'");
        }
        return input;
    }

    private static ObjectNode started(Execution ex) {
        ObjectNode out = Wire.object();
        out.put("executionArn", ex.executionArn);
        Wire.time(out, "startDate", ex.startDate);
        return out;
    }
}
