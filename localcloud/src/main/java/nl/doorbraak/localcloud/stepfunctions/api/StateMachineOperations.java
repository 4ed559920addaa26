package nl.doorbraak.localcloud.stepfunctions.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.http.AwsServiceException;
import nl.doorbraak.localcloud.stepfunctions.asl.AslException;
import nl.doorbraak.localcloud.stepfunctions.asl.StateMachineDefinition;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Json;
import nl.doorbraak.localcloud.stepfunctions.engine.StepFunctionsEngine;
import nl.doorbraak.localcloud.stepfunctions.storage.StateMachineRecord;
import nl.doorbraak.localcloud.stepfunctions.validation.DefinitionValidator;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** CreateStateMachine, UpdateStateMachine, DescribeStateMachine, ListStateMachines, DeleteStateMachine. */
final class StateMachineOperations {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_\\-]{1,80}");
    private final StepFunctionsEngine engine;

    StateMachineOperations(StepFunctionsEngine engine) {
        this.engine = engine;
    }

    static String arn(String name) {
        return "arn:aws:states:" + StepFunctionsEngine.REGION + ":" + StepFunctionsEngine.ACCOUNT + ":stateMachine:" + name;
    }

    /** Parses and validates a definition; problems become InvalidDefinition as AWS words them. */
    static StateMachineDefinition validated(String definition) throws AwsServiceException {
        JsonNode json;
        try {
            json = Json.parse(definition);
        } catch (IllegalArgumentException e) {
            throw Wire.error("InvalidDefinition", "Invalid State Machine Definition: 'INVALID_JSON_DESCRIPTION: " + e.getMessage() + "'");
        }
        List<String> problems = DefinitionValidator.validate(json);
        if (!problems.isEmpty()) {
            throw Wire.error("InvalidDefinition", "Invalid State Machine Definition: '" + String.join(", ", problems) + "'");
        }
        try {
            return StateMachineDefinition.parse(json);
        } catch (AslException e) {
            throw Wire.error("InvalidDefinition", "Invalid State Machine Definition: '" + (e.getMessage().contains(": ") && e.getMessage().matches("^[A-Z_]+: .*")
                    ? e.getMessage() : "SCHEMA_VALIDATION_FAILED: " + e.getMessage()) + "'");
        }
    }

    ObjectNode create(JsonNode req) throws AwsServiceException {
        String name = Wire.required(req, "name");
        String definition = Wire.required(req, "definition");
        String roleArn = Wire.required(req, "roleArn");
        String type = req.path("type").asText("STANDARD");
        if (!NAME.matcher(name).matches()) throw Wire.error("InvalidName", "Invalid Name: '" + name + "'");
        if (!type.equals("STANDARD") && !type.equals("EXPRESS")) {
            throw Wire.error("ValidationException", "1 validation error detected: Value '" + type
                    + "' at 'type' failed to satisfy constraint: Member must satisfy enum value set: [STANDARD, EXPRESS]");
        }
        validated(definition);
        String arn = arn(name);
        var existing = engine.store().stateMachine(arn);
        if (existing.isPresent()) {
            StateMachineRecord sm = existing.get();
            if (sm.definition().equals(definition) && sm.roleArn().equals(roleArn) && sm.type().equals(type)) {
                ObjectNode out = Wire.object();
                out.put("stateMachineArn", arn);
                Wire.time(out, "creationDate", sm.creationDate());
                return out;
            }
            throw Wire.error("StateMachineAlreadyExists", "State Machine Already Exists: '" + arn + "'");
        }
        long now = engine.clock().millis();
        StateMachineRecord sm = new StateMachineRecord(arn, name, definition, roleArn, type, now, now, UUID.randomUUID().toString(), "ACTIVE");
        engine.store().putStateMachine(sm);
        ObjectNode out = Wire.object();
        out.put("stateMachineArn", arn);
        Wire.time(out, "creationDate", now);
        return out;
    }

    StateMachineRecord find(String arn) throws AwsServiceException {
        Wire.checkArn(arn, "stateMachine");
        return engine.store().stateMachine(arn).orElseThrow(() ->
                Wire.error("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'"));
    }

    ObjectNode update(JsonNode req) throws AwsServiceException {
        StateMachineRecord sm = find(Wire.required(req, "stateMachineArn"));
        String definition = Wire.optional(req, "definition");
        String roleArn = Wire.optional(req, "roleArn");
        if (definition == null && roleArn == null && !req.has("loggingConfiguration") && !req.has("tracingConfiguration")) {
            throw Wire.error("MissingRequiredParameter", "Either the definition, the role ARN, the LoggingConfiguration, or the TracingConfiguration must be specified");
        }
        if (definition != null) validated(definition);
        long now = engine.clock().millis();
        StateMachineRecord updated = sm.withDefinition(definition, roleArn, now, UUID.randomUUID().toString());
        engine.store().putStateMachine(updated);
        ObjectNode out = Wire.object();
        Wire.time(out, "updateDate", now);
        out.put("revisionId", updated.revisionId());
        return out;
    }

    ObjectNode describe(JsonNode req) throws AwsServiceException {
        return describeRecord(find(Wire.required(req, "stateMachineArn")), true);
    }

    static ObjectNode describeRecord(StateMachineRecord sm, boolean full) {
        ObjectNode out = Wire.object();
        out.put("stateMachineArn", sm.stateMachineArn());
        out.put("name", sm.name());
        if (full) out.put("status", sm.status());
        out.put("definition", sm.definition());
        out.put("roleArn", sm.roleArn());
        if (full) {
            out.put("type", sm.type());
            Wire.time(out, "creationDate", sm.creationDate());
        } else {
            Wire.time(out, "updateDate", sm.updateDate());
        }
        ObjectNode logging = out.putObject("loggingConfiguration");
        logging.put("level", "OFF");
        logging.put("includeExecutionData", false);
        out.putObject("tracingConfiguration").put("enabled", false);
        out.put("revisionId", sm.revisionId());
        return out;
    }

    ObjectNode list(JsonNode req) throws AwsServiceException {
        List<StateMachineRecord> all = new ArrayList<>(engine.store().stateMachines());
        all.sort((a, b) -> a.name().compareTo(b.name()));
        Page page = Page.of(req, all.size());
        ObjectNode out = Wire.object();
        ArrayNode items = out.putArray("stateMachines");
        for (int i = page.from(); i < page.to(); i++) {
            StateMachineRecord sm = all.get(i);
            ObjectNode o = items.addObject();
            o.put("stateMachineArn", sm.stateMachineArn());
            o.put("name", sm.name());
            o.put("type", sm.type());
            Wire.time(o, "creationDate", sm.creationDate());
        }
        page.next(out);
        return out;
    }

    ObjectNode delete(JsonNode req) throws AwsServiceException {
        String arn = Wire.required(req, "stateMachineArn");
        Wire.checkArn(arn, "stateMachine");
        engine.store().deleteStateMachine(arn);
        return Wire.object();
    }
}
