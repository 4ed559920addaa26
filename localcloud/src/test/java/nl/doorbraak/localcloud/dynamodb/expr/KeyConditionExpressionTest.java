package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import org.junit.jupiter.api.Test;

import static nl.doorbraak.localcloud.dynamodb.expr.Av.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyConditionExpressionTest {

    private static KeyConditionSpec parse(String expr, Object... values) throws DynamoDbError {
        return Expressions.parseKeyCondition(expr, new ExpressionContext(names("#p", "pk"), item(values)), "pk", "sk");
    }

    @Test
    void partition_key_equality_alone() throws Exception {
        KeyConditionSpec k = parse("#p = :v", ":v", s("user-1"));
        assertEquals("pk", k.partitionKeyName());
        assertEquals(s("user-1"), k.partitionKeyValue());
        assertTrue(k.sortKeyName().isEmpty());
        assertTrue(k.sortKeyCondition().isEmpty());
    }

    @Test
    void every_sort_key_operator_yields_a_testable_condition() throws Exception {
        var it = item("pk", s("u"), "sk", s("2024-05"));
        assertTrue(parse("pk = :p AND sk = :s", ":p", s("u"), ":s", s("2024-05")).sortKeyCondition().orElseThrow().test(it));
        assertTrue(parse("pk = :p AND sk < :s", ":p", s("u"), ":s", s("2025")).sortKeyCondition().orElseThrow().test(it));
        assertTrue(parse("pk = :p AND sk <= :s", ":p", s("u"), ":s", s("2024-05")).sortKeyCondition().orElseThrow().test(it));
        assertFalse(parse("pk = :p AND sk > :s", ":p", s("u"), ":s", s("2024-05")).sortKeyCondition().orElseThrow().test(it));
        assertTrue(parse("pk = :p AND sk >= :s", ":p", s("u"), ":s", s("2024")).sortKeyCondition().orElseThrow().test(it));
        assertTrue(parse("sk BETWEEN :a AND :b AND pk = :p", ":p", s("u"), ":a", s("2024"), ":b", s("2025")).sortKeyCondition().orElseThrow().test(it));
        KeyConditionSpec bw = parse("pk = :p AND begins_with(sk, :s)", ":p", s("u"), ":s", s("2024-"));
        assertEquals("sk", bw.sortKeyName().orElseThrow());
        assertTrue(bw.sortKeyCondition().orElseThrow().test(it));
        assertTrue(parse("(pk = :p) AND (sk = :s)", ":p", s("u"), ":s", s("2024-05")).sortKeyCondition().orElseThrow().test(it));
    }

    @Test
    void the_partition_key_must_be_present() {
        refused("Query condition missed key schema element: pk", () -> parse("sk = :v", ":v", s("val")));
    }

    @Test
    void only_equality_on_the_partition_key_and_only_key_attributes() {
        refused("Query key condition not supported", () -> parse("pk > :v", ":v", s("a")));
        refused("Query condition missed key schema element: sk", () -> parse("pk = :v AND extra = :v", ":v", s("a")));
        refused("Query key condition not supported", () -> Expressions.parseKeyCondition("pk = :v AND extra = :v",
                new ExpressionContext(null, item(":v", s("a"))), "pk", null));
        refused("Query key condition not supported", () -> parse("pk = :v AND sk.x = :v", ":v", s("a")));
        refused("Invalid KeyConditionExpression: KeyConditionExpressions must only contain one condition per key",
                () -> parse("pk = :v AND pk = :v", ":v", s("a")));
        refused("Invalid KeyConditionExpression: The expression contains more than two conditions;",
                () -> parse("pk = :v AND sk > :v AND sk < :v", ":v", s("a")));
    }

    @Test
    void operators_other_than_and_are_refused() {
        refused("Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: OR",
                () -> parse("pk = :v OR sk = :v", ":v", s("a")));
        refused("Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: NOT",
                () -> parse("pk = :v AND NOT sk = :v", ":v", s("a")));
        refused("Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: <>",
                () -> parse("pk = :v AND sk <> :v", ":v", s("a")));
        refused("Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: IN",
                () -> parse("pk = :v AND sk IN (:v)", ":v", s("a")));
        refused("Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: contains",
                () -> parse("pk = :v AND contains(sk, :v)", ":v", s("a")));
    }

    @Test
    void errors_carry_the_key_condition_parameter_name() {
        refused("Invalid KeyConditionExpression: Attribute name is a reserved keyword; reserved keyword: status",
                () -> Expressions.parseKeyCondition("status = :v", new ExpressionContext(null, item(":v", s("x"))), "status", null));
        refused("Invalid KeyConditionExpression: Syntax error; token: \"<EOF>\", near: \"AND\"",
                () -> parse("pk = :v AND", ":v", s("x")));
        refused("Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N",
                () -> parse("pk = :v AND begins_with(sk, :n)", ":v", s("x"), ":n", n("4")));
    }

    @Test
    void key_values_must_have_the_schema_types() throws Exception {
        KeyConditionSpec k = parse("pk = :p AND sk BETWEEN :a AND :b", ":p", s("u"), ":a", s("1"), ":b", s("2"));
        assertEquals(java.util.List.of(s("1"), s("2")), k.sortKeyValues());
        k.checkTypes("S", "S");
        refused("One or more parameter values were invalid: Condition parameter type does not match schema type", () -> k.checkTypes("S", "N"));
        refused("One or more parameter values were invalid: Condition parameter type does not match schema type",
                () -> parse("pk = :p", ":p", n("1")).checkTypes("S", null));
    }
}
