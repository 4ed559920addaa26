package nl.doorbraak.localcloud.stepfunctions.validation;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.doorbraak.localcloud.stepfunctions.TestPaths.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scenarios for definition validation: each rule with AWS's wording and location. */
class DefinitionValidatorTest {

    private static List<String> validate(String definition) {
        return DefinitionValidator.validate(json(definition));
    }

    private static void assertFindings(String definition, String... expected) {
        assertEquals(List.of(expected), validate(definition));
    }

    @Test
    void a_small_valid_machine_has_no_findings() {
        assertFindings("""
                {"Comment": "ok", "StartAt": "Check", "TimeoutSeconds": 60, "States": {
                  "Check": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericGreaterThan": 5, "Next": "Big"}], "Default": "Small"},
                  "Big": {"Type": "Pass", "Parameters": {"v.$": "States.Format('n={}', $.n)", "fixed": 1}, "ResultPath": "$.out", "Next": "Done"},
                  "Small": {"Type": "Wait", "Seconds": 5, "Next": "Done"},
                  "Done": {"Type": "Succeed"}}}""");
    }

    @Test
    void the_invalid_definition_message_joins_findings_as_aws() {
        List<String> findings = validate("""
                {"StartAt": "pass1", "States": {
                  "pass1": {"Type": "Pass", "Next": "pass3"},
                  "pass2": {"Type": "Pass", "End": true}}}""");
        assertEquals("Invalid State Machine Definition: 'MISSING_TRANSITION_TARGET: Missing 'Next' target: pass3 at /States/pass1/Next, "
                + "MISSING_TRANSITION_TARGET: State \"pass2\" is not reachable. at /States/pass2'", DefinitionValidator.invalidDefinitionMessage(findings));
    }

    @Nested
    class Structure {
        @Test
        void start_at_and_states_are_required() {
            assertFindings("{\"States\": {\"A\": {\"Type\": \"Succeed\"}}}", "SCHEMA_VALIDATION_FAILED: These fields are required: [StartAt] at /");
            assertFindings("{\"StartAt\": \"A\"}", "SCHEMA_VALIDATION_FAILED: These fields are required: [States] at /");
        }

        @Test
        void start_at_must_name_a_state() {
            assertFindings("{\"StartAt\": \"Nope\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}",
                    "MISSING_TRANSITION_TARGET: Missing 'Next' target: Nope at /StartAt",
                    "MISSING_TRANSITION_TARGET: State \"A\" is not reachable. at /States/A");
        }

        @Test
        void unknown_top_level_and_state_fields_are_not_supported() {
            assertFindings("{\"StartAt\": \"A\", \"Startat\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"_comment\": \"x\", \"End\": true}}}",
                    "SCHEMA_VALIDATION_FAILED: Field 'Startat' is not supported at /",
                    "SCHEMA_VALIDATION_FAILED: Field '_comment' is not supported at /States/A");
        }

        @Test
        void fields_must_fit_the_state_type() {
            assertFindings("""
                    {"StartAt": "P", "States": {"P": {"Type": "Parallel", "TimeoutSeconds": 5,
                      "Branches": [{"StartAt": "W", "States": {"W": {"Type": "Pass", "End": true}}}], "End": true}}}""",
                    "SCHEMA_VALIDATION_FAILED: Field 'TimeoutSeconds' is not supported at /States/P");
            assertFindings("{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"X\", \"States\": {\"X\": {\"Type\": \"Pass\", \"End\": true, \"Catch\": []}}}",
                    "SCHEMA_VALIDATION_FAILED: Field 'Catch' is not supported at /States/X");
        }

        @Test
        void type_is_required_and_known() {
            assertFindings("{\"StartAt\": \"A\", \"States\": {\"A\": {\"End\": true}}}", "SCHEMA_VALIDATION_FAILED: These fields are required: [Type] at /States/A");
            assertTrue(validate("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Sleep\", \"End\": true}}}").get(0)
                    .startsWith("SCHEMA_VALIDATION_FAILED: Value should be one of the following: [Task, Pass"));
        }

        @Test
        void next_and_end_exactly_one() {
            assertFindings("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"A\", \"End\": true}}}",
                    "SCHEMA_VALIDATION_FAILED: There should only be one of the following fields: [Next, End] at /States/A");
            assertFindings("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\"}}}",
                    "SCHEMA_VALIDATION_FAILED: This object should have only one of the following fields: [Next, End] at /States/A");
        }

        @Test
        void a_loop_without_a_terminal_state() {
            assertFindings("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"B\"}, \"B\": {\"Type\": \"Pass\", \"Next\": \"A\"}}}",
                    "MISSING_END_STATE: Workflow has no terminal state at null");
        }

        @Test
        void state_names_are_unique_across_nested_scopes() {
            assertFindings("""
                    {"StartAt": "A", "States": {"A": {"Type": "Map", "ItemProcessor": {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}, "End": true}}}""",
                    "DUPLICATE_STATE_NAME: Duplicate State name: A at /States/A/ItemProcessor/States/A");
        }
    }

    @Nested
    class Transitions {
        @Test
        void missing_targets_are_named_where_they_are_used() {
            assertFindings("""
                    {"StartAt": "C", "States": {
                      "C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "Ghost"}], "Default": "T"},
                      "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Phantom"}], "Next": "Z"},
                      "Z": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsNull": true, "Next": "End"}], "Default": "Nowhere"},
                      "End": {"Type": "Succeed"}}}""",
                    "MISSING_TRANSITION_TARGET: Missing 'Next' target: Ghost at /States/C/Choices[0]/Next",
                    "MISSING_TRANSITION_TARGET: Missing 'Next' target: Phantom at /States/T/Catch[0]/Next",
                    "MISSING_TRANSITION_TARGET: Missing 'Next' target: Nowhere at /States/Z/Default");
        }

        @Test
        void unreachable_states_inside_branches_and_processors() {
            assertFindings("""
                    {"StartAt": "P", "States": {"P": {"Type": "Parallel", "Branches": [{"StartAt": "W", "States": {
                        "W": {"Type": "Pass", "End": true}, "Ghost": {"Type": "Pass", "End": true}}}], "Next": "M"},
                      "M": {"Type": "Map", "ItemsPath": "$.items", "ItemProcessor": {"StartAt": "X", "States": {
                        "X": {"Type": "Pass", "End": true}, "Lost": {"Type": "Pass", "End": true}}}, "End": true}}}""",
                    "MISSING_TRANSITION_TARGET: State \"Ghost\" is not reachable. at /States/P/Branches[0]/States/Ghost",
                    "MISSING_TRANSITION_TARGET: State \"Lost\" is not reachable. at /States/M/ItemProcessor/States/Lost");
        }

        @Test
        void a_branch_cannot_jump_outside_its_scope() {
            assertFindings("""
                    {"StartAt": "P", "States": {"P": {"Type": "Parallel", "Branches": [{"StartAt": "B", "States": {
                        "B": {"Type": "Pass", "Next": "Done"}}}], "Next": "Done"}, "Done": {"Type": "Succeed"}}}""",
                    "MISSING_TRANSITION_TARGET: Missing 'Next' target: Done at /States/P/Branches[0]/States/B/Next");
        }
    }

    @Nested
    class QueryLanguages {
        @Test
        void jsonpath_fields_are_refused_in_jsonata_states() {
            assertFindings("""
                    {"QueryLanguage": "JSONata", "StartAt": "X", "States": {"X": {"Type": "Pass", "End": true, "InputPath": "$.a", "OutputPath": "$.b"}}}""",
                    "SCHEMA_VALIDATION_FAILED: The QueryLanguage is set to 'JSONata', but field 'InputPath' is only supported for the 'JSONPath' QueryLanguage at /States/X/InputPath",
                    "SCHEMA_VALIDATION_FAILED: The QueryLanguage is set to 'JSONata', but field 'OutputPath' is only supported for the 'JSONPath' QueryLanguage at /States/X/OutputPath");
        }

        @Test
        void jsonata_fields_are_refused_in_jsonpath_states_and_a_state_can_opt_in() {
            assertFindings("{\"StartAt\": \"X\", \"States\": {\"X\": {\"Type\": \"Pass\", \"Output\": {\"a\": 1}, \"End\": true}}}",
                    "SCHEMA_VALIDATION_FAILED: The QueryLanguage is set to 'JSONPath', but field 'Output' is only supported for the 'JSONata' QueryLanguage at /States/X");
            assertFindings("{\"StartAt\": \"X\", \"States\": {\"X\": {\"Type\": \"Pass\", \"QueryLanguage\": \"JSONata\", \"Output\": \"{% $states.input %}\", \"End\": true}}}");
        }

        @Test
        void a_jsonata_machine_cannot_have_jsonpath_states() {
            assertFindings("{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"X\", \"States\": {\"X\": {\"Type\": \"Pass\", \"QueryLanguage\": \"JSONPath\", \"End\": true}}}",
                    "SCHEMA_VALIDATION_FAILED: 'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine at /States/X/QueryLanguage");
        }

        @Test
        void jsonata_strings_must_close_and_parse() {
            List<String> findings = validate("""
                    {"QueryLanguage": "JSONata", "StartAt": "X", "States": {"X": {"Type": "Pass", "Output": {"a": "{% $states.input", "b": "{% (1 + %}"}, "End": true}}}""");
            assertEquals(List.of("SCHEMA_VALIDATION_FAILED: JSONata string must start with {% and end with %} at /States/X/Output/a",
                    "INVALID_JSONATA_EXPRESSION: Expected \")\" before end of expression at /States/X/Output/b"), findings);
            assertFindings("{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"Main\", \"States\": {\"Main\": {\"Type\": \"Pass\", \"Output\": \"{% 1 + %}\", \"End\": true}}}",
                    "INVALID_JSONATA_EXPRESSION: Unexpected end of expression at /States/Main/Output");
        }

        @Test
        void jsonata_cannot_read_a_context_item() {
            assertFindings("{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"E\", \"States\": {\"E\": {\"Type\": \"Pass\", \"Output\": {\"v\": \"{% phone %}\", \"w\": \"{% $states.input.phone %}\"}, \"End\": true}}}",
                    "UNSUPPORTED_JSONATA_EXPRESSION: Reference to 'phone' at the top level is not supported. at /States/E/Output/v");
        }

        @Test
        void choice_rules_follow_the_query_language() {
            assertFindings("""
                    {"QueryLanguage": "JSONata", "StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [
                      {"Variable": "$.x", "IsNull": true, "Next": "D"}, {"Condition": "{% $states.input.ok %}", "Next": "D"}], "Default": "D"},
                      "D": {"Type": "Succeed"}}}""",
                    "SCHEMA_VALIDATION_FAILED: The QueryLanguage is set to 'JSONata', but field 'Variable' is only supported for the 'JSONPath' QueryLanguage at /States/C/Choices[0]/Variable",
                    "SCHEMA_VALIDATION_FAILED: The QueryLanguage is set to 'JSONata', but field 'IsNull' is only supported for the 'JSONPath' QueryLanguage at /States/C/Choices[0]/IsNull",
                    "SCHEMA_VALIDATION_FAILED: These fields are required: [Condition] at /States/C/Choices[0]");
        }
    }

    @Nested
    class Fields {
        @Test
        void exclusive_fields() {
            assertFindings("{\"StartAt\": \"F\", \"States\": {\"F\": {\"Type\": \"Fail\", \"Error\": \"E\", \"ErrorPath\": \"$.e\"}}}",
                    "SCHEMA_VALIDATION_FAILED: There should only be one of the following fields: [Error, ErrorPath] at /States/F");
            assertFindings("{\"StartAt\": \"W\", \"States\": {\"W\": {\"Type\": \"Wait\", \"Seconds\": 1, \"SecondsPath\": \"$.s\", \"End\": true}}}",
                    "SCHEMA_VALIDATION_FAILED: There should only be one of the following fields: [SecondsPath, Seconds, TimestampPath, Timestamp] at /States/W");
        }

        @Test
        void wait_values() {
            assertFindings("{\"StartAt\": \"W\", \"States\": {\"W\": {\"Type\": \"Wait\", \"Timestamp\": \"2030-01-01 00:00:00\", \"End\": true}}}",
                    "SCHEMA_VALIDATION_FAILED: String does not match RFC3339 timestamp at /States/W/Timestamp");
            assertFindings("{\"StartAt\": \"W\", \"States\": {\"W\": {\"Type\": \"Wait\", \"Seconds\": -1, \"End\": true}}}",
                    "SCHEMA_VALIDATION_FAILED: Value should be a non-negative integer at /States/W/Seconds");
            assertFindings("{\"StartAt\": \"W\", \"States\": {\"W\": {\"Type\": \"Wait\", \"End\": true}}}",
                    "SCHEMA_VALIDATION_FAILED: This object should have only one of the following fields: [SecondsPath, Seconds, TimestampPath, Timestamp] at /States/W");
        }

        @Test
        void task_needs_a_resource_and_map_a_processor() {
            assertFindings("{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"End\": true}}}",
                    "SCHEMA_VALIDATION_FAILED: These fields are required: [Resource] at /States/T");
            assertFindings("{\"StartAt\": \"M\", \"States\": {\"M\": {\"Type\": \"Map\", \"End\": true}}}",
                    "SCHEMA_VALIDATION_FAILED: This object should have only one of the following fields: [ItemProcessor, Iterator] at /States/M");
            assertFindings("{\"StartAt\": \"M\", \"States\": {\"M\": {\"Type\": \"Map\", \"MaxConcurrency\": -1, \"ItemProcessor\": {\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}, \"End\": true}}}",
                    "SCHEMA_VALIDATION_FAILED: Value should be a non-negative integer at /States/M/MaxConcurrency");
        }

        @Test
        void retry_and_catch() {
            assertFindings("""
                    {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                      "Retry": [{"ErrorEquals": ["States.ALL", "Custom"]}, {"ErrorEquals": [], "JitterStrategy": "SOME"}],
                      "Catch": [{"ErrorEquals": ["States.ALL"]}], "End": true}}}""",
                    "SCHEMA_VALIDATION_FAILED: States.ALL must appear alone and at end of list at /States/T/Retry[0]/ErrorEquals",
                    "SCHEMA_VALIDATION_FAILED: Value cannot be empty at /States/T/Retry[1]/ErrorEquals",
                    "SCHEMA_VALIDATION_FAILED: Value should be one of the following: [NONE, FULL] at /States/T/Retry[1]/JitterStrategy",
                    "SCHEMA_VALIDATION_FAILED: These fields are required: [Next] at /States/T/Catch[0]");
        }

        @Test
        void choice_states_need_rules_with_next() {
            assertFindings("{\"StartAt\": \"C\", \"States\": {\"C\": {\"Type\": \"Choice\", \"Choices\": []}}}",
                    "SCHEMA_VALIDATION_FAILED: Value cannot be empty at /States/C/Choices");
            List<String> findings = validate("""
                    {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [
                      {"And": [{"Variable": "$.a", "IsNull": true, "Next": "D"}], "Next": "D"},
                      {"Variable": "$.b", "NumericEquals": "1"}], "Default": "D"}, "D": {"Type": "Succeed"}}}""");
            assertEquals("SCHEMA_VALIDATION_FAILED: Field 'Next' is not supported at /States/C/Choices[0]/And[0]", findings.get(0));
            assertEquals("SCHEMA_VALIDATION_FAILED: These fields are required: [Next] at /States/C/Choices[1]", findings.get(1));
            assertTrue(findings.get(2).startsWith("SCHEMA_VALIDATION_FAILED: NumericEquals has an operand of the wrong type"), findings.get(2));
        }

        @Test
        void paths_and_intrinsics() {
            assertFindings("""
                    {"StartAt": "A", "States": {"A": {"Type": "Pass", "InputPath": "a.b", "ResultPath": "$.items[*]",
                      "Parameters": {"x.$": "not a path", "nested": {"y.$": "States.Nope(1)"}, "list": [{"z.$": "States.Format('{}', $.a)"}]},
                      "End": true}}}""",
                    "SCHEMA_VALIDATION_FAILED: Value must be a valid JSONPath. at /States/A/InputPath",
                    "SCHEMA_VALIDATION_FAILED: Value is not a Reference Path at /States/A/ResultPath",
                    "SCHEMA_VALIDATION_FAILED: The value for the field 'x.$' must be a valid JSONPath or a valid intrinsic function call at /States/A/Parameters/x.$",
                    "SCHEMA_VALIDATION_FAILED: The value for the field 'y.$' must be a valid JSONPath or a valid intrinsic function call at /States/A/Parameters/nested/y.$");
        }

        @Test
        void null_paths_are_allowed() {
            assertFindings("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"InputPath\": null, \"ResultPath\": null, \"OutputPath\": null, \"End\": true}}}");
        }

        @Test
        void variable_names() {
            assertFindings("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Assign\": {\"states\": 1, \"bad-name\": 2, \"good_1\": 3}, \"End\": true}}}",
                    "RESERVED_VARIABLE_NAME: Cannot assign to reserved variable '$states'. at /States/A/Assign/states",
                    "INVALID_VARIABLE_NAME: Invalid variable name 'bad-name': the variable name contains invalid characters. at /States/A/Assign/bad-name");
        }
    }
}
