package nl.doorbraak.localcloud.stepfunctions.validation;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.stepfunctions.choice.ChoiceRule;
import nl.doorbraak.localcloud.stepfunctions.choice.InvalidChoiceRule;

import java.util.Iterator;
import java.util.Set;

import static nl.doorbraak.localcloud.stepfunctions.validation.Findings.at;

/**
 * Checks the rules of a Choice state: a non-empty {@code Choices}; each top-level rule has a {@code Next};
 * nested rules have none; JSONPath rules are well-formed data-test or boolean expressions
 * ({@link ChoiceRule#parse}); JSONata rules have a {@code Condition} instead of a {@code Variable}.
 */
final class ChoiceChecks {
    private static final Set<String> JSONATA_RULE = Set.of("Condition", "Next", "Comment", "Assign", "Output");

    private final Findings findings;

    ChoiceChecks(Findings findings) {
        this.findings = findings;
    }

    void check(JsonNode state, String pointer, String language) {
        JsonNode choices = state.get("Choices");
        if (choices == null) {
            findings.schema("These fields are required: [Choices]", pointer);
            return;
        }
        if (!choices.isArray()) {
            findings.schema("Value should be an array", at(pointer, "Choices"));
            return;
        }
        if (choices.isEmpty()) {
            findings.schema("Value cannot be empty", at(pointer, "Choices"));
            return;
        }
        JsonNode fallback = state.get("Default");
        if (fallback != null && !fallback.isTextual()) findings.schema("Value should be a string", at(pointer, "Default"));
        for (int i = 0; i < choices.size(); i++) {
            JsonNode rule = choices.get(i);
            String where = at(pointer, "Choices[" + i + "]");
            if (!rule.isObject()) {
                findings.schema("Value should be an object", where);
                continue;
            }
            if (!rule.has("Next")) findings.schema("These fields are required: [Next]", where);
            if (language.equals("JSONata")) jsonataRule(rule, where);
            else jsonPathRule(rule, where);
        }
    }

    private void jsonataRule(JsonNode rule, String where) {
        for (Iterator<String> names = rule.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (JSONATA_RULE.contains(field)) continue;
            if (field.equals("Variable") || field.equals("And") || field.equals("Or") || field.equals("Not")
                    || nl.doorbraak.localcloud.stepfunctions.choice.ComparisonOperator.named(field).isPresent()) {
                findings.schema(StateChecks.onlyFor("JSONata", field, "JSONPath"), at(where, field));
            } else {
                findings.schema("Field '" + field + "' is not supported", where);
            }
        }
        JsonNode condition = rule.get("Condition");
        if (condition == null) {
            findings.schema("These fields are required: [Condition]", where);
        } else if (!condition.isBoolean() && !StateChecks.isExpression(condition)) {
            findings.schema("Value should be a JSONata expression or a boolean", at(where, "Condition"));
        }
    }

    private void jsonPathRule(JsonNode rule, String where) {
        if (rule.has("Condition")) {
            findings.schema(StateChecks.onlyFor("JSONPath", "Condition", "JSONata"), at(where, "Condition"));
            return;
        }
        nestedNext(rule, where);
        try {
            ChoiceRule.parse(rule);
        } catch (InvalidChoiceRule e) {
            findings.schema(e.getMessage(), where);
        }
    }

    /** Only a top-level rule may carry Next. */
    private void nestedNext(JsonNode rule, String where) {
        for (String combinator : new String[] {"And", "Or"}) {
            JsonNode nested = rule.get(combinator);
            if (nested == null || !nested.isArray()) continue;
            for (int i = 0; i < nested.size(); i++) {
                String inner = at(where, combinator + "[" + i + "]");
                if (nested.get(i).has("Next")) findings.schema("Field 'Next' is not supported", inner);
                nestedNext(nested.get(i), inner);
            }
        }
        JsonNode not = rule.get("Not");
        if (not != null && not.isObject()) {
            if (not.has("Next")) findings.schema("Field 'Next' is not supported", at(where, "Not"));
            nestedNext(not, at(where, "Not"));
        }
    }
}
