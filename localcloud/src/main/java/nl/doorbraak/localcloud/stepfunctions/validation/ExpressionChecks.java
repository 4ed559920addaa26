package nl.doorbraak.localcloud.stepfunctions.validation;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.stepfunctions.intrinsics.IntrinsicSyntaxError;
import nl.doorbraak.localcloud.stepfunctions.intrinsics.Intrinsics;
import nl.doorbraak.localcloud.stepfunctions.jsonata.JsonataEvaluator;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import static nl.doorbraak.localcloud.stepfunctions.validation.Findings.at;

/**
 * Checks the expressions in a state: for JSONPath, path fields are JSONPaths (ResultPath and ItemsPath
 * Reference Paths) and {@code .$} fields of payload templates are paths or valid intrinsic function calls; for
 * JSONata, every string that opens with {@code {%} closes with {@code %}}, parses
 * ({@code INVALID_JSONATA_EXPRESSION: Unexpected end of expression}) and reads no name from the absent context
 * item ({@code UNSUPPORTED_JSONATA_EXPRESSION: Reference to 'phone' at the top level is not supported.}).
 */
final class ExpressionChecks {
    private final Findings findings;

    ExpressionChecks(Findings findings) {
        this.findings = findings;
    }

    void check(JsonNode state, String pointer, String language) {
        if (!state.isObject()) return;
        if (language.equals("JSONata")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = state.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().equals("Branches") || field.getKey().equals("ItemProcessor") || field.getKey().equals("Iterator")) continue;
                jsonata(field.getValue(), at(pointer, field.getKey()));
            }
            return;
        }
        for (Iterator<String> names = state.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            JsonNode value = state.get(field);
            if (!StateSchema.PATH_FIELDS.contains(field) || value.isNull()) continue;
            String where = at(pointer, field);
            if (!value.isTextual() || !value.textValue().startsWith("$")) {
                boolean intrinsicAllowed = field.equals("ErrorPath") || field.equals("CausePath");
                if (intrinsicAllowed && value.isTextual() && Intrinsics.isIntrinsic(value.textValue())) {
                    intrinsic(value.textValue(), field, where);
                } else {
                    findings.schema("Value must be a valid JSONPath.", where);
                }
            } else if (StateSchema.REFERENCE_PATH_FIELDS.contains(field) && !isReferencePath(value.textValue())) {
                findings.schema("Value is not a Reference Path", where);
            }
        }
        for (Iterator<String> names = state.fieldNames(); names.hasNext(); ) {
            String template = names.next();
            if (StateSchema.PAYLOAD_TEMPLATES.contains(template)) payloadTemplate(state.get(template), at(pointer, template));
        }
        JsonNode assign = state.get("Assign");
        if (assign != null) payloadTemplate(assign, at(pointer, "Assign"));
        JsonNode catches = state.get("Catch");
        if (catches != null && catches.isArray()) {
            for (int i = 0; i < catches.size(); i++) {
                JsonNode resultPath = catches.get(i).get("ResultPath");
                String where = at(pointer, "Catch[" + i + "]/ResultPath");
                if (resultPath != null && !resultPath.isNull()
                        && (!resultPath.isTextual() || !resultPath.textValue().startsWith("$") || !isReferencePath(resultPath.textValue()))) {
                    findings.schema("Value is not a Reference Path", where);
                }
            }
        }
    }

    /** A Reference Path addresses a single node: no wildcards, filters or deep scans. */
    static boolean isReferencePath(String path) {
        return !(path.contains("*") || path.contains("?") || path.contains("@") || path.contains(".."));
    }

    private void payloadTemplate(JsonNode node, String pointer) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey();
                JsonNode value = field.getValue();
                String where = at(pointer, key);
                if (key.endsWith(".$")) {
                    if (!value.isTextual()) {
                        findings.schema("The value for the field '" + key + "' must be a valid JSONPath or a valid intrinsic function call", where);
                    } else if (Intrinsics.isIntrinsic(value.textValue())) {
                        intrinsic(value.textValue(), key, where);
                    } else if (!value.textValue().startsWith("$")) {
                        findings.schema("The value for the field '" + key + "' must be a valid JSONPath or a valid intrinsic function call", where);
                    }
                } else {
                    payloadTemplate(value, where);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) payloadTemplate(node.get(i), pointer + "[" + i + "]");
        }
    }

    private void intrinsic(String expression, String key, String where) {
        try {
            Intrinsics.parse(expression);
        } catch (IntrinsicSyntaxError e) {
            findings.schema("The value for the field '" + key + "' must be a valid JSONPath or a valid intrinsic function call", where);
        }
    }

    private void jsonata(JsonNode node, String pointer) {
        if (node.isTextual()) {
            String text = node.textValue();
            if (!text.startsWith("{%")) return;
            if (!text.endsWith("%}") || text.length() < 4) {
                findings.schema("JSONata string must start with {% and end with %}", pointer);
                return;
            }
            Optional<String> error = JsonataEvaluator.syntaxError(text);
            if (error.isPresent()) {
                findings.add(new Problem("INVALID_JSONATA_EXPRESSION", error.get(), pointer));
                return;
            }
            for (String name : JsonataEvaluator.topLevelReferences(text)) {
                findings.add(new Problem("UNSUPPORTED_JSONATA_EXPRESSION",
                        "Reference to '" + name + "' at the top level is not supported.", pointer));
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                jsonata(field.getValue(), at(pointer, field.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) jsonata(node.get(i), pointer + "[" + i + "]");
        }
    }
}
