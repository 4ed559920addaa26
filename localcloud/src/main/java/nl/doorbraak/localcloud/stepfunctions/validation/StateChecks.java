package nl.doorbraak.localcloud.stepfunctions.validation;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static nl.doorbraak.localcloud.stepfunctions.validation.Findings.at;
import static nl.doorbraak.localcloud.stepfunctions.validation.Findings.isWholeNumber;

/**
 * The schema checks of one state: its fields for its type and query language, Next/End, exclusive fields,
 * the type's required fields, Retry/Catch and Assign. Wording as Step Functions reports it.
 */
final class StateChecks {
    private static final Pattern VARIABLE_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{Nd}_]{0,79}");

    private final Findings findings;

    StateChecks(Findings findings) {
        this.findings = findings;
    }

    /**
     * @param pointer     the state's pointer, e.g. {@code /States/A}
     * @param machineLanguage the QueryLanguage of the whole state machine
     * @return the state's effective query language
     */
    String check(JsonNode state, String pointer, String machineLanguage) {
        if (!state.isObject()) {
            findings.schema("Value should be an object", pointer);
            return machineLanguage;
        }
        JsonNode typeNode = state.get("Type");
        if (typeNode == null) {
            findings.schema("These fields are required: [Type]", pointer);
            return machineLanguage;
        }
        String type = typeNode.asText();
        if (!typeNode.isTextual() || !StateSchema.TYPES.contains(type)) {
            findings.schema("Value should be one of the following: " + StateSchema.TYPES, at(pointer, "Type"));
            return machineLanguage;
        }
        String language = language(state, pointer, machineLanguage);
        for (Iterator<String> names = state.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!StateSchema.COMMON.contains(field) && !StateSchema.FIELDS.get(type).contains(field)) {
                findings.schema("Field '" + field + "' is not supported", pointer);
            } else if (language.equals("JSONata") && StateSchema.JSONPATH_ONLY.contains(field)) {
                findings.schema(onlyFor("JSONata", field, "JSONPath"), at(pointer, field));
            } else if (language.equals("JSONPath") && StateSchema.JSONATA_ONLY.contains(field)) {
                findings.schema(onlyFor("JSONPath", field, "JSONata"), pointer);
            }
        }
        for (List<String> pair : StateSchema.EXCLUSIVE) {
            if (state.has(pair.get(0)) && state.has(pair.get(1))) {
                findings.schema("There should only be one of the following fields: " + pair, pointer);
            }
        }
        if (StateSchema.NEXT_OR_END.contains(type)) nextOrEnd(state, pointer);
        switch (type) {
            case "Task" -> task(state, pointer, language);
            case "Wait" -> waitState(state, pointer, language);
            case "Choice" -> new ChoiceChecks(findings).check(state, pointer, language);
            case "Parallel" -> nonEmptyArray(state, "Branches", pointer);
            case "Map" -> map(state, pointer, language);
            default -> { }
        }
        retriers(state, pointer);
        catchers(state, pointer);
        assign(state.get("Assign"), at(pointer, "Assign"));
        return language;
    }

    static String onlyFor(String language, String field, String otherLanguage) {
        return "The QueryLanguage is set to '" + language + "', but field '" + field + "' is only supported for the '"
                + otherLanguage + "' QueryLanguage";
    }

    private String language(JsonNode state, String pointer, String machineLanguage) {
        JsonNode declared = state.get("QueryLanguage");
        if (declared == null) return machineLanguage;
        String value = declared.asText();
        if (!declared.isTextual() || !(value.equals("JSONPath") || value.equals("JSONata"))) {
            // AWS reads any value but exactly "JSONPath" as JSONata, and reports the value itself.
            findings.schema("Value should be one of the following: [JSONPath, JSONata]", at(pointer, "QueryLanguage"));
            return "JSONata";
        }
        if (machineLanguage.equals("JSONata") && value.equals("JSONPath")) {
            findings.schema("'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine", at(pointer, "QueryLanguage"));
        }
        return value;
    }

    private void nextOrEnd(JsonNode state, String pointer) {
        JsonNode next = state.get("Next");
        JsonNode end = state.get("End");
        if (end != null && !end.isBoolean()) findings.schema("Value should be a boolean", at(pointer, "End"));
        if (next != null && !next.isTextual()) findings.schema("Value should be a string", at(pointer, "Next"));
        boolean ends = end != null && end.asBoolean(false);
        if (next != null && ends) {
            findings.schema("There should only be one of the following fields: [Next, End]", pointer);
        } else if (next == null && !ends) {
            findings.schema("This object should have only one of the following fields: [Next, End]", pointer);
        }
    }

    private void task(JsonNode state, String pointer, String language) {
        JsonNode resource = state.get("Resource");
        if (resource == null) findings.schema("These fields are required: [Resource]", pointer);
        else if (!resource.isTextual()) findings.schema("Value should be a string", at(pointer, "Resource"));
        for (String field : List.of("TimeoutSeconds", "HeartbeatSeconds")) {
            JsonNode value = state.get(field);
            if (value != null && !isWholeNumber(value, true) && !(language.equals("JSONata") && isExpression(value))) {
                findings.schema("Value should be a positive integer", at(pointer, field));
            }
        }
    }

    private void waitState(JsonNode state, String pointer, String language) {
        long timings = StateSchema.WAIT_TIMING.stream().filter(state::has).count();
        if (timings > 1) {
            findings.schema("There should only be one of the following fields: " + StateSchema.WAIT_TIMING, pointer);
        } else if (timings == 0) {
            findings.schema("This object should have only one of the following fields: " + StateSchema.WAIT_TIMING, pointer);
        }
        JsonNode seconds = state.get("Seconds");
        if (seconds != null && !isWholeNumber(seconds, false) && !(language.equals("JSONata") && isExpression(seconds))) {
            findings.schema("Value should be a non-negative integer", at(pointer, "Seconds"));
        }
        JsonNode timestamp = state.get("Timestamp");
        if (timestamp != null && !(language.equals("JSONata") && isExpression(timestamp))
                && !(timestamp.isTextual() && nl.doorbraak.localcloud.stepfunctions.choice.Timestamps.isTimestamp(timestamp.textValue()))) {
            findings.schema("String does not match RFC3339 timestamp", at(pointer, "Timestamp"));
        }
    }

    private void map(JsonNode state, String pointer, String language) {
        boolean processor = state.has("ItemProcessor");
        boolean iterator = state.has("Iterator");
        if (processor && iterator) {
            findings.schema("There should only be one of the following fields: [ItemProcessor, Iterator]", pointer);
        } else if (!processor && !iterator) {
            findings.schema("This object should have only one of the following fields: [ItemProcessor, Iterator]", pointer);
        }
        for (String field : List.of("MaxConcurrency", "ToleratedFailureCount")) {
            JsonNode value = state.get(field);
            if (value != null && !isWholeNumber(value, false) && !(language.equals("JSONata") && isExpression(value))) {
                findings.schema("Value should be a non-negative integer", at(pointer, field));
            }
        }
        JsonNode percentage = state.get("ToleratedFailurePercentage");
        if (percentage != null && !(language.equals("JSONata") && isExpression(percentage))
                && !(percentage.isNumber() && percentage.doubleValue() >= 0 && percentage.doubleValue() <= 100)) {
            findings.schema("Value should be a number between 0 and 100", at(pointer, "ToleratedFailurePercentage"));
        }
    }

    private void nonEmptyArray(JsonNode state, String field, String pointer) {
        JsonNode value = state.get(field);
        if (value == null) findings.schema("These fields are required: [" + field + "]", pointer);
        else if (!value.isArray()) findings.schema("Value should be an array", at(pointer, field));
        else if (value.isEmpty()) findings.schema("Value cannot be empty", at(pointer, field));
    }

    private void retriers(JsonNode state, String pointer) {
        JsonNode retry = state.get("Retry");
        if (retry == null) return;
        if (!retry.isArray()) {
            findings.schema("Value should be an array", at(pointer, "Retry"));
            return;
        }
        for (int i = 0; i < retry.size(); i++) {
            JsonNode retrier = retry.get(i);
            String where = at(pointer, "Retry[" + i + "]");
            if (!errorEquals(retrier, where, i == retry.size() - 1)) continue;
            unsupportedFields(retrier, StateSchema.RETRIER, where);
            JsonNode jitter = retrier.get("JitterStrategy");
            if (jitter != null && !(jitter.asText().equals("NONE") || jitter.asText().equals("FULL"))) {
                findings.schema("Value should be one of the following: [NONE, FULL]", at(where, "JitterStrategy"));
            }
            JsonNode attempts = retrier.get("MaxAttempts");
            if (attempts != null && !isWholeNumber(attempts, false)) findings.schema("Value should be a non-negative integer", at(where, "MaxAttempts"));
            JsonNode interval = retrier.get("IntervalSeconds");
            if (interval != null && !isWholeNumber(interval, true)) findings.schema("Value should be a positive integer", at(where, "IntervalSeconds"));
            JsonNode maxDelay = retrier.get("MaxDelaySeconds");
            if (maxDelay != null && !isWholeNumber(maxDelay, true)) findings.schema("Value should be a positive integer", at(where, "MaxDelaySeconds"));
            JsonNode backoff = retrier.get("BackoffRate");
            if (backoff != null && !(backoff.isNumber() && backoff.doubleValue() >= 1.0)) {
                findings.schema("Value should be a number greater than or equal to 1.0", at(where, "BackoffRate"));
            }
        }
    }

    private void catchers(JsonNode state, String pointer) {
        JsonNode catches = state.get("Catch");
        if (catches == null) return;
        if (!catches.isArray()) {
            findings.schema("Value should be an array", at(pointer, "Catch"));
            return;
        }
        for (int i = 0; i < catches.size(); i++) {
            JsonNode catcher = catches.get(i);
            String where = at(pointer, "Catch[" + i + "]");
            if (!errorEquals(catcher, where, i == catches.size() - 1)) continue;
            unsupportedFields(catcher, StateSchema.CATCHER, where);
            if (!catcher.has("Next")) findings.schema("These fields are required: [Next]", where);
            assign(catcher.get("Assign"), at(where, "Assign"));
        }
    }

    /** Checks ErrorEquals of a retrier or catcher; false when the entry is not even an object. */
    private boolean errorEquals(JsonNode entry, String where, boolean last) {
        if (!entry.isObject()) {
            findings.schema("Value should be an object", where);
            return false;
        }
        JsonNode errors = entry.get("ErrorEquals");
        if (errors == null) {
            findings.schema("These fields are required: [ErrorEquals]", where);
        } else if (!errors.isArray() || errors.isEmpty()) {
            findings.schema("Value cannot be empty", at(where, "ErrorEquals"));
        } else {
            for (JsonNode error : errors) {
                if ("States.ALL".equals(error.asText()) && (errors.size() > 1 || !last)) {
                    findings.schema("States.ALL must appear alone and at end of list", at(where, "ErrorEquals"));
                    break;
                }
            }
        }
        return true;
    }

    private void unsupportedFields(JsonNode entry, java.util.Set<String> allowed, String where) {
        for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!allowed.contains(field)) findings.schema("Field '" + field + "' is not supported", where);
        }
    }

    private void assign(JsonNode assign, String pointer) {
        if (assign == null) return;
        if (!assign.isObject()) {
            if (!isExpression(assign)) findings.schema("Value should be an object", pointer);
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = assign.fields(); it.hasNext(); ) {
            String key = it.next().getKey();
            String name = key.endsWith(".$") ? key.substring(0, key.length() - 2) : key;
            if (name.equals("states")) {
                findings.add(new Problem("RESERVED_VARIABLE_NAME", "Cannot assign to reserved variable '$states'.", at(pointer, key)));
            } else if (!VARIABLE_NAME.matcher(name).matches()) {
                findings.add(new Problem("INVALID_VARIABLE_NAME", "Invalid variable name '" + name
                        + "': the variable name contains invalid characters.", at(pointer, key)));
            }
        }
    }

    static boolean isExpression(JsonNode value) {
        return value.isTextual() && value.textValue().startsWith("{%") && value.textValue().endsWith("%}");
    }
}
