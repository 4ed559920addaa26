package nl.doorbraak.localcloud.stepfunctions.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.http.AwsServiceException;
import nl.doorbraak.localcloud.stepfunctions.asl.StateMachineDefinition;
import nl.doorbraak.localcloud.stepfunctions.dataflow.DataLimit;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Json;
import nl.doorbraak.localcloud.stepfunctions.engine.Execution;
import nl.doorbraak.localcloud.stepfunctions.engine.StepFunctionsEngine;
import nl.doorbraak.localcloud.stepfunctions.storage.StateMachineRecord;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** StartExecution, StartSyncExecution, DescribeExecution, ListExecutions, StopExecution, DescribeStateMachineForExecution. */
final class ExecutionOperations {
    private static final Pattern NAME = Pattern.compile("[^\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/\\x00-\\x1f\\x7f-\\x9f]{1,80}");
    /** Starts of the same execution ARN are serialized (name reuse rules); different ARNs start in parallel. */
    private static final Object[] STRIPES = new Object[64];

    static {
        for (int i = 0; i < STRIPES.length; i++) STRIPES[i] = new Object();
    }

    private final StepFunctionsEngine engine;
    private final StateMachineOperations machines;
    private final Map<String, StateMachineDefinition> parsed = new ConcurrentHashMap<>();

    ExecutionOperations(StepFunctionsEngine engine, StateMachineOperations machines) {
        this.engine = engine;
        this.machines = machines;
    }

    ObjectNode start(JsonNode req, boolean sync) throws AwsServiceException {
        StateMachineRecord sm = machines.find(Wire.required(req, "stateMachineArn"));
        if (sync && !"EXPRESS".equals(sm.type())) {
            throw Wire.error("StateMachineTypeNotSupported", "This operation is not supported by this type of state machine");
        }
        String name = Wire.optional(req, "name");
        if (name == null) name = UUID.randomUUID().toString();
        if (!NAME.matcher(name).matches()) throw Wire.error("InvalidName", "Invalid Name: '" + name + "'");
        String input = Wire.optional(req, "input");
        if (input == null) input = "{}";
        try {
            Json.parse(input);
        } catch (IllegalArgumentException e) {
            throw Wire.error("InvalidExecutionInput", "Invalid State Machine Execution Input: 'Unexpected format of input: " + e.getMessage() + "'");
        }
        if (input.getBytes(StandardCharsets.UTF_8).length > DataLimit.MAX_BYTES) {
            throw Wire.error("InvalidExecutionInput", "Invalid State Machine Execution Input: 'Input exceeds the maximum size of 262144 bytes'");
        }
        String arn = "arn:aws:states:" + StepFunctionsEngine.REGION + ":" + StepFunctionsEngine.ACCOUNT
                + (sync || "EXPRESS".equals(sm.type()) ? ":express:" : ":execution:") + sm.name() + ":" + name
                + (sync || "EXPRESS".equals(sm.type()) ? ":" + UUID.randomUUID() : "");
        StateMachineDefinition def = parsed.computeIfAbsent(sm.revisionId() + sm.stateMachineArn(),
                k -> StateMachineDefinition.parse(Json.parse(sm.definition())));
        Execution ex;
        synchronized (STRIPES[Math.floorMod(arn.hashCode(), STRIPES.length)]) {
            var existing = engine.execution(arn);
            if (existing.isPresent()) {
                Execution prior = existing.get();
                if (prior.running() && prior.input.equals(input)) return started(prior);
                throw Wire.error("ExecutionAlreadyExists", "Execution Already Exists: '" + arn + "'");
            }
            if (sync) {
                ex = null;
            } else {
                ex = engine.start(sm, def, arn, name, input, false);
            }
        }
        if (sync) {
            return describeExecution(engine.start(sm, def, arn, name, input, true), true);
        }
        return started(ex);
    }

    private static ObjectNode started(Execution ex) {
        ObjectNode out = Wire.object();
        out.put("executionArn", ex.executionArn);
        Wire.time(out, "startDate", ex.startDate);
        return out;
    }

    Execution find(String arn) throws AwsServiceException {
        if (arn == null || !arn.startsWith("arn:aws") || !(arn.contains(":execution:") || arn.contains(":express:"))) {
            throw Wire.error("InvalidArn", "Invalid Arn: 'Resource type not valid in this context: " + arn + "'");
        }
        return engine.execution(arn).orElseThrow(() -> Wire.error("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'"));
    }

    ObjectNode describe(JsonNode req) throws AwsServiceException {
        return describeExecution(find(Wire.required(req, "executionArn")), false);
    }

    private static ObjectNode describeExecution(Execution ex, boolean sync) {
        ObjectNode out = Wire.object();
        out.put("executionArn", ex.executionArn);
        out.put("stateMachineArn", ex.stateMachineArn);
        out.put("name", ex.name);
        out.put("status", ex.status);
        Wire.time(out, "startDate", ex.startDate);
        if (!ex.running()) Wire.time(out, "stopDate", ex.stopDate);
        out.put("input", ex.input);
        out.putObject("inputDetails").put("included", true);
        if (ex.output != null) {
            out.put("output", ex.output);
            out.putObject("outputDetails").put("included", true);
        }
        if (ex.error != null) out.put("error", ex.error);
        if (ex.cause != null) out.put("cause", ex.cause);
        if (sync) {
            ObjectNode billing = out.putObject("billingDetails");
            billing.put("billedMemoryUsedInMB", 64);
            billing.put("billedDurationInMilliseconds", Math.max(100, ex.stopDate - ex.startDate));
        } else {
            out.put("redriveCount", 0);
            out.put("redriveStatus", "NOT_REDRIVABLE");
        }
        return out;
    }

    ObjectNode list(JsonNode req) throws AwsServiceException {
        String smArn = Wire.optional(req, "stateMachineArn");
        if (smArn == null) {
            throw Wire.error("ValidationException", "Must provide a StateMachine ARN or MapRun ARN");
        }
        machines.find(smArn);
        String status = Wire.optional(req, "statusFilter");
        List<Execution> all = new ArrayList<>();
        for (Execution ex : engine.store().executions()) {
            if (!smArn.equals(ex.stateMachineArn)) continue;
            if (status != null && !status.equals(ex.status)) continue;
            all.add(ex);
        }
        all.sort(Comparator.comparingLong((Execution e) -> e.startDate).reversed().thenComparing(e -> e.executionArn));
        Page page = Page.of(req, all.size());
        ObjectNode out = Wire.object();
        ArrayNode items = out.putArray("executions");
        for (int i = page.from(); i < page.to(); i++) {
            Execution ex = all.get(i);
            ObjectNode o = items.addObject();
            o.put("executionArn", ex.executionArn);
            o.put("stateMachineArn", ex.stateMachineArn);
            o.put("name", ex.name);
            o.put("status", ex.status);
            Wire.time(o, "startDate", ex.startDate);
            if (!ex.running()) Wire.time(o, "stopDate", ex.stopDate);
        }
        page.next(out);
        return out;
    }

    ObjectNode stop(JsonNode req) throws AwsServiceException {
        Execution ex = find(Wire.required(req, "executionArn"));
        engine.stop(ex, Wire.optional(req, "error"), Wire.optional(req, "cause"));
        ObjectNode out = Wire.object();
        Wire.time(out, "stopDate", ex.stopDate);
        return out;
    }

    ObjectNode stateMachineFor(JsonNode req) throws AwsServiceException {
        Execution ex = find(Wire.required(req, "executionArn"));
        ObjectNode out = Wire.object();
        out.put("stateMachineArn", ex.stateMachineArn);
        out.put("name", ex.stateMachineName);
        out.put("definition", ex.definition);
        out.put("roleArn", ex.roleArn);
        Wire.time(out, "updateDate", engine.store().stateMachine(ex.stateMachineArn).map(StateMachineRecord::updateDate).orElse(ex.startDate));
        ObjectNode logging = out.putObject("loggingConfiguration");
        logging.put("level", "OFF");
        logging.put("includeExecutionData", false);
        out.putObject("tracingConfiguration").put("enabled", false);
        return out;
    }

    ObjectNode history(JsonNode req) throws AwsServiceException {
        Execution ex = find(Wire.required(req, "executionArn"));
        boolean reverse = req.path("reverseOrder").asBoolean(false);
        boolean includeData = req.path("includeExecutionData").asBoolean(true);
        List<nl.doorbraak.localcloud.stepfunctions.engine.HistoryEvent> events;
        ex.lock.lock();
        try {
            events = new ArrayList<>(ex.history);
        } finally {
            ex.lock.unlock();
        }
        if (reverse) java.util.Collections.reverse(events);
        Page page = Page.of(req, events.size());
        ObjectNode out = Wire.object();
        ArrayNode items = out.putArray("events");
        for (int i = page.from(); i < page.to(); i++) {
            var e = events.get(i);
            ObjectNode o = items.addObject();
            Wire.time(o, "timestamp", e.timestamp());
            o.put("type", e.type());
            o.put("id", e.id());
            o.put("previousEventId", e.previousEventId());
            if (e.detailsKey() != null && e.details() != null) {
                ObjectNode d = e.details().deepCopy();
                if (!includeData) {
                    d.remove("input");
                    d.remove("output");
                }
                o.set(e.detailsKey(), d);
            }
        }
        page.next(out);
        return out;
    }

    ObjectNode taskSuccess(JsonNode req) throws AwsServiceException {
        String token = Wire.required(req, "taskToken");
        engine.sendTaskSuccess(token, Wire.required(req, "output"));
        return Wire.object();
    }

    ObjectNode taskFailure(JsonNode req) throws AwsServiceException {
        String token = Wire.required(req, "taskToken");
        engine.sendTaskFailure(token, Wire.optional(req, "error"), Wire.optional(req, "cause"));
        return Wire.object();
    }

    ObjectNode taskHeartbeat(JsonNode req) throws AwsServiceException {
        engine.sendTaskHeartbeat(Wire.required(req, "taskToken"));
        return Wire.object();
    }
}
