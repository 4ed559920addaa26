package nl.doorbraak.localcloud.stepfunctions.validation;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static nl.doorbraak.localcloud.stepfunctions.validation.Findings.at;

/**
 * Validates an Amazon States Language definition the way CreateStateMachine does, producing AWS's diagnostics.
 * Pure; no engine state.
 *
 * <p>Two passes, as AWS reports them: the schema (fields per state type and query language, required and
 * exclusive fields, values, paths, intrinsic function and JSONata syntax, Choice rules, Retry/Catch, variable
 * names); then, when the schema is valid, the transition graph of every scope (missing targets, unreachable
 * states, no terminal state, duplicate state names).
 *
 * <p>{@link #validate} returns each finding as AWS renders it ({@code SCHEMA_VALIDATION_FAILED: Field 'Foo' is not
 * supported at /States/A}); {@link #invalidDefinitionMessage} joins them into the {@code InvalidDefinition}
 * exception message ({@code Invalid State Machine Definition: '...'}).
 */
public final class DefinitionValidator {
    private DefinitionValidator() { }

    /** The findings as AWS words them; empty when the definition is valid. */
    public static List<String> validate(JsonNode definition) {
        return problems(definition).stream().map(Problem::toString).toList();
    }

    /** The findings as values. */
    public static List<Problem> problems(JsonNode definition) {
        Findings findings = new Findings();
        if (definition == null || !definition.isObject()) {
            findings.schema("Value should be an object", "/");
            return findings.all();
        }
        for (Iterator<String> names = definition.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!StateSchema.TOP_LEVEL.contains(field)) findings.schema("Field '" + field + "' is not supported", "/");
        }
        String language = "JSONPath";
        JsonNode declared = definition.get("QueryLanguage");
        if (declared != null) {
            if (declared.isTextual() && (declared.textValue().equals("JSONPath") || declared.textValue().equals("JSONata"))) {
                language = declared.textValue();
            } else {
                findings.schema("Value should be one of the following: [JSONPath, JSONata]", "/QueryLanguage");
                language = "JSONata";
            }
        }
        JsonNode version = definition.get("Version");
        if (version != null && !"1.0".equals(version.asText())) findings.schema("Value should be one of the following: [1.0]", "/Version");
        JsonNode timeout = definition.get("TimeoutSeconds");
        if (timeout != null && !Findings.isWholeNumber(timeout, true)) findings.schema("Value should be a positive integer", "/TimeoutSeconds");
        checkScope(definition, "", language, findings);
        if (!findings.isEmpty()) return findings.all();
        graph(definition, "", findings);
        duplicateNames(definition, "", new HashMap<>(), findings);
        return findings.all();
    }

    /** The message of the {@code InvalidDefinition} error for the findings of {@link #validate}. */
    public static String invalidDefinitionMessage(List<String> findings) {
        return "Invalid State Machine Definition: '" + String.join(", ", findings) + "'";
    }

    private static void checkScope(JsonNode scope, String prefix, String language, Findings findings) {
        String where = prefix.isEmpty() ? "/" : prefix;
        JsonNode startAt = scope.get("StartAt");
        JsonNode states = scope.get("States");
        if (startAt == null && states == null) findings.schema("These fields are required: [StartAt, States]", where);
        else if (startAt == null) findings.schema("These fields are required: [StartAt]", where);
        else if (states == null) findings.schema("These fields are required: [States]", where);
        if (startAt != null && !startAt.isTextual()) findings.schema("Value should be a string", at(prefix, "StartAt"));
        if (states == null) return;
        if (!states.isObject()) {
            findings.schema("Value should be an object", at(prefix, "States"));
            return;
        }
        if (states.isEmpty()) findings.schema("Value cannot be empty", at(prefix, "States"));
        StateChecks stateChecks = new StateChecks(findings);
        ExpressionChecks expressions = new ExpressionChecks(findings);
        for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            JsonNode state = entry.getValue();
            String pointer = at(prefix, "States/" + name);
            if (name.isEmpty() || name.length() > 80) {
                findings.add(new Problem("INVALID_STATE_NAME", "State name '" + name + "' must be between 1 and 80 characters", pointer));
            }
            String stateLanguage = stateChecks.check(state, pointer, language);
            expressions.check(state, pointer, stateLanguage);
            for (Map.Entry<String, JsonNode> nested : nestedScopes(state, pointer).entrySet()) {
                JsonNode child = nested.getValue();
                if (!child.isObject()) {
                    findings.schema("Value should be an object", nested.getKey());
                    continue;
                }
                for (Iterator<String> fields = child.fieldNames(); fields.hasNext(); ) {
                    String field = fields.next();
                    if (!StateSchema.SCOPE.contains(field)) findings.schema("Field '" + field + "' is not supported", nested.getKey());
                }
                checkScope(child, nested.getKey(), language, findings);
            }
        }
    }

    /** Parallel branches and Map processors, by pointer. */
    private static Map<String, JsonNode> nestedScopes(JsonNode state, String pointer) {
        Map<String, JsonNode> scopes = new java.util.LinkedHashMap<>();
        if (!state.isObject()) return scopes;
        JsonNode branches = state.get("Branches");
        if ("Parallel".equals(state.path("Type").asText()) && branches != null && branches.isArray()) {
            for (int i = 0; i < branches.size(); i++) scopes.put(at(pointer, "Branches[" + i + "]"), branches.get(i));
        }
        if ("Map".equals(state.path("Type").asText())) {
            for (String field : List.of("ItemProcessor", "Iterator")) {
                if (state.has(field)) scopes.put(at(pointer, field), state.get(field));
            }
        }
        return scopes;
    }

    private static void graph(JsonNode scope, String prefix, Findings findings) {
        new TransitionChecks(findings).check(scope, prefix);
        for (Iterator<Map.Entry<String, JsonNode>> it = scope.get("States").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            for (Map.Entry<String, JsonNode> nested : nestedScopes(entry.getValue(), at(prefix, "States/" + entry.getKey())).entrySet()) {
                graph(nested.getValue(), nested.getKey(), findings);
            }
        }
    }

    /** State names are unique across the whole state machine, nested scopes included. */
    private static void duplicateNames(JsonNode scope, String prefix, Map<String, String> seen, Findings findings) {
        for (Iterator<Map.Entry<String, JsonNode>> it = scope.get("States").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String pointer = at(prefix, "States/" + entry.getKey());
            if (seen.putIfAbsent(entry.getKey(), pointer) != null) {
                findings.add(new Problem("DUPLICATE_STATE_NAME", "Duplicate State name: " + entry.getKey(), pointer));
            }
            for (Map.Entry<String, JsonNode> nested : nestedScopes(entry.getValue(), pointer).entrySet()) {
                duplicateNames(nested.getValue(), nested.getKey(), seen, findings);
            }
        }
    }
}
