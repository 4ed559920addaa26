package nl.doorbraak.localcloud.dynamodb.expr;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.doorbraak.localcloud.dynamodb.expr.Av.*;

class ExpressionContextTest {

    @Test
    void well_formed_placeholders_pass() throws Exception {
        new ExpressionContext(names("#a_1", "x"), item(":v_2", s("y"))).validatePlaceholders();
        new ExpressionContext(null, null).validatePlaceholders();
    }

    @Test
    void malformed_keys_and_empty_maps_are_refused() {
        refused("ExpressionAttributeNames contains invalid key: Syntax error; key: \"#sry-\"",
                () -> new ExpressionContext(names("#sry-", "x"), null).validatePlaceholders());
        refused("ExpressionAttributeNames contains invalid key: Syntax error; key: \"a\"",
                () -> new ExpressionContext(names("a", "x"), null).validatePlaceholders());
        refused("ExpressionAttributeValues contains invalid key: Syntax error; key: \"v\"",
                () -> new ExpressionContext(null, item("v", s("x"))).validatePlaceholders());
        refused("ExpressionAttributeNames must not be empty", () -> new ExpressionContext(Map.of(), null).validatePlaceholders());
        refused("ExpressionAttributeValues must not be empty", () -> new ExpressionContext(null, Map.of()).validatePlaceholders());
    }

    @Test
    void the_first_parse_of_a_request_validates_the_placeholder_keys() {
        refused("ExpressionAttributeValues contains invalid key: Syntax error; key: \"v\"",
                () -> Expressions.parseCondition("a = :w", new ExpressionContext(null, item("v", s("x"), ":w", s("y"))), "ConditionExpression"));
    }
}
