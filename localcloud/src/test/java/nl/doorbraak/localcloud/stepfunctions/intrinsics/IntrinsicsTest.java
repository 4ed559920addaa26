package nl.doorbraak.localcloud.stepfunctions.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.stepfunctions.StatesError;
import nl.doorbraak.localcloud.stepfunctions.TestPaths;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashSet;
import java.util.Set;

import static nl.doorbraak.localcloud.stepfunctions.TestPaths.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scenarios for every intrinsic function, with the results AWS recorded in the conformance corpus where it has them. */
class IntrinsicsTest {

    private static JsonNode eval(String expression, String inputJson) {
        return Intrinsics.evaluate(expression, TestPaths.input(inputJson));
    }

    private static StatesError failure(String expression, String inputJson) {
        return assertThrows(StatesError.class, () -> eval(expression, inputJson));
    }

    private static void assertJson(String expectedJson, JsonNode actual) {
        assertEquals(json(expectedJson), actual);
    }

    @Nested
    class Format {
        @Test
        void interpolates_paths_and_literals_in_order() {
            assertJson("\"Hello Ada, welcome to Utrecht!\"",
                    eval("States.Format('Hello {}, welcome to {}!', $.name, 'Utrecht')", "{\"name\":\"Ada\"}"));
        }

        @Test
        void prints_numbers_booleans_and_null_as_json_text() {
            assertJson("\"1 1.1 true null\"", eval("States.Format('{} {} {} {}', $.i, $.d, true, null)", "{\"i\":1,\"d\":1.1}"));
        }

        @Test
        void prints_an_object_the_way_aws_java_runtime_does() {
            TestPaths paths = TestPaths.input("{}").withContext("{\"StateMachine\":{\"Id\":\"arn:sm\",\"Name\":\"sm\"}}");
            assertJson("\"snd={Id=arn:sm, Name=sm}.\"", Intrinsics.evaluate("States.Format('snd={}.', $$.StateMachine)", paths));
            assertJson("\"[1, a, [true]]\"", Intrinsics.evaluate("States.Format('{}', States.Array(1, 'a', States.Array(true)))", paths));
        }

        @Test
        void an_object_argument_prints_as_recorded_on_aws() {
            assertJson("\"Formatting arguments fst={Arg1=1, Arg2=[]} and snd={Arg1=1, Arg2=[]}.\"",
                    eval("States.Format('Formatting arguments fst={} and snd={}.', $.f, $.s)", "{\"f\":{\"Arg1\": 1, \"Arg2\": []},\"s\":{\"Arg1\": 1, \"Arg2\": []}}"));
        }

        @Test
        void escaped_braces_and_quotes_in_a_literal_template_are_text() {
            assertJson("\"{} it's {x} and \\\\ 5\"", eval("States.Format('\\{\\} it\\'s \\{x\\} and \\\\ {}', 5)", "{}"));
        }

        @Test
        void a_template_from_a_path_uses_its_placeholders() {
            assertJson("\"It's Pikachu!\"", eval("States.Format($.t, $.v)", "{\"t\":\"It's {}!\",\"v\":\"Pikachu\"}"));
        }

        @Test
        void a_template_from_a_variable() {
            TestPaths paths = TestPaths.input("{}").withVariable("AnswerTemplate", "\"It's {}!\"").withContext("{\"Map\":{\"Item\":{\"Value\":\"Squirtle\"}}}");
            assertJson("\"It's Squirtle!\"", Intrinsics.evaluate("States.Format($AnswerTemplate, $$.Map.Item.Value)", paths));
        }

        @Test
        void too_few_or_too_many_arguments_fail_like_aws() {
            StatesError few = failure("States.Format('{} {}', 1)", "{}");
            assertEquals("States.Runtime", few.error());
            assertEquals("Invalid arguments in States.Format", few.cause());
            assertEquals("Invalid arguments in States.Format", failure("States.Format('{}', 1, 2)", "{}").cause());
        }

        @Test
        void empty_and_blank_arguments_are_kept() {
            assertJson("\"fst= and snd= .\"", eval("States.Format('fst={} and snd={}.', $.a, $.b)", "{\"a\":\"\",\"b\":\" \"}"));
        }
    }

    @Nested
    class Json {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "''|null", "' '|null", "'null'|null", "'-0'|0", "'1'|1", "'1.1'|1.1",
                "'{\"Arg1\": 1, \"Arg2\": []}'|{\"Arg1\":1,\"Arg2\":[]}", "'\"text\"'|\"text\""})
        void string_to_json_parses_like_aws(String text, String expected) {
            assertJson(expected, Intrinsics.evaluate("States.StringToJson($.s)",
                    TestPaths.input("{}").withVariable("unused", "1").withVariableInput("s", text)));
        }

        @Test
        void string_to_json_rejects_text_that_is_not_json() {
            assertEquals("Invalid arguments in States.StringToJson", failure("States.StringToJson($.s)", "{\"s\":\"{not json\"}").cause());
            assertEquals("Invalid arguments in States.StringToJson", failure("States.StringToJson($.s)", "{\"s\":\"1 2\"}").cause());
            assertEquals("Invalid arguments in States.StringToJson", failure("States.StringToJson($.s)", "{\"s\":5}").cause());
        }

        @Test
        void json_to_string_writes_compact_json() {
            assertJson("\"[1,2,\\\"HelloWorld\\\"]\"", eval("States.JsonToString($.v)", "{\"v\":[1, 2, \"HelloWorld\"]}"));
            assertJson("\"true\"", eval("States.JsonToString($.v)", "{\"v\":true}"));
            assertJson("\"{\\\"a\\\":{\\\"b\\\":null}}\"", eval("States.JsonToString($.v)", "{\"v\":{\"a\": {\"b\": null}}}"));
        }

        @Test
        void json_merge_is_shallow_and_the_right_side_wins() {
            assertJson("{\"a\":1,\"b\":{\"y\":2},\"c\":3}",
                    eval("States.JsonMerge($.l, $.r, false)", "{\"l\":{\"a\":1,\"b\":{\"x\":1}},\"r\":{\"b\":{\"y\":2},\"c\":3}}"));
        }

        @Test
        void json_merge_supports_only_the_shallow_mode_and_objects() {
            assertEquals("Invalid arguments in States.JsonMerge", failure("States.JsonMerge($.l, $.r, true)", "{\"l\":{},\"r\":{}}").cause());
            assertEquals("Invalid arguments in States.JsonMerge", failure("States.JsonMerge($.l, $.r, false)", "{\"l\":[],\"r\":{}}").cause());
        }

        @Test
        void json_merge_with_an_escaped_literal_argument_as_recorded_on_aws() {
            TestPaths paths = TestPaths.input("{}").withContext("{\"Execution\":{\"Input\":{\"input_field\":{\"constant_input_field\":\"constant_value\"}}}}");
            assertJson("{\"constant_in_literal\":\"false\",\"constant_input_field\":\"constant_value\"}", Intrinsics.evaluate(
                    "States.JsonMerge(States.StringToJson('{\\\"constant_in_literal\\\": \\\"false\\\"}'), $$.Execution.Input.input_field, false)", paths));
        }

        @Test
        void string_to_json_of_json_to_string_round_trips() {
            String input = "{\"v\":{\"k\":[1,\"two\",{\"three\":3.5}],\"n\":null}}";
            assertEquals(json(input).get("v"), eval("States.StringToJson(States.JsonToString($.v))", input));
        }
    }

    @Nested
    class Arrays {
        @Test
        void array_collects_its_arguments() {
            assertJson("[]", eval("States.Array()", "{}"));
            assertJson("[1, \"a\", {\"x\":[true]}, null]", eval("States.Array(1, 'a', $.o, null)", "{\"o\":{\"x\":[true]}}"));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "[]|1|[]", "[0,1]|1|[[0],[1]]", "[0,1]|2|[[0,1]]", "[0,1]|5|[[0,1]]",
                "[0,1,2]|2|[[0,1],[2]]", "[0,1,2,3]|3|[[0,1,2],[3]]", "[0,1,2,3]|1.5|[[0,1],[2,3]]"})
        void partition_chunks_like_aws(String array, String size, String expected) {
            assertJson(expected, eval("States.ArrayPartition($.a, $.n)", "{\"a\":" + array + ",\"n\":" + size + "}"));
        }

        @Test
        void partition_needs_a_positive_size() {
            assertEquals("Invalid arguments in States.ArrayPartition", failure("States.ArrayPartition($.a, 0)", "{\"a\":[1]}").cause());
            assertEquals("Invalid arguments in States.ArrayPartition", failure("States.ArrayPartition($.a, 0.49)", "{\"a\":[1]}").cause());
            assertEquals("Invalid arguments in States.ArrayPartition", failure("States.ArrayPartition($.a, 2)", "{\"a\":\"x\"}").cause());
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "[]|null|false", "[]|[]|false", "[[1,2,3],2]|[1,2,3]|true", "[[1,2,3],2]|null|false",
                "[{\"1\":2,\"2\":[]}]|{\"2\":[],\"1\":2}|true", "[true,false]|false|true", "[1,2]|2.0|true", "[\"1\"]|1|false"})
        void contains_compares_deeply(String array, String value, String expected) {
            assertJson(expected, eval("States.ArrayContains($.a, $.v)", "{\"a\":" + array + ",\"v\":" + value + "}"));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "0|9|3|[0,3,6,9]", "0|10|3|[0,3,6,9]", "1|9|9|[1]", "1|9|2|[1,3,5,7,9]",
                "5|1|-2|[5,3,1]", "5|1|1|[]", "0|-1|3|[]", "2|2|1|[2]"})
        void range_includes_the_end_when_reached(String start, String end, String step, String expected) {
            assertJson(expected, eval("States.ArrayRange(" + start + ", " + end + ", " + step + ")", "{}"));
        }

        @Test
        void range_refuses_a_zero_step_and_more_than_1000_elements() {
            assertEquals("Invalid arguments in States.ArrayRange", failure("States.ArrayRange(1, 5, 0)", "{}").cause());
            assertEquals(1000, eval("States.ArrayRange(1, 1000, 1)", "{}").size());
            assertEquals("Invalid arguments in States.ArrayRange", failure("States.ArrayRange(0, 1000, 1)", "{}").cause());
            assertEquals("Invalid arguments in States.ArrayRange", failure("States.ArrayRange('a', 5, 1)", "{}").cause());
        }

        @Test
        void get_item_and_length() {
            String input = "{\"a\":[1,2,3,4,5,6,7,8,9],\"i\":5}";
            assertJson("6", eval("States.ArrayGetItem($.a, $.i)", input));
            assertJson("9", eval("States.ArrayLength($.a)", input));
            assertJson("1", eval("States.ArrayGetItem($.a, 0)", input));
            assertEquals("Invalid arguments in States.ArrayGetItem", failure("States.ArrayGetItem($.a, 9)", input).cause());
            assertEquals("Invalid arguments in States.ArrayGetItem", failure("States.ArrayGetItem($.a, -1)", input).cause());
            assertEquals("Invalid arguments in States.ArrayLength", failure("States.ArrayLength($.i)", input).cause());
        }

        @Test
        void last_part_of_a_name_through_nested_calls() {
            TestPaths paths = TestPaths.input("{}").withContext("{\"StateMachine\":{\"Name\":\"order-flow-v2\"}}");
            assertJson("\"v2\"", Intrinsics.evaluate("States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'), "
                    + "States.MathAdd(States.ArrayLength(States.StringSplit($$.StateMachine.Name, '-')), -1))", paths));
        }

        @Test
        void unique_keeps_the_first_of_equal_values() {
            assertJson("[1,2,{\"a\":1},\"1\",null]", eval("States.ArrayUnique($.a)", "{\"a\":[1,2,1.0,{\"a\":1},{\"a\":1},\"1\",null,null]}"));
        }
    }

    @Nested
    class Encoding {
        @Test
        void base64_round_trip() {
            assertJson("\"RGF0YSB0byBlbmNvZGU=\"", eval("States.Base64Encode($.s)", "{\"s\":\"Data to encode\"}"));
            assertJson("\"Data to encode\"", eval("States.Base64Decode($.s)", "{\"s\":\"RGF0YSB0byBlbmNvZGU=\"}"));
            assertJson("\"\"", eval("States.Base64Encode('')", "{}"));
            assertJson("\"zorg €\"", eval("States.Base64Decode(States.Base64Encode('zorg €'))", "{}"));
        }

        @Test
        void base64_rejects_bad_input_and_more_than_10000_characters() {
            assertEquals("Invalid arguments in States.Base64Decode", failure("States.Base64Decode('@@@')", "{}").cause());
            String big = "{\"s\":\"" + "a".repeat(10_001) + "\"}";
            assertEquals("Invalid arguments in States.Base64Encode", failure("States.Base64Encode($.s)", big).cause());
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "MD5|812f45842bc6d66ee14572ce20db8e86",
                "SHA-1|aaff4a450a104cd177d28d18d74485e8cae074b7",
                "SHA-256|b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3",
                "SHA-512|6ce4adb348546d4f449c4d25aad9a7c9cb711d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593fc50283731a533d30d425402d4f91316d871303aac4"})
        void hash_matches_aws(String algorithm, String digest) {
            assertJson("\"" + digest + "\"", eval("States.Hash($.d, $.a)", "{\"d\":\"input data\",\"a\":\"" + algorithm + "\"}"));
        }

        @Test
        void hash_sha384_and_unknown_algorithm() {
            assertEquals(96, eval("States.Hash('x', 'SHA-384')", "{}").textValue().length());
            assertEquals("Invalid arguments in States.Hash", failure("States.Hash('x', 'SHA-3')", "{}").cause());
        }
    }

    @Nested
    class Math {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "-9|3|-6", "1.49|1.5|3", "-1.51|0|-2", "2.5|0|3", "-0.5|0.5|1", "-0.5|0|0",
                "-2.5|0|-2", "1.5|1.51|4", "-3.5|0|-3", "-1.5|-1.51|-3", "1.49|-1.49|0"})
        void add_rounds_each_argument_half_up_as_aws(String a, String b, String sum) {
            assertJson(sum, eval("States.MathAdd($.a, $.b)", "{\"a\":" + a + ",\"b\":" + b + "}"));
        }

        @Test
        void add_refuses_non_numbers_and_overflow() {
            assertEquals("Invalid arguments in States.MathAdd", failure("States.MathAdd($.a, 1)", "{\"a\":\"NOT A NUMBER\"}").cause());
            assertEquals("Invalid arguments in States.MathAdd", failure("States.MathAdd(2147483647, 1)", "{}").cause());
            assertEquals("Invalid arguments in States.MathAdd", failure("States.MathAdd(1)", "{}").cause());
        }

        @Test
        void random_stays_in_range_and_a_seed_repeats() {
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < 500; i++) {
                int n = eval("States.MathRandom(1, 4)", "{}").intValue();
                assertTrue(n >= 1 && n < 4, "out of range: " + n);
                seen.add(n);
            }
            assertEquals(Set.of(1, 2, 3), seen);
            JsonNode first = eval("States.MathRandom(0, 999, 3)", "{}");
            assertEquals(first, eval("States.MathRandom(0, 999, 3)", "{}"));
            assertTrue(first.isInt());
        }

        @Test
        void random_needs_start_below_end() {
            assertEquals("Invalid arguments in States.MathRandom", failure("States.MathRandom(5, 5)", "{}").cause());
        }
    }

    @Nested
    class Strings {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "' '|[\" \"]", "' , '|[\" \",\" \"]", "', , ,'|[\" \",\" \"]", "',,,,'|[]", "'1,2,3,4,5'|[\"1\",\"2\",\"3\",\"4\",\"5\"]"})
        void split_drops_empty_pieces_as_aws(String text, String expected) {
            assertJson(expected, eval("States.StringSplit($.s, ',')", "{\"s\":\"" + text + "\"}"));
        }

        @Test
        void split_at_a_newline_literal() {
            assertJson("[\"Hello\",\"World\"]", eval("States.StringSplit('Hello\nWorld', '\n')", "{}"));
        }

        @Test
        void uuid_is_a_fresh_version_4_uuid() {
            String a = eval("States.UUID()", "{}").textValue();
            String b = eval("States.UUID()", "{}").textValue();
            assertTrue(a.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), a);
            assertFalse(a.equals(b));
        }
    }

    @Nested
    class Syntax {
        @Test
        void whitespace_between_tokens_is_ignored() {
            assertJson("[1,\"a b\",[2]]", eval("  States.Array( 1 ,'a b' , States.Array( $.x ) )  ", "{\"x\":2}"));
        }

        @Test
        void a_path_with_a_filter_is_one_argument() {
            nl.doorbraak.localcloud.stepfunctions.PathResolver paths =
                    path -> java.util.Optional.of(com.fasterxml.jackson.databind.node.TextNode.valueOf(path));
            assertJson("[\"$.a[?(@.b == 'c, d')].e\",\"$$.Map.Item.Index\"]",
                    Intrinsics.evaluate("States.Array($.a[?(@.b == 'c, d')].e, $$.Map.Item.Index)", paths));
        }

        @Test
        void a_missing_path_argument_fails_with_aws_cause_naming_the_whole_expression() {
            IntrinsicPathNotFound error = assertInstanceOf(IntrinsicPathNotFound.class,
                    failure("States.Format('{}', States.Format('{}', $.nope))", "{\"other\":1}"));
            assertEquals("$.nope", error.path());
            assertEquals("States.Runtime", error.error());
            assertEquals("The function 'States.Format('{}', States.Format('{}', $.nope))' had the following error: "
                    + "The JsonPath argument for the field '$.nope' could not be found in the input '{\"other\":1}'", error.cause());
        }

        @Test
        void a_missing_context_argument_is_named_as_a_state_input_path() {
            StatesError error = assertThrows(StatesError.class, () -> Intrinsics.evaluate("States.Format('{}', $$.Nope.Deep)",
                    TestPaths.input("{\"other\":1}").withContext("{\"State\":{\"Name\":\"P\"}}")));
            assertEquals("The function 'States.Format('{}', $$.Nope.Deep)' had the following error: "
                    + "The JsonPath argument for the field '$.Nope.Deep' could not be found in the input '{\"other\":1}'", error.cause());
        }

        @Test
        void an_explicit_null_argument_is_a_value() {
            assertJson("\"null\"", eval("States.Format('{}', $.nul)", "{\"nul\":null}"));
        }

        @Test
        void malformed_text_and_unknown_functions_are_rejected_at_parse_time() {
            assertThrows(IntrinsicSyntaxError.class, () -> Intrinsics.parse("States.Format('x'"));
            assertThrows(IntrinsicSyntaxError.class, () -> Intrinsics.parse("States.Format('x) "));
            assertThrows(IntrinsicSyntaxError.class, () -> Intrinsics.parse("States.Array(1) extra"));
            assertThrows(IntrinsicSyntaxError.class, () -> Intrinsics.parse("States.Array(bogus)"));
            IntrinsicSyntaxError unknown = assertThrows(IntrinsicSyntaxError.class, () -> Intrinsics.parse("States.Array(States.Nope(1))"));
            assertTrue(unknown.getMessage().contains("States.Nope"), unknown.getMessage());
            assertEquals("States.Runtime", failure("States.Nope()", "{}").error());
        }

        @Test
        void intrinsic_detection() {
            assertTrue(Intrinsics.isIntrinsic("States.Array()"));
            assertFalse(Intrinsics.isIntrinsic("$.States"));
            assertEquals(18, Intrinsics.functionNames().size());
        }
    }
}
