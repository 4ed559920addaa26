package nl.doorbraak.localcloud.stepfunctions.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.stepfunctions.StatesError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;

import static nl.doorbraak.localcloud.stepfunctions.TestPaths.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scenarios for JSONata in JSONata states: $states, variables, templates, the Step Functions functions and AWS's error causes. */
class JsonataEvaluatorTest {
    private static final JsonataScope SCOPE = JsonataScope.of(
            json("{\"amount\": 120, \"items\": [1, 2, 3], \"empty\": [], \"nothing\": null, \"price\": 1.5, \"type\": \"Public\"}"),
            json("{\"Execution\": {\"Name\": \"run-1\"}, \"State\": {\"Name\": \"Check\"}}"),
            Map.of("budget", json("{\"left\": 500}"), "var_constant_1", json("1")));

    private static JsonNode eval(String body) {
        return JsonataEvaluator.evaluate("{% " + body + " %}", "Output", SCOPE);
    }

    private static StatesError failure(String body, String field) {
        return assertThrows(StatesError.class, () -> JsonataEvaluator.evaluate("{% " + body + " %}", field, SCOPE));
    }

    @Nested
    class Bindings {
        @Test
        void states_input_context_and_variables_are_visible() {
            assertEquals(json("120"), eval("$states.input.amount"));
            assertEquals(json("\"run-1\""), eval("$states.context.Execution.Name"));
            assertEquals(json("500"), eval("$budget.left"));
            assertEquals(json("7"), eval("$sum($states.input.items) + $var_constant_1"));
            assertEquals(json("true"), eval("$states.input.type = 'Public'"));
        }

        @Test
        void there_is_no_context_item_the_input_is_only_states_input() {
            assertTrue(JsonataEvaluator.evaluateOptional("{% amount %}", "Output", SCOPE).isEmpty());
            assertEquals(java.util.Set.of("amount"), JsonataEvaluator.topLevelReferences("{% amount %}"));
        }

        @Test
        void top_level_references_are_found_where_aws_refuses_them() {
            assertEquals(java.util.Set.of("phone", "a", "v", "x", "y"), JsonataEvaluator.topLevelReferences(
                    "{% [phone, $sum(a), {'k': v}, x ? 1 : -y, ($z := 2; $z)] %}"));
            assertEquals(java.util.Set.of(), JsonataEvaluator.topLevelReferences(
                    "{% $states.input.items[price > 5].name & $string($budget.left) & $states.input.items.{'n': name}.n %}"));
            assertEquals(java.util.Set.of(), JsonataEvaluator.topLevelReferences("{% $map($states.input.items, function($i){ $i.price }) %}"));
            assertEquals(java.util.Set.of(), JsonataEvaluator.topLevelReferences("{% (1 + %}"));
        }

        @Test
        void result_and_error_output_are_added_for_output_and_catchers() {
            JsonataScope withResult = SCOPE.withResult(json("{\"done\": true}"));
            assertEquals(json("false"), JsonataEvaluator.evaluate("{% $not($states.result.done) %}", "Output", withResult));
            JsonataScope caught = SCOPE.withErrorOutput(json("{\"Error\": \"Boom\", \"Cause\": \"why\"}"));
            assertEquals(json("\"Boom: why\""), JsonataEvaluator.evaluate("{% $states.errorOutput.Error & ': ' & $states.errorOutput.Cause %}", "Output", caught));
            assertFalse(SCOPE.states().has("result"), "the original scope is unchanged");
        }

        @Test
        void null_is_a_value_but_missing_is_undefined() {
            assertEquals(json("null"), eval("$states.input.nothing"));
            assertEquals(json("null"), eval("null"));
            assertEquals(json("[]"), eval("$states.input.empty"));
            assertEquals(json("true"), eval("$exists($states.input.nothing)"));
            assertTrue(JsonataEvaluator.evaluateOptional("{% $states.input.absent %}", "Output", SCOPE).isEmpty());
        }
    }

    @Nested
    class Numbers {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"1|1", "2.0|2", "$states.input.price * 2|3", "10/4|2.5", "$number('2')|2",
                "$states.input.items.($ * 1.5)|[1.5,3,4.5]", "$parse('-0')|0", "$parse('1.1')|1.1", "1.5 * 3|4.5", "1e20 * 10|1.0e21"})
        void integral_results_stay_integers_as_aws_writes_them(String body, String expected) {
            JsonNode result = eval(body);
            assertEquals(json(expected), result);
            if (!expected.contains(".")) assertTrue(result.isIntegralNumber() || result.isArray(), result.toString());
        }

        @Test
        void big_and_decimal_inputs_survive() {
            JsonataScope scope = JsonataScope.of(json("{\"big\": 12345678901234, \"d\": 0.1}"), json("{}"), Map.of());
            assertEquals(json("12345678901235"), JsonataEvaluator.evaluate("{% $states.input.big + 1 %}", "Output", scope));
            assertEquals(0.30000000000000004, JsonataEvaluator.evaluate("{% $states.input.d * 3 %}", "Output", scope).doubleValue());
        }
    }

    @Nested
    class StepFunctionsExtensions {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"[0]|1|[[0]]", "[0]|4|[[0]]", "[0,1,2]|2|[[0,1],[2]]", "[0,1,2,3]|3|[[0,1,2],[3]]", "[0,1]|1|[[0],[1]]", "[]|2|[]"})
        void partition_like_aws(String array, String size, String expected) {
            assertEquals(json(expected), eval("$partition(" + array + ", " + size + ")"));
        }

        @Test
        void range_is_a_sequence_a_single_element_is_that_element() {
            assertEquals(json("[0,3,6,9]"), eval("$range(0, 10, 3)"));
            assertEquals(json("[1,3,5,7,9]"), eval("$range(1, 9, 2)"));
            assertEquals(json("1"), eval("$range(1, 9, 9)"));
            assertEquals(json("[9,7,5]"), eval("$range(9, 5, -2)"));
            assertEquals(json("[7]"), eval("$append([], $range(7, 7, 1))"));
            assertTrue(JsonataEvaluator.evaluateOptional("{% $range(3, 1, 1) %}", "Output", SCOPE).isEmpty());
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"-0|0", "1|1", "1.1|1.1", "true|true", "'\"HelloWorld\"'|'\"HelloWorld\"'",
                "'[1, 2, \"HelloWorld\"]'|'[1,2,\"HelloWorld\"]'", "'{\"Arg1\": 1, \"Arg2\": []}'|'{\"Arg1\":1,\"Arg2\":[]}'"})
        void parse_reads_json_text_like_aws(String text, String expected) {
            JsonataScope scope = JsonataScope.of(json("{}"), json("{}"), Map.of("text", com.fasterxml.jackson.databind.node.TextNode.valueOf(text)));
            assertEquals(json(expected), JsonataEvaluator.evaluate("{% $parse($text) %}", "Output", scope));
        }

        @Test
        void hash_uuid_and_random() {
            assertEquals(json("\"b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3\""), eval("$hash('input data', 'SHA-256')"));
            assertEquals(128, eval("$hash('x', 'SHA-512')").textValue().length());
            String uuid = eval("$uuid()").textValue();
            assertTrue(uuid.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), uuid);
            assertNotEquals(uuid, eval("$uuid()").textValue());
            double r = eval("$random()").doubleValue();
            assertTrue(r >= 0 && r < 1);
            assertEquals(eval("$random(42)"), eval("$random(42)"));
            assertNotEquals(eval("$random(42)"), eval("$random(43)"));
        }

        @Test
        void extension_misuse_is_a_query_evaluation_error() {
            StatesError error = failure("$partition(1)", "Output");
            assertEquals("States.QueryEvaluationError", error.error());
            assertTrue(error.cause().startsWith("The JSONata expression '$partition(1)' specified for the field 'Output' threw an error during evaluation: "), error.cause());
            assertEquals("States.QueryEvaluationError", failure("$hash('x', 'SHA-3')", "Output").error());
            assertEquals("States.QueryEvaluationError", failure("$parse('{')", "Output").error());
            assertEquals("States.QueryEvaluationError", failure("$partition([1], 0)", "Output").error());
        }

        @Test
        void now_and_millis_follow_the_engine_clock_when_given() {
            JsonataScope at = SCOPE.at(Instant.parse("2030-01-02T03:04:05.678Z"));
            assertEquals(json("\"2030-01-02T03:04:05.678Z\""), JsonataEvaluator.evaluate("{% $now() %}", "Output", at));
            assertEquals(json(String.valueOf(Instant.parse("2030-01-02T03:04:05.678Z").toEpochMilli())),
                    JsonataEvaluator.evaluate("{% $millis() %}", "Output", at));
        }
    }

    @Nested
    class Templates {
        @Test
        void string_leaves_with_expressions_are_evaluated_and_the_rest_copied() {
            JsonNode template = json("""
                    {"total": "{% $sum($states.input.items) %}", "label": "plain {% text", "nested": {"list": ["{% $budget.left %}", 2, null, true]},
                     "literal": "not {% an expression %} at start"}""");
            assertEquals(json("""
                    {"total": 6, "label": "plain {% text", "nested": {"list": [500, 2, null, true]}, "literal": "not {% an expression %} at start"}"""),
                    JsonataEvaluator.evaluateTemplate(template, "Output", SCOPE));
        }

        @Test
        void an_expression_as_the_whole_template_is_evaluated_whole() {
            assertEquals(json("[1,2,3]"), JsonataEvaluator.evaluateTemplate(json("\"{% $states.input.items %}\""), "Arguments", SCOPE));
        }

        @Test
        void an_undefined_leaf_fails_naming_its_field_as_aws_does() {
            StatesError error = assertThrows(StatesError.class, () ->
                    JsonataEvaluator.evaluateTemplate(json("{\"result\": \"{% $doesNotExist %}\"}"), "Output", SCOPE));
            assertEquals("States.QueryEvaluationError", error.error());
            assertEquals("The JSONata expression '$doesNotExist' specified for the field 'Output/result' returned nothing (undefined).", error.cause());
            StatesError inAssign = assertThrows(StatesError.class, () ->
                    JsonataEvaluator.evaluateTemplate(json("{\"result\": \"{% $doesNotExist %}\"}"), "Assign", SCOPE));
            assertEquals("The JSONata expression '$doesNotExist' specified for the field 'Assign/result' returned nothing (undefined).", inAssign.cause());
            StatesError whole = assertThrows(StatesError.class, () ->
                    JsonataEvaluator.evaluateTemplate(json("\"{%$doesNotExist%}\""), "Output", SCOPE));
            assertEquals("The JSONata expression '$doesNotExist' specified for the field 'Output' returned nothing (undefined).", whole.cause());
        }

        @Test
        void array_leaves_are_named_by_index() {
            StatesError error = assertThrows(StatesError.class, () ->
                    JsonataEvaluator.evaluateTemplate(json("{\"list\": [1, \"{% $nope %}\"]}"), "Arguments", SCOPE));
            assertTrue(error.cause().contains("'Arguments/list[1]'"), error.cause());
        }
    }

    @Nested
    class Errors {
        @Test
        void a_function_result_is_unsupported_as_aws_reports() {
            assertEquals("The JSONata expression '$fn := function($x){$x}' specified for the field 'Items' returned an unsupported result type.",
                    failure("$fn := function($x){$x}", "Items").cause());
        }

        @Test
        void evaluation_errors_carry_jsonata_code_and_message() {
            StatesError error = failure("'a' + 1", "Output");
            assertEquals("The JSONata expression ''a' + 1' specified for the field 'Output' threw an error during evaluation. "
                    + "T2001: The left side of the \"+\" operator must evaluate to a number", error.cause());
        }

        @Test
        void an_unknown_function_fails_as_recorded_on_aws() {
            StatesError error = assertThrows(StatesError.class, () -> JsonataEvaluator.evaluateTemplate(
                    json("{\"FunctionResult\": \"{% $randomSeeded($states.input.amount) %}\"}"), "Output", SCOPE));
            assertEquals("The JSONata expression '$randomSeeded($states.input.amount)' specified for the field 'Output/FunctionResult' "
                    + "threw an error during evaluation. T1006: Attempted to invoke a non-function", error.cause());
        }

        @Test
        void eval_is_not_available_as_on_aws() {
            assertEquals("The JSONata expression '$eval(\"1+1\")' specified for the field 'Output' threw an error during evaluation. "
                    + "T1006: Attempted to invoke a non-function", failure("$eval(\"1+1\")", "Output").cause());
        }

        @Test
        void unexpected_type_wording_matches_aws() {
            assertEquals("The JSONata expression 'true' specified for the field 'Items' returned an unexpected result type. "
                    + "Expected 'array', but was 'boolean' for value: true",
                    JsonataEvaluator.unexpectedType("{% true %}", "Items", "array", json("true")).cause());
            assertEquals("The JSONata expression '{'foo': 'bar'}' specified for the field 'Items' returned an unexpected result type. "
                    + "Expected 'array', but was 'object' for value: {\"foo\":\"bar\"}",
                    JsonataEvaluator.unexpectedType("{% {'foo': 'bar'} %}", "Items", "array", eval("{'foo': 'bar'}")).cause());
            assertEquals("Expected 'array', but was 'string' for value: \"string\"",
                    JsonataEvaluator.unexpectedType("{% 'string' %}", "Items", "array", eval("'string'")).cause().replaceAll(".*type\\. ", ""));
        }

        @Test
        void syntax_errors_are_reported_for_validation() {
            assertTrue(JsonataEvaluator.syntaxError("{% $states.input. %}").isPresent());
            assertEquals("Unexpected end of expression", JsonataEvaluator.syntaxError("{% 1 + %}").orElseThrow());
            assertEquals("Expected \"]\", got \",\"", JsonataEvaluator.syntaxError("{% a[1,2) %}").orElseThrow());
            assertTrue(JsonataEvaluator.syntaxError("{% $contains('hello$world', /^hello\\\\$/) %}").isEmpty());
            assertEquals(json("true"), eval("$contains('hello$world', /^hello\\$/)"));
        }

        @Test
        void expression_detection() {
            assertTrue(JsonataEvaluator.isExpression("{% 1 %}"));
            assertTrue(JsonataEvaluator.isExpression("{%1%}"));
            assertFalse(JsonataEvaluator.isExpression(" {% 1 %}"));
            assertFalse(JsonataEvaluator.isExpression("{% 1"));
            assertFalse(JsonataEvaluator.isExpression("{%}"));
        }
    }

    @Test
    void evaluations_on_many_threads_do_not_interfere() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<JsonNode>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                JsonataScope scope = JsonataScope.of(json("{\"n\": " + n + "}"), json("{}"), Map.of("k", json(String.valueOf(n))));
                Callable<JsonNode> task = () -> JsonataEvaluator.evaluate("{% $states.input.n * 2 + $k %}", "Output", scope);
                results.add(pool.submit(task));
            }
            for (int i = 0; i < 200; i++) assertEquals(json(String.valueOf(3 * i)), results.get(i).get());
        } finally {
            pool.shutdownNow();
        }
    }
}
