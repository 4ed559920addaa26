package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.doorbraak.localcloud.dynamodb.expr.Av.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Condition and filter expressions DynamoDB refuses, with its wording. */
class ConditionExpressionErrorsTest {
    private static final Map<String, AttributeValue> ORDER = item("pk", s("order-1"), "amount", n("250.5"));

    private static boolean holds(String expr, Map<String, AttributeValue> values) throws DynamoDbError {
        return Expressions.parseCondition(expr, new ExpressionContext(null, values), "ConditionExpression").test(ORDER);
    }

    @Test
    void syntax_errors_show_the_token_and_its_neighbours() {
        refused("Invalid ConditionExpression: Syntax error; token: \"=\", near: \"= =\"",
                () -> holds("= = :v", item(":v", s("x"))));
        refused("Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"= \"",
                () -> holds("a = ", null));
        refused("Invalid ConditionExpression: Syntax error; token: \"AND\", near: \"AND AND b\"",
                () -> holds("a = :v AND AND b = :v", item(":v", s("x"))));
        refused("Invalid ConditionExpression: Syntax error; token: \"_\", near: \"AND __\"",
                () -> holds("a = :v AND __typename = :v", item(":v", s("x"))));
        refused("Invalid FilterExpression: Syntax error; token: \"!\", near: \"a !=\"",
                () -> Expressions.parseCondition("a != :v", new ExpressionContext(null, item(":v", s("x"))), "FilterExpression"));
    }

    @Test
    void expressions_are_limited_to_4_kilobytes() throws Exception {
        String clause = " OR amount = :v";
        String ok = "amount = :v" + clause.repeat((4096 - 11) / clause.length());
        assertTrue(ok.length() <= 4096);
        assertTrue(holds(ok, item(":v", n("250.5"))));
        String tooLong = "amount = :v" + clause.repeat(300);
        refused("Invalid ConditionExpression: Expression size has exceeded the maximum allowed size; expression size: " + tooLong.length(),
                () -> holds(tooLong, item(":v", n("1"))));
    }

    @Test
    void empty_expression() {
        refused("Invalid ConditionExpression: The expression can not be empty;", () -> holds("  ", null));
    }

    @Test
    void reserved_words_must_be_aliased_wherever_they_appear_in_a_path() {
        refused("Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: status",
                () -> holds("status = :v", item(":v", s("x"))));
        refused("Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: Name",
                () -> holds("address.Name = :v", item(":v", s("x"))));
        assertEquals(573, ReservedWords.count());
    }

    @Test
    void undefined_names_and_values() {
        refused("Invalid ConditionExpression: An expression attribute name used in the document path is not defined; attribute name: #x",
                () -> holds("#x = :v", item(":v", s("x"))));
        refused("Invalid ConditionExpression: An expression attribute value used in expression is not defined; attribute value: :w",
                () -> holds("a = :w", item(":v", s("x"))));
    }

    @Test
    void problems_are_reported_by_kind_not_by_position() {
        // an unknown function outranks a reserved word before it; a reserved word outranks an undefined value
        refused("Invalid ConditionExpression: Invalid function name; function: nope",
                () -> holds("status = :v AND nope(pk)", item(":v", s("x"))));
        refused("Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: status",
                () -> holds("pk = :undefined AND status = :v", item(":v", s("x"))));
        refused("Invalid ConditionExpression: An expression attribute value used in expression is not defined; attribute value: :undefined",
                () -> holds("attribute_exists(pk, pk) AND pk = :undefined", null));
    }

    @Test
    void a_syntax_error_anywhere_wins_over_a_reserved_word_earlier() {
        refused("Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"AND\"",
                () -> holds("status = :v AND", item(":v", s("x"))));
    }
    }
