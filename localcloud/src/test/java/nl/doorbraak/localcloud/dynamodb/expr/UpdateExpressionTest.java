package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static nl.doorbraak.localcloud.dynamodb.expr.Av.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class UpdateExpressionTest {
    private static final Map<String, AttributeValue> BUDGET = item(
            "pk", s("budget-1"),
            "balance", n("500"),
            "label", s("noodfonds"),
            "tags", ss("a", "b"),
            "codes", ns("1", "2"),
            "badges", bs("x", "y"),
            "ledger", l(n("10"), n("20"), n("30"), n("40")),
            "meta", m("holder", s("team-7"), "limits", m("daily", n("100"))));

    private static Map<String, AttributeValue> update(String expr, Object... values) throws DynamoDbError {
        return update(BUDGET, expr, null, values);
    }

    private static Map<String, AttributeValue> update(Map<String, AttributeValue> item, String expr, Map<String, String> names,
                                                      Object... values) throws DynamoDbError {
        return Expressions.parseUpdate(expr, new ExpressionContext(names, item(values))).apply(item);
    }

    @Nested
    class Set_ {
        @Test
        void sets_top_level_and_nested_attributes_and_leaves_the_original_untouched() throws Exception {
            Map<String, AttributeValue> out = update(BUDGET, "SET label = :l, meta.limits.weekly = :w, meta.#o = :o", names("#o", "holder"),
                    ":l", s("nieuw"), ":w", n("700"), ":o", s("team-8"));
            assertEquals(s("nieuw"), out.get("label"));
            assertEquals(m("holder", s("team-8"), "limits", m("daily", n("100"), "weekly", n("700"))), out.get("meta"));
            assertEquals(s("noodfonds"), BUDGET.get("label"));
        }

        @Test
        void arithmetic_with_plus_and_minus_is_exact() throws Exception {
            assertEquals(n("499.99"), update("SET balance = balance - :d", ":d", n("0.01")).get("balance"));
            assertEquals(n("600"), update("SET balance = :d + balance", ":d", n("100")).get("balance"));
            assertEquals(n("0.3"), update(item(), "SET x = :a + :b", null, ":a", n("0.1"), ":b", n("0.2")).get("x"));
        }

        @Test
        void if_not_exists_and_list_append_compose() throws Exception {
            assertEquals(n("500"), update("SET balance = if_not_exists(balance, :z)", ":z", n("0")).get("balance"));
            assertEquals(n("1"), update("SET visits = if_not_exists(visits, :z) + :one", ":z", n("0"), ":one", n("1")).get("visits"));
            assertEquals(l(n("10"), n("20"), n("30"), n("40"), n("50")), update("SET ledger = list_append(ledger, :e)", ":e", l(n("50"))).get("ledger"));
            assertEquals(l(n("0"), n("10"), n("20"), n("30"), n("40")), update("SET ledger = list_append(:e, ledger)", ":e", l(n("0"))).get("ledger"));
            assertEquals(l(s("first")), update("SET notes = list_append(if_not_exists(notes, :empty), :n)", ":empty", l(), ":n", l(s("first"))).get("notes"));
        }

        @Test
        void all_operands_read_the_item_as_it_was_before_the_update() throws Exception {
            Map<String, AttributeValue> out = update(item("a", n("1"), "b", n("2")), "SET a = b, b = a", null);
            assertEquals(item("a", n("2"), "b", n("1")), out);
        }

        @Test
        void a_list_index_past_the_end_appends() throws Exception {
            assertEquals(l(n("10"), n("20"), n("30"), n("40"), n("99")), update("SET ledger[10] = :v", ":v", n("99")).get("ledger"));
            assertEquals(l(n("10"), n("21"), n("30"), n("40")), update("SET ledger[1] = :v", ":v", n("21")).get("ledger"));
        }

        @Test
        void an_update_of_a_missing_item_starts_from_nothing() throws Exception {
            assertEquals(item("count", n("1")), Expressions.parseUpdate("SET #c = :one",
                    new ExpressionContext(names("#c", "count"), item(":one", n("1")))).apply(null));
        }

        @Test
        void a_value_may_be_parenthesised() throws Exception {
            assertEquals(n("510"), update("SET balance = (balance + :d)", ":d", n("10")).get("balance"));
            assertEquals(n("510"), update("SET balance = (balance) + (:d)", ":d", n("10")).get("balance"));
        }

        @Test
        void runtime_errors() {
            refused("The document path provided in the update expression is invalid for update",
                    () -> update("SET absent.nested.deep = :v", ":v", s("x")));
            refused("The document path provided in the update expression is invalid for update",
                    () -> update("SET label.part = :v", ":v", s("x")));
            refused("The document path provided in the update expression is invalid for update",
                    () -> update("SET meta[0] = :v", ":v", s("x")));
            refused("The provided expression refers to an attribute that does not exist in the item",
                    () -> update("SET x = absent + :v", ":v", n("1")));
            refused("Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: +, operand type: S",
                    () -> update("SET x = label + :v", ":v", n("1")));
            refused("Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: -, operand type: L",
                    () -> update("SET x = balance - ledger"));
            refused("Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: +, operand type: L",
                    () -> update("SET calls = if_not_exists(calls, :empty) + :one", ":empty", l(), ":one", n("1")));
            refused("Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: list_append, operand type: S",
                    () -> update("SET x = list_append(label, :v)", ":v", l()));
            refused("Number overflow. Attempting to store a number with magnitude larger than supported range",
                    () -> update("SET x = :a + :a", ":a", n("9E+125")));
            refused("Attempting to store more than 38 significant digits in a Number",
                    () -> update("SET x = :a + :b", ":a", n("1E+30"), ":b", n("0.000000001")));
        }

        @Test
        void parse_time_operand_checks() {
            refused("Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: +, operand type: S",
                    () -> update("SET x = balance + :v", ":v", s("1")));
            refused("Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: list_append, operand type: N",
                    () -> update("SET x = list_append(ledger, :v)", ":v", n("1")));
            refused("Invalid UpdateExpression: Operator or function requires a document path; operator or function: if_not_exists",
                    () -> update("SET x = if_not_exists(:v, :v)", ":v", n("1")));
            refused("Invalid UpdateExpression: Invalid function name; function: concat",
                    () -> update("SET x = concat(ledger, :v)", ":v", n("1")));
            refused("Invalid UpdateExpression: Invalid function name; function: size",
                    () -> update("SET x = size(ledger)"));
            refused("Invalid UpdateExpression: Incorrect number of operands for operator or function; operator or function: if_not_exists, number of operands: 1",
                    () -> update("SET x = if_not_exists(x)"));
        }
    }

    @Nested
    class Remove {
        @Test
        void removes_attributes_nested_values_and_list_elements() throws Exception {
            Map<String, AttributeValue> out = update("REMOVE label, meta.holder, ledger[1], ledger[3]");
            assertFalse(out.containsKey("label"));
            assertEquals(m("limits", m("daily", n("100"))), out.get("meta"));
            assertEquals(l(n("10"), n("30")), out.get("ledger"), "indexes refer to the list before the update");
        }

        @Test
        void a_missing_last_step_and_an_index_past_the_end_are_ignored() throws Exception {
            assertEquals(BUDGET, update("REMOVE absent, ledger[9], meta.absent, label.part"));
        }

        @Test
        void a_path_through_something_missing_or_not_a_list_is_invalid() {
            refused("The document path provided in the update expression is invalid for update", () -> update("REMOVE absent.deeper"));
            refused("The document path provided in the update expression is invalid for update", () -> update("REMOVE meta.absent.deeper"));
            refused("The document path provided in the update expression is invalid for update", () -> update("REMOVE label[0]"));
            refused("The document path provided in the update expression is invalid for update", () -> update("DELETE absent.tagset :s", ":s", ss("a")));
        }
    }

    @Nested
    class Add {
        @Test
        void adds_to_numbers_and_creates_missing_ones() throws Exception {
            assertEquals(n("450"), update("ADD balance :d", ":d", n("-50")).get("balance"));
            assertEquals(n("3"), update("ADD hits :d", ":d", n("3")).get("hits"));
            assertEquals(n("101"), update("ADD meta.limits.daily :d", ":d", n("1")).get("meta") instanceof AttributeValue.M mm
                    ? mm.value().get("limits") instanceof AttributeValue.M lim ? lim.value().get("daily") : null : null);
        }

        @Test
        void merges_sets_of_the_same_type() throws Exception {
            assertEquals(Set.of("a", "b", "c"), ((AttributeValue.SS) update("ADD tags :t", ":t", ss("b", "c")).get("tags")).value());
            assertEquals(ns("1", "2", "3"), update("ADD codes :t", ":t", ns("3", "2.0")).get("codes"));
            assertEquals(bs("x", "y", "z"), update("ADD badges :t", ":t", bs("z")).get("badges"));
            assertEquals(ss("new"), update("ADD fresh :t", ":t", ss("new")).get("fresh"));
        }

        @Test
        void refuses_operands_that_are_not_numbers_or_sets() {
            refused("Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, operand type: STRING, typeSet: ALLOWED_FOR_ADD_OPERAND",
                    () -> update("ADD label :v", ":v", s("x")));
            refused("Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, operand type: LIST, typeSet: ALLOWED_FOR_ADD_OPERAND",
                    () -> update("ADD label :v", ":v", l()));
            refused("An operand in the update expression has an incorrect data type", () -> update("ADD label :v", ":v", n("1")));
            refused("An operand in the update expression has an incorrect data type", () -> update("ADD tags :v", ":v", ns("1")));
        }
    }

    @Nested
    class Delete {
        @Test
        void takes_elements_out_of_sets_and_drops_an_emptied_set() throws Exception {
            assertEquals(ss("b"), update("DELETE tags :t", ":t", ss("a", "zz")).get("tags"));
            assertEquals(ns("2"), update("DELETE codes :t", ":t", ns("1.00")).get("codes"));
            assertFalse(update("DELETE badges :t", ":t", bs("x", "y")).containsKey("badges"));
            assertEquals(BUDGET, update("DELETE absent :t", ":t", ss("a")));
        }

        @Test
        void refuses_non_set_operands_and_mismatched_sets() {
            refused("Invalid UpdateExpression: Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER, typeSet: ALLOWED_FOR_DELETE_OPERAND",
                    () -> update("DELETE codes :v", ":v", n("1")));
            refused("An operand in the update expression has an incorrect data type", () -> update("DELETE tags :v", ":v", ns("1")));
        }
    }

    @Nested
    class Structure {
        @Test
        void clauses_combine_in_any_order_and_case() throws Exception {
            Map<String, AttributeValue> out = update("remove label add balance :d set meta.holder = :o delete tags :t",
                    ":d", n("1"), ":o", s("me"), ":t", ss("a"));
            assertFalse(out.containsKey("label"));
            assertEquals(n("501"), out.get("balance"));
            assertEquals(ss("b"), out.get("tags"));
        }

        @Test
        void top_level_attributes_lists_every_touched_attribute() throws Exception {
            var u = Expressions.parseUpdate("SET a.b = :v, c = :v REMOVE d[0] ADD e :n DELETE f :s",
                    new ExpressionContext(null, item(":v", s("x"), ":n", n("1"), ":s", ss("q"))));
            assertEquals(Set.of("a", "c", "d", "e", "f"), u.topLevelAttributes());
        }

        @Test
        void updated_paths_give_the_updated_old_and_new_values() throws Exception {
            var u = Expressions.parseUpdate("SET meta.limits.daily = :v, label = :l REMOVE ledger[0]",
                    new ExpressionContext(null, item(":v", n("5"), ":l", s("x"))));
            assertEquals(item("meta", m("limits", m("daily", n("100"))), "label", s("noodfonds"), "ledger", l(n("10"))),
                    u.updatedPaths().apply(BUDGET));
            assertEquals(item("meta", m("limits", m("daily", n("5"))), "label", s("x"), "ledger", l(n("20"))),
                    u.updatedPaths().apply(u.apply(BUDGET)));
        }

        @Test
        void each_clause_at_most_once() {
            refused("Invalid UpdateExpression: The \"SET\" section can only be used once in an update expression;",
                    () -> update("SET a = :v SET b = :v", ":v", s("x")));
            refused("Invalid UpdateExpression: The \"REMOVE\" section can only be used once in an update expression;",
                    () -> update("REMOVE a REMOVE b"));
        }

        @Test
        void overlapping_and_conflicting_paths() {
            refused("Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]",
                    () -> update("SET a = :v, a.b = :v", ":v", s("x")));
            refused("Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [ledger], path two: [ledger]",
                    () -> update("SET ledger = :v REMOVE ledger", ":v", s("x")));
            refused("Invalid UpdateExpression: Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [meta, holder], path two: [meta, [0]]",
                    () -> update("SET meta.holder = :v REMOVE meta[0]", ":v", s("x")));
        }

        @Test
        void problems_are_reported_by_kind() {
            refused("Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: name",
                    () -> update("SET a = nope(b), name = :v", ":v", s("x")));
            refused("Invalid UpdateExpression: An expression attribute name used in the document path is not defined; attribute name: #n",
                    () -> update("SET a = :undefined, #n = :v", ":v", s("x")));
            refused("Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]",
                    () -> update("ADD b :s SET a = :v, a = :v", ":v", s("x"), ":s", s("y")));
        }

        @Test
        void syntax_and_placeholder_errors() {
            refused("Invalid UpdateExpression: Syntax error; token: \"INVALID\", near: \"INVALID SYNTAX\"",
                    () -> update("INVALID SYNTAX HERE", ":v", s("val")));
            refused("Invalid UpdateExpression: Syntax error; token: \"1\", near: \"VALUE 1\"",
                    () -> update("SET path = VALUE 1"));
            refused("Invalid UpdateExpression: Syntax error; token: \":\", near: \"hits : incr\"",
                    () -> update("ADD hits : incr", ":incr", n("1")));
            refused("Invalid UpdateExpression: Syntax error; token: \"+\", near: \":b + :c\"",
                    () -> update("SET a = :a + :b + :c", ":a", n("1"), ":b", n("1"), ":c", n("1")));
            refused("Invalid UpdateExpression: Syntax error; token: \"<EOF>\", near: \"SET\"",
                    () -> update("SET"));
            refused("Invalid UpdateExpression: Syntax error; token: \":v\", near: \"a :v\"",
                    () -> update("SET a :v", ":v", s("x")));
            refused("Invalid UpdateExpression: An expression attribute value used in expression is not defined; attribute value: :v",
                    () -> update("SET attr1 = :v"));
            refused("Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: status",
                    () -> update("SET status = :s, name = :n", ":s", s("x"), ":n", s("y")));
            refused("Invalid UpdateExpression: The expression can not be empty;", () -> update(""));
        }
    }
}
