package nl.doorbraak.localcloud.stepfunctions.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.http.AwsServiceException;
import nl.doorbraak.localcloud.stepfunctions.asl.AslException;
import nl.doorbraak.localcloud.stepfunctions.asl.StateMachineDefinition;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Json;
import nl.doorbraak.localcloud.stepfunctions.engine.StepFunctionsEngine;
import nl.doorbraak.localcloud.stepfunctions.storage.StateMachineRecord;
import nl.doorbraak.localcloud.stepfunctions.validation.DefinitionValidator;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What the state machine operations share: ARNs, lookup, definition validation and parsing, the description shape. */
final class StateMachines {
    final StepFunctionsEngine engine;
    private final Map<String, StateMachineDefinition> parsed = new ConcurrentHashMap<>();

    StateMachines(StepFunctionsEngine engine) {
        this.engine = engine;
    }

    static String arn(String name) {
        return "arn:aws:states:" + StepFunctionsEngine.REGION + ":" + StepFunctionsEngine.ACCOUNT + ":stateMachine:" + name;
    }

    StateMachineRecord find(String arn) throws AwsServiceException {
        Wire.checkArn(arn, "stateMachine");
        return engine.store().stateMachine(arn).orElseThrow(() ->
                Wire.error("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'"));
    }

    /** The parsed definition of a machine's current revision (cached). */
    StateMachineDefinition definition(StateMachineRecord sm) {
        return parsed.computeIfAbsent(sm.revisionId() + sm.stateMachineArn(),
                k -> StateMachineDefinition.parse(Json.parse(sm.definition())));
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
            String message = e.getMessage().matches("^[A-Z_]+: .*") ? e.getMessage() : "SCHEMA_VALIDATION_FAILED: " + e.getMessage();
            throw Wire.error("InvalidDefinition", "Invalid State Machine Definition: '" + message + "'");
        }
    }

    /** DescribeStateMachine's shape ({@code full}) or DescribeStateMachineForExecution's. */
    static ObjectNode describe(StateMachineRecord sm, boolean full) {
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
}
