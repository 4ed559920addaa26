package nl.doorbraak.localcloud.stepfunctions.choice;

import nl.doorbraak.localcloud.stepfunctions.StatesError;
import nl.doorbraak.localcloud.stepfunctions.TestPaths;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static nl.doorbraak.localcloud.stepfunctions.TestPaths.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scenarios for Choice rules: every operator, its Path form, boolean combinators, missing values and type mismatches. */
class ChoiceRuleTest {

    /** Evaluates {@code {"Variable": "$.v", <operator>: <operand>}} against {@code {"v": <value>, "w": <other>}}. */
    private static boolean rule(String operator, String operandJson, String valueJson) {
        ChoiceRule rule = ChoiceRule.parse(json("{\"Variable\":\"$.v\",\"" + operator + "\":" + operandJson + ",\"Next\":\"X\"}"));
        return rule.matches(TestPaths.input("{\"v\":" + valueJson + "}"));
    }

    private static boolean pathRule(String operator, String valueJson, String otherJson) {
        ChoiceRule rule = ChoiceRule.parse(json("{\"Variable\":\"$.v\",\"" + operator + "Path\":\"$.w\"}"));
        return rule.matches(TestPaths.input("{\"v\":" + valueJson + ",\"w\":" + otherJson + "}"));
    }

    @Nested
    class Strings {
        @ParameterizedTest(name = "{1} {0} {2} is {3}")
        @CsvSource(delimiter = '|', value = {
                "StringEquals|'\"Hello\"'|'\"Hello\"'|true",
                "StringEquals|'\"\\t\\r\\n\"'|'\"\\t\\n\"'|false",
                "StringEquals|'\"HelloWorld\"'|0|false",
                "StringEquals|'\"HelloWorld\"'|null|false",
                "StringEquals|'\"HelloWorld\"'|'[\"HelloWorld\"]'|false",
                "StringLessThan|'\"AB\"'|'\"A\"'|true",
                "StringLessThan|'\"\"'|'\"\"'|false",
                "StringLessThan|'\"A\"'|'\"AB\"'|false",
                "StringGreaterThan|'\"ABC\"'|'\"AB\"'|false",
                "StringGreaterThan|'\"B\"'|'\"a\"'|true",
                "StringLessThanEquals|'\"\"'|'\"\"'|true",
                "StringGreaterThanEquals|'\"AB\"'|'\"A\"'|false",
                "StringGreaterThanEquals|'\"\"'|'\"\"'|true"})
        void compare_strings_by_code_unit_and_only_strings(String operator, String operand, String value, boolean expected) {
            assertEquals(expected, rule(operator, operand, value));
        }

        @Test
        void path_forms_compare_with_the_value_at_another_path() {
            assertTrue(pathRule("StringEquals", "\"Hello\"", "\"Hello\""));
            assertFalse(pathRule("StringEquals", "\" \"", "\"     \""));
            assertTrue(pathRule("StringGreaterThanEquals", "\"AB\"", "\"A\""));
            assertFalse(pathRule("StringGreaterThan", "\"A\"", "\"A \""));
            assertTrue(pathRule("StringLessThanEquals", "\"\"", "\"\""));
            assertFalse(pathRule("StringLessThan", "\"b\"", "\"a\""));
        }

        @ParameterizedTest(name = "{1} matches {0}: {2}")
        @CsvSource(delimiter = '|', value = {
                "'log-*.txt'|log-2024.txt|true", "'log-*.txt'|log-.txt|true", "'log-*.txt'|log-1.csv|false",
                "'*'|''|true", "'a*b*c'|aXXbYYc|true", "'a*b*c'|acb|false",
                "'literal\\\\*star'|literal*star|true", "'literal\\\\*star'|literalXstar|false",
                "'back\\\\\\\\slash'|back\\slash|true", "'exact'|exactly|false", "'a.c'|abc|false", "'line*'|'line1\nline2'|true"})
        void string_matches_supports_wildcards_and_escapes(String pattern, String text, boolean expected) {
            ChoiceRule rule = ChoiceRule.parse(json("{\"Variable\":\"$.v\",\"StringMatches\":\"" + pattern + "\"}"));
            var input = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("v", text);
            assertEquals(expected, rule.matches(new TestPaths(input, json("{}"), java.util.Map.of())));
        }

        @Test
        void string_matches_on_a_non_string_is_false() {
            assertFalse(rule("StringMatches", "\"*\"", "1"));
        }
    }

    @Nested
    class Numbers {
        @ParameterizedTest(name = "{2} {0} {1} is {3}")
        @CsvSource(delimiter = '|', value = {
                "NumericEquals|1|1.0|true", "NumericEquals|0|null|false", "NumericEquals|1|'\"1\"'|false",
                "NumericEquals|0.1|0.10|true", "NumericLessThan|2|1.99|true", "NumericLessThan|2|2|false",
                "NumericGreaterThan|-1|0|true", "NumericLessThanEquals|2|2|true", "NumericGreaterThanEquals|2|1|false",
                "NumericEquals|12345678901234567890|12345678901234567890|true", "NumericEquals|1|true|false"})
        void compare_numbers_numerically_and_only_numbers(String operator, String operand, String value, boolean expected) {
            assertEquals(expected, rule(operator, operand, value));
        }

        @Test
        void path_forms() {
            assertTrue(pathRule("NumericEquals", "5", "5.0"));
            assertFalse(pathRule("NumericEquals", "null", "0"));
            assertTrue(pathRule("NumericLessThan", "1", "2"));
            assertTrue(pathRule("NumericGreaterThanEquals", "2", "2"));
            assertFalse(pathRule("NumericLessThanEquals", "3", "2"));
            assertFalse(pathRule("NumericGreaterThan", "\"3\"", "2"));
        }
    }

    @Nested
    class Booleans {
        @Test
        void boolean_equals_and_its_path_form() {
            assertTrue(rule("BooleanEquals", "true", "true"));
            assertFalse(rule("BooleanEquals", "true", "false"));
            assertFalse(rule("BooleanEquals", "false", "0"));
            assertFalse(rule("BooleanEquals", "false", "\"false\""));
            assertTrue(pathRule("BooleanEquals", "false", "false"));
            assertFalse(pathRule("BooleanEquals", "true", "\"true\""));
        }
    }

    @Nested
    class Timestamps_ {
        @ParameterizedTest(name = "{2} {0} {1} is {3}")
        @CsvSource(delimiter = '|', value = {
                "TimestampEquals|2012-10-09T19:00:55Z|2012-10-09T19:00:55Z|true",
                "TimestampEquals|2012-10-09T19:00:55Z|2012-10-09T21:00:55+02:00|true",
                "TimestampEquals|2012-10-09T19:00:55Z|2012-10-09T19:00:55.000Z|true",
                "TimestampEquals|2012-10-09T19:00:55Z|2012-10-09T19:00:56Z|false",
                "TimestampEquals|2012-10-09T19:00:55Z|'2023-02-24 12:15:56.832957'|false",
                "TimestampEquals|2012-10-09T19:00:55Z|2012-10-09T19:00:55|false",
                "TimestampEquals|2012-10-09T19:00:55Z|2012-10-09t19:00:55z|false",
                "TimestampEquals|2012-10-09T19:00:55Z|2012-10-09T25:00:55Z|false",
                "TimestampLessThan|2012-10-09T19:00:55Z|2012-10-09T19:00:54.999Z|true",
                "TimestampGreaterThan|2012-10-09T19:00:55Z|2012-10-09T19:00:55Z|false",
                "TimestampGreaterThanEquals|2012-10-09T19:00:55Z|2012-10-09T19:00:55Z|true",
                "TimestampLessThanEquals|2012-10-09T19:00:56Z|2012-10-09T19:00:55Z|true"})
        void compare_rfc3339_timestamps_as_instants(String operator, String operand, String value, boolean expected) {
            assertEquals(expected, rule(operator, "\"" + operand + "\"", "\"" + value + "\""));
        }

        @Test
        void a_non_string_value_is_false_and_path_forms_parse_both_sides() {
            assertFalse(rule("TimestampEquals", "\"2012-10-09T19:00:55Z\"", "true"));
            assertFalse(rule("TimestampEquals", "\"2012-10-09T19:00:55Z\"", "0.0"));
            assertTrue(pathRule("TimestampLessThan", "\"2012-10-09T19:00:55Z\"", "\"2012-10-09T19:00:56Z\""));
            assertFalse(pathRule("TimestampEquals", "\"2012-10-09T19:00:55Z\"", "\"not a time\""));
        }
    }

    @Nested
    class TypeTests {
        @ParameterizedTest(name = "{0} of {1} is {2}")
        @CsvSource(delimiter = '|', value = {
                "IsNull|null|true", "IsNull|0|false", "IsNull|'\"\"'|false",
                "IsNumeric|1|true", "IsNumeric|1.5|true", "IsNumeric|'\"1\"'|false", "IsNumeric|null|false",
                "IsString|'\"\"'|true", "IsString|'{}'|false",
                "IsBoolean|false|true", "IsBoolean|'\"true\"'|false",
                "IsTimestamp|'\"2016-03-14T01:59:00Z\"'|true", "IsTimestamp|'\"2016-03-14\"'|false", "IsTimestamp|1|false"})
        void type_tests_compare_with_their_boolean_operand(String operator, String value, boolean expected) {
            assertEquals(expected, rule(operator, "true", value));
            assertEquals(!expected, rule(operator, "false", value));
        }

        @Test
        void is_present_tests_whether_the_path_matches_anything() {
            ChoiceRule present = ChoiceRule.parse(json("{\"Variable\":\"$.v\",\"IsPresent\":true}"));
            ChoiceRule absent = ChoiceRule.parse(json("{\"Variable\":\"$.v\",\"IsPresent\":false}"));
            assertTrue(present.matches(TestPaths.input("{\"v\":null}")));
            assertFalse(present.matches(TestPaths.input("{}")));
            assertTrue(absent.matches(TestPaths.input("{}")));
        }
    }

    @Nested
    class Combinators {
        private final ChoiceRule rule = ChoiceRule.parse(json("""
                {"And": [
                   {"Variable": "$.amount", "NumericGreaterThan": 0},
                   {"Or": [
                      {"Variable": "$.kind", "StringEquals": "urgent"},
                      {"Not": {"Variable": "$.amount", "NumericGreaterThan": 500}}]}],
                 "Next": "Approve"}"""));

        @Test
        void and_or_not_combine_as_boolean_logic() {
            assertTrue(rule.matches(TestPaths.input("{\"amount\": 100, \"kind\": \"normal\"}")));
            assertTrue(rule.matches(TestPaths.input("{\"amount\": 900, \"kind\": \"urgent\"}")));
            assertFalse(rule.matches(TestPaths.input("{\"amount\": 900, \"kind\": \"normal\"}")));
            assertFalse(rule.matches(TestPaths.input("{\"amount\": 0, \"kind\": \"urgent\"}")));
            assertInstanceOf(ChoiceRule.And.class, rule);
        }

        @Test
        void evaluation_stops_early_so_later_missing_paths_do_not_fail() {
            ChoiceRule or = ChoiceRule.parse(json("{\"Or\":[{\"Variable\":\"$.a\",\"IsPresent\":false},{\"Variable\":\"$.a\",\"NumericEquals\":1}]}"));
            assertTrue(or.matches(TestPaths.input("{}")));
            ChoiceRule and = ChoiceRule.parse(json("{\"And\":[{\"Variable\":\"$.a\",\"IsPresent\":true},{\"Variable\":\"$.a\",\"NumericEquals\":1}]}"));
            assertFalse(and.matches(TestPaths.input("{}")));
        }

        @Test
        void variables_and_the_context_object_can_be_tested() {
            ChoiceRule onVariable = ChoiceRule.parse(json("{\"Variable\":\"$budget.left\",\"NumericGreaterThanEqualsPath\":\"$.amount\"}"));
            assertTrue(onVariable.matches(TestPaths.input("{\"amount\":50}").withVariable("budget", "{\"left\":50}")));
            ChoiceRule onContext = ChoiceRule.parse(json("{\"Variable\":\"$$.Map.Item.Index\",\"NumericEquals\":0}"));
            assertTrue(onContext.matches(TestPaths.input("{}").withContext("{\"Map\":{\"Item\":{\"Index\":0}}}")));
        }
    }

    @Nested
    class Failures {
        @Test
        void a_missing_variable_fails_with_aws_cause() {
            ChoiceRule rule = ChoiceRule.parse(json("{\"Variable\":\"$.missing\",\"NumericEquals\":1}"));
            StatesError error = assertThrows(StatesError.class, () -> rule.matches(TestPaths.input("{}")));
            assertEquals("States.Runtime", error.error());
            assertEquals("Invalid path '$.missing': The choice state's condition path references an invalid value.", error.cause());
        }

        @Test
        void a_missing_comparison_path_fails_too() {
            ChoiceRule rule = ChoiceRule.parse(json("{\"Variable\":\"$.v\",\"NumericEqualsPath\":\"$.gone\"}"));
            StatesError error = assertThrows(StatesError.class, () -> rule.matches(TestPaths.input("{\"v\":1}")));
            assertEquals("States.Runtime", error.error());
            assertTrue(error.cause().startsWith("Invalid path '$.gone'"), error.cause());
        }

        @Test
        void malformed_rules_are_rejected_with_a_reason() {
            assertThrows(InvalidChoiceRule.class, () -> ChoiceRule.parse(json("{\"Variable\":\"$.v\",\"Next\":\"X\"}")));
            assertThrows(InvalidChoiceRule.class, () -> ChoiceRule.parse(json("{\"Variable\":\"$.v\",\"NumericEquals\":1,\"StringEquals\":\"a\"}")));
            assertThrows(InvalidChoiceRule.class, () -> ChoiceRule.parse(json("{\"Variable\":\"$.v\",\"NumericEquals\":\"1\"}")));
            assertThrows(InvalidChoiceRule.class, () -> ChoiceRule.parse(json("{\"Variable\":\"$.v\",\"TimestampEquals\":\"yesterday\"}")));
            assertThrows(InvalidChoiceRule.class, () -> ChoiceRule.parse(json("{\"Variable\":\"$.v\",\"IsNull\":\"yes\"}")));
            assertThrows(InvalidChoiceRule.class, () -> ChoiceRule.parse(json("{\"Variable\":\"$.v\",\"StringEqualsPath\":\"v\"}")));
            assertThrows(InvalidChoiceRule.class, () -> ChoiceRule.parse(json("{\"Variable\":\"v\",\"StringEquals\":\"v\"}")));
            assertThrows(InvalidChoiceRule.class, () -> ChoiceRule.parse(json("{\"Variable\":\"$.v\",\"StringMatchesPath\":\"$.p\"}")));
            assertThrows(InvalidChoiceRule.class, () -> ChoiceRule.parse(json("{\"And\":[]}")));
            assertThrows(InvalidChoiceRule.class, () -> ChoiceRule.parse(json("{\"Variable\":\"$.v\",\"Not\":{\"Variable\":\"$.v\",\"IsNull\":true}}")));
            assertThrows(InvalidChoiceRule.class, () -> ChoiceRule.parse(json("{\"Variable\":\"$.v\",\"NumericEqualz\":1}")));
        }
    }
}
