package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.doorbraak.localcloud.dynamodb.expr.Av.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConditionExpressionTest {

    private static final Map<String, AttributeValue> ORDER = item(
            "pk", s("order-1"),
            "stage", s("open"),
            "amount", n("250.50"),
            "photo", b("abcdef"),
            "paid", bool(false),
            "note", nul(),
            "tags", ss("urgent", "night"),
            "codes", ns("1", "2.5"),
            "badges", bs("k1", "k2"),
            "entries", l(s("first"), n("2"), m("sku", s("X-1"))),
            "address", m("city", s("Utrecht"), "zip", m("digits", s("3511")))
    );

    private static boolean holds(String expr, Map<String, AttributeValue> values) throws DynamoDbError {
        return holds(expr, null, values);
    }

    private static boolean holds(String expr, Map<String, String> names, Map<String, AttributeValue> values) throws DynamoDbError {
        return Expressions.parseCondition(expr, new ExpressionContext(names, values), "ConditionExpression").test(ORDER);
    }

    @Nested
    class Comparators {
        @Test
        void equality_compares_numbers_by_value_not_by_text() throws Exception {
            assertTrue(holds("amount = :v", item(":v", n("250.5"))));
            assertTrue(holds("amount = :v", item(":v", n("2.505E2"))));
            assertFalse(holds("amount = :v", item(":v", s("250.50"))));
        }

        @Test
        void every_ordering_operator_on_numbers() throws Exception {
            assertTrue(holds("amount < :v", item(":v", n("1000"))));
            assertFalse(holds("amount < :v", item(":v", n("250.5"))));
            assertTrue(holds("amount <= :v", item(":v", n("250.5"))));
            assertTrue(holds("amount > :v", item(":v", n("-3"))));
            assertTrue(holds("amount >= :v", item(":v", n("250.50"))));
            assertFalse(holds("amount >= :v", item(":v", n("250.51"))));
            assertTrue(holds("amount <> :v", item(":v", n("1"))));
        }

        @Test
        void strings_order_by_utf8_bytes_so_supplementary_characters_sort_after_private_use() throws Exception {
            Map<String, AttributeValue> it = item("t", s("\uE000"));
            var c = Expressions.parseCondition("t < :v", new ExpressionContext(null, item(":v", s("\uD83D\uDE00"))), "ConditionExpression");
            assertTrue(c.test(it), "U+E000 (EE 80 80) sorts before U+1F600 (F0 9F 98 80) in UTF-8");
            assertTrue(Values.compareUtf8("a", "b") < 0);
            assertTrue(Values.compareUtf8("ab", "a") > 0);
        }

        @Test
        void binaries_compare_unsigned_bytewise() throws Exception {
            assertTrue(holds("photo > :v", item(":v", b("abc"))));
            assertTrue(holds("photo < :v", item(":v", b("b"))));
        }

        @Test
        void comparing_different_types_is_false_not_an_error() throws Exception {
            assertFalse(holds("amount < :v", item(":v", s("z"))));
            assertFalse(holds("stage = :v", item(":v", n("1"))));
            assertTrue(holds("stage <> :v", item(":v", n("1"))));
        }

        @Test
        void a_missing_attribute_makes_comparisons_false_but_not_equal_true() throws Exception {
            assertFalse(holds("absent = :v", item(":v", s("x"))));
            assertFalse(holds("absent < :v", item(":v", s("x"))));
            assertTrue(holds("absent <> :v", item(":v", s("x"))));
        }

        @Test
        void maps_lists_and_sets_compare_deeply_and_sets_ignore_order() throws Exception {
            assertTrue(holds("tags = :v", item(":v", ss("night", "urgent"))));
            assertTrue(holds("codes = :v", item(":v", ns("2.50", "1.0"))));
            assertTrue(holds("address.zip = :v", item(":v", m("digits", s("3511")))));
            assertTrue(holds("entries = :v", item(":v", l(s("first"), n("2"), m("sku", s("X-1"))))));
            assertFalse(holds("entries = :v", item(":v", l(n("2"), s("first"), m("sku", s("X-1"))))));
            assertTrue(holds("paid = :f AND note = :n", item(":f", bool(false), ":n", nul())));
        }

        @Test
        void a_condition_lists_the_top_level_attributes_it_reads() throws Exception {
            var c = (ParsedCondition) Expressions.parseCondition("a.b = :v OR (size(c) > :v AND NOT contains(d[0], :v)) OR attribute_exists(e)",
                    new ExpressionContext(null, item(":v", n("1"))), "FilterExpression");
            assertEquals(java.util.List.of("a", "c", "d", "e"), java.util.List.copyOf(c.topLevelAttributes()));
        }

        @Test
        void two_paths_can_be_compared() throws Exception {
            Map<String, AttributeValue> it = item("a", n("1"), "b", n("2"));
            assertTrue(Expressions.parseCondition("a < b", new ExpressionContext(null, null), "ConditionExpression").test(it));
        }

        @Test
        void ordering_a_value_of_an_unordered_type_is_simply_false() throws Exception {
            assertFalse(holds("amount < :v", item(":v", bool(true))));
            assertFalse(holds("tags > :v", item(":v", ss("a"))));
        }

        @Test
        void a_path_compared_with_itself_is_refused() {
            refused("Invalid ConditionExpression: The first operand must be distinct from the remaining operands for this operator or function;"
                    + " operator: =, first operand: [address, city]", () -> holds("address.city = address.city", null));
            refused("Invalid ConditionExpression: The first operand must be distinct from the remaining operands for this operator or function;"
                    + " operator: begins_with, first operand: [pk]", () -> holds("begins_with(pk, pk)", null));
        }
    }

    @Nested
    class DocumentPaths {
        @Test
        void nested_maps_list_indexes_and_placeholders() throws Exception {
            assertTrue(holds("address.city = :v", item(":v", s("Utrecht"))));
            assertTrue(holds("#a.#z.digits = :v", names("#a", "address", "#z", "zip"), item(":v", s("3511"))));
            assertTrue(holds("entries[2].sku = :v", item(":v", s("X-1"))));
            assertTrue(holds("entries[1] = :v", item(":v", n("2"))));
            assertFalse(holds("entries[7] = :v", item(":v", n("2"))));
            assertFalse(holds("address[0] = :v", item(":v", s("Utrecht"))), "an index into a map finds nothing");
        }

        @Test
        void a_placeholder_name_may_hold_dots_and_stays_one_attribute() throws Exception {
            Map<String, AttributeValue> it = item("a.b", s("flat"));
            var c = Expressions.parseCondition("#ab = :v", new ExpressionContext(names("#ab", "a.b"), item(":v", s("flat"))), "ConditionExpression");
            assertTrue(c.test(it));
        }

        @Test
        void paths_nest_at_most_32_levels() {
            String deep = "a" + ".b".repeat(32);
            refused("Invalid ConditionExpression: The document path has too many nesting levels; nesting levels: 33",
                    () -> holds("attribute_exists(" + deep + ")", null));
        }
    }

    @Nested
    class BetweenAndIn {
        @Test
        void between_is_inclusive_on_both_ends() throws Exception {
            assertTrue(holds("amount BETWEEN :lo AND :hi", item(":lo", n("250.5"), ":hi", n("250.5"))));
            assertTrue(holds("stage BETWEEN :lo AND :hi", item(":lo", s("a"), ":hi", s("p"))));
            assertFalse(holds("amount BETWEEN :lo AND :hi", item(":lo", n("251"), ":hi", n("300"))));
            assertFalse(holds("amount BETWEEN :lo AND :hi", item(":lo", s("1"), ":hi", s("300"))));
        }

        @Test
        void between_refuses_bounds_in_the_wrong_order() {
            refused("Invalid ConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound;"
                            + " lower bound operand: AttributeValue: {N:10}, upper bound operand: AttributeValue: {N:5}",
                    () -> holds("amount BETWEEN :lo AND :hi", item(":lo", n("10"), ":hi", n("5"))));
            refused("Invalid ConditionExpression: The BETWEEN operator requires same data type for lower and upper bounds;"
                            + " lower bound operand: AttributeValue: {N:1}, upper bound operand: AttributeValue: {S:9}",
                    () -> holds("amount BETWEEN :lo AND :hi", item(":lo", n("1"), ":hi", s("9"))));
        }

        @Test
        void in_matches_any_candidate() throws Exception {
            assertTrue(holds("stage IN (:a, :b)", item(":a", s("closed"), ":b", s("open"))));
            assertFalse(holds("stage IN (:a)", item(":a", s("closed"))));
            assertFalse(holds("absent IN (:a)", item(":a", s("closed"))));
        }

        @Test
        void in_takes_at_most_100_operands() throws Exception {
            Map<String, AttributeValue> values = new java.util.LinkedHashMap<>();
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < 101; i++) {
                values.put(":v" + i, n(String.valueOf(i)));
                list.append(i == 0 ? "" : ", ").append(":v").append(i);
            }
            refused("Invalid ConditionExpression: The IN operator is provided with too many operands; number of operands: 101",
                    () -> holds("amount IN (" + list + ")", values));
            values.remove(":v100");
            assertFalse(holds("amount IN (" + list.substring(0, list.lastIndexOf(",")) + ")", values));
        }
    }

    @Nested
    class LogicAndPrecedence {
        private final Map<String, AttributeValue> tf = item(":t", s("open"), ":f", s("closed"));

        @Test
        void not_binds_tighter_than_and_which_binds_tighter_than_or() throws Exception {
            // true OR (false AND false) = true; (true OR false) AND false would be false
            assertTrue(holds("stage = :t OR stage = :f AND stage = :f", tf));
            // (NOT false) AND true
            assertTrue(holds("NOT stage = :f AND stage = :t", tf));
            // NOT (true) OR true... NOT applies only to the first comparison
            assertTrue(holds("NOT stage = :t OR stage = :t", tf));
            assertFalse(holds("NOT (stage = :t OR stage = :t)", tf));
        }

        @Test
        void operands_may_be_parenthesised_but_double_parentheses_are_refused() throws Exception {
            assertTrue(holds("(stage) = :t AND (size(stage)) = (:four)", item(":t", s("open"), ":four", n("4"))));
            assertTrue(holds("(stage = :t) AND ((stage = :t) OR (stage = :f))", tf));
            refused("Invalid ConditionExpression: The expression has redundant parentheses;", () -> holds("((stage = :t))", tf));
            refused("Invalid ConditionExpression: The expression has redundant parentheses;", () -> holds("((stage)) = :t", tf));
        }

        @Test
        void parentheses_override_precedence_and_keywords_ignore_case() throws Exception {
            assertFalse(holds("(stage = :t or stage = :f) and stage = :f", tf));
            assertTrue(holds("not not stage = :t", tf));
        }
    }

    @Nested
    class Functions {
        @Test
        void attribute_exists_and_not_exists_on_nested_paths() throws Exception {
            assertTrue(holds("attribute_exists(address.zip.digits)", null));
            assertTrue(holds("attribute_not_exists(address.street)", null));
            assertTrue(holds("attribute_exists(entries[0]) AND attribute_not_exists(entries[3])", null));
        }

        @Test
        void attribute_type_for_every_type() throws Exception {
            String[][] cases = {{"stage", "S"}, {"amount", "N"}, {"photo", "B"}, {"paid", "BOOL"}, {"note", "NULL"},
                    {"tags", "SS"}, {"codes", "NS"}, {"badges", "BS"}, {"entries", "L"}, {"address", "M"}};
            for (String[] c : cases) {
                assertTrue(holds("attribute_type(" + c[0] + ", :t)", item(":t", s(c[1]))), c[0]);
                assertFalse(holds("attribute_type(" + c[0] + ", :t)", item(":t", s(c[1].equals("S") ? "N" : "S"))), c[0]);
            }
        }

        @Test
        void attribute_type_refuses_unknown_type_names() {
            refused("Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: attribute_type, operand type: N",
                    () -> holds("attribute_type(stage, :t)", item(":t", n("1"))));
            refused("Invalid ConditionExpression: Invalid attribute type name found; type: STRING, valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}",
                    () -> holds("attribute_type(stage, :t)", item(":t", s("STRING"))));
        }

        @Test
        void begins_with_on_strings_and_binaries() throws Exception {
            assertTrue(holds("begins_with(pk, :p)", item(":p", s("order-"))));
            assertFalse(holds("begins_with(pk, :p)", item(":p", s("Order-"))));
            assertTrue(holds("begins_with(photo, :p)", item(":p", b("abc"))));
            assertFalse(holds("begins_with(photo, :p)", item(":p", s("abc"))), "a string prefix does not match a binary");
            assertFalse(holds("begins_with(amount, :p)", item(":p", s("2"))));
        }

        @Test
        void begins_with_refuses_a_number_operand() {
            refused("Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N",
                    () -> holds("begins_with(pk, :p)", item(":p", n("1"))));
        }

        @Test
        void contains_on_strings_sets_lists_and_binaries() throws Exception {
            assertTrue(holds("contains(stage, :v)", item(":v", s("pe"))));
            assertTrue(holds("contains(tags, :v)", item(":v", s("night"))));
            assertFalse(holds("contains(tags, :v)", item(":v", s("nig"))));
            assertTrue(holds("contains(codes, :v)", item(":v", n("2.50"))));
            assertTrue(holds("contains(badges, :v)", item(":v", b("k2"))));
            assertTrue(holds("contains(entries, :v)", item(":v", n("2"))));
            assertTrue(holds("contains(entries, :v)", item(":v", m("sku", s("X-1")))));
            assertTrue(holds("contains(photo, :v)", item(":v", b("cde"))));
            assertFalse(holds("contains(amount, :v)", item(":v", n("2"))));
        }

        @Test
        void size_per_type() throws Exception {
            assertTrue(holds("size(stage) = :v", item(":v", n("4"))));
            var accented = item("word", s("café\uD83D\uDE00"));
            assertTrue(Expressions.parseCondition("size(word) = :v", new ExpressionContext(null, item(":v", n("9"))), "FilterExpression")
                    .test(accented), "string size counts UTF-8 bytes: c a f (3) + é (2) + emoji (4)");
            assertTrue(holds("size(photo) = :v", item(":v", n("6"))));
            assertTrue(holds("size(tags) = :v AND size(codes) = :v AND size(badges) = :v", item(":v", n("2"))));
            assertTrue(holds("size(entries) = :v", item(":v", n("3"))));
            assertTrue(holds("size(address) > :v", item(":v", n("1"))));
            assertFalse(holds("size(amount) >= :v", item(":v", n("0"))), "size of a number does not exist");
            assertFalse(holds("size(absent) >= :v", item(":v", n("0"))));
            assertTrue(holds("size(stage) BETWEEN :a AND :b", item(":a", n("1"), ":b", n("9"))));
        }

        @Test
        void function_misuse_is_refused() {
            refused("Invalid ConditionExpression: Invalid function name; function: Begins_With",
                    () -> holds("Begins_With(pk, :p)", item(":p", s("o"))));
            refused("Invalid ConditionExpression: Invalid function name; function: if_not_exists",
                    () -> holds("if_not_exists(pk, :p) = :p", item(":p", s("o"))));
            refused("Invalid ConditionExpression: Incorrect number of operands for operator or function; operator or function: attribute_exists, number of operands: 2",
                    () -> holds("attribute_exists(pk, stage)", null));
            refused("Invalid ConditionExpression: Operator or function requires a document path; operator or function: attribute_exists",
                    () -> holds("attribute_exists(:p)", item(":p", s("o"))));
            refused("Invalid ConditionExpression: The function is not allowed to be used this way in an expression; function: size",
                    () -> holds("size(stage)", null));
            refused("Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: size, operand type: N",
                    () -> holds("size(:n) > :n", item(":n", n("1"))));
            refused("Invalid ConditionExpression: The function is not allowed to be used this way in an expression; function: attribute_exists",
                    () -> holds("contains(attribute_exists(pk), :p)", item(":p", s("o"))));
            refused("Invalid ConditionExpression: The function is not allowed to be used this way in an expression; function: attribute_exists",
                    () -> holds("attribute_exists(pk) = :p", item(":p", bool(true))));
        }
    }

    @Nested
    class UnusedPlaceholders {
        @Test
        void unused_names_then_unused_values_are_refused_after_all_expressions_parsed() throws Exception {
            ExpressionContext ctx = new ExpressionContext(names("#s", "stage", "#unused", "x"), item(":v", s("open"), ":w", s("y")));
            Expressions.parseCondition("#s = :v", ctx, "ConditionExpression");
            refused("Value provided in ExpressionAttributeNames unused in expressions: keys: {#unused}", ctx::checkAllUsed);

            ExpressionContext values = new ExpressionContext(names("#s", "stage"), item(":v", s("open"), ":w", s("y"), ":z", s("z")));
            Expressions.parseCondition("#s = :v", values, "ConditionExpression");
            refused("Value provided in ExpressionAttributeValues unused in expressions: keys: {:w, :z}", values::checkAllUsed);
        }

        @Test
        void placeholders_used_by_any_expression_of_the_request_count_as_used() throws Exception {
            ExpressionContext ctx = new ExpressionContext(names("#s", "stage", "#a", "amount"), item(":v", s("open")));
            Expressions.parseCondition("#s = :v", ctx, "ConditionExpression");
            Expressions.parseProjection("#a", ctx);
            ctx.checkAllUsed();
        }
    }
}
