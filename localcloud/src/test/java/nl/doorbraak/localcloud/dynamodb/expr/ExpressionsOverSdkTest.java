package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.LocalDynamo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.util.List;
import java.util.Map;

import static nl.doorbraak.localcloud.dynamodb.LocalDynamo.n;
import static nl.doorbraak.localcloud.dynamodb.LocalDynamo.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The expression language end to end: the unmodified SDK v2 client against the engine over loopback HTTP. */
class ExpressionsOverSdkTest {
    private static LocalDynamo local;

    @BeforeAll
    static void start() throws Exception {
        local = LocalDynamo.inMemory();
        local.createTable("budgets", "pk", null, null);
        local.createTable("ledger", "pk", "sk", ScalarAttributeType.S);
    }

    @AfterAll
    static void stop() throws Exception {
        local.close();
    }

    private static UpdateItemRequest debit(String budget, String amount) {
        return UpdateItemRequest.builder().tableName("budgets").key(Map.of("pk", s(budget)))
                .updateExpression("SET balance = balance - :amt, debits = list_append(if_not_exists(debits, :none), :entry)")
                .conditionExpression("attribute_exists(pk) AND balance >= :amt")
                .expressionAttributeValues(Map.of(":amt", n(amount), ":none", AttributeValue.fromL(List.of()),
                        ":entry", AttributeValue.fromL(List.of(n(amount)))))
                .returnValues(ReturnValue.ALL_NEW).build();
    }

    @Test
    void a_conditional_debit_applies_exactly_and_refuses_an_overdraft() {
        local.client.putItem(b -> b.tableName("budgets").item(Map.of("pk", s("team-1"), "balance", n("100.10"))));

        var first = local.client.updateItem(debit("team-1", "60.05"));
        assertEquals("40.05", first.attributes().get("balance").n());
        assertEquals(List.of(n("60.05")), first.attributes().get("debits").l());

        assertThrows(ConditionalCheckFailedException.class, () -> local.client.updateItem(debit("team-1", "40.06")));
        assertThrows(ConditionalCheckFailedException.class, () -> local.client.updateItem(debit("no-such-team", "1")));

        var item = local.client.getItem(b -> b.tableName("budgets").key(Map.of("pk", s("team-1"))).consistentRead(true)).item();
        assertEquals("40.05", item.get("balance").n());
        assertEquals(1, item.get("debits").l().size());
    }

    @Test
    void query_with_key_condition_filter_and_nested_projection() {
        for (String[] row : new String[][]{{"2026-01-05", "hotel", "90"}, {"2026-01-09", "train", "30"}, {"2026-02-01", "hotel", "120"}}) {
            local.client.putItem(b -> b.tableName("ledger").item(Map.of("pk", s("case-7"), "sk", s(row[0]),
                    "measure", AttributeValue.fromM(Map.of("kind", s(row[1]), "cost", n(row[2]))))));
        }
        QueryResponse r = local.client.query(b -> b.tableName("ledger")
                .keyConditionExpression("pk = :pk AND begins_with(sk, :month)")
                .filterExpression("#m.kind IN (:hotel, :taxi) AND #m.cost BETWEEN :lo AND :hi")
                .projectionExpression("sk, #m.cost")
                .expressionAttributeNames(Map.of("#m", "measure"))
                .expressionAttributeValues(Map.of(":pk", s("case-7"), ":month", s("2026-01"), ":hotel", s("hotel"),
                        ":taxi", s("taxi"), ":lo", n("50"), ":hi", n("100"))));
        assertEquals(2, r.scannedCount());
        assertEquals(List.of(Map.of("sk", s("2026-01-05"), "measure", AttributeValue.fromM(Map.of("cost", n("90"))))), r.items());
    }

    @Test
    void clients_see_dynamodb_wording_for_expression_errors() {
        assertEquals("Invalid UpdateExpression: Syntax error; token: \"balance\", near: \"balance balance\"",
                refusal(b -> b.updateExpression("SET balance = balance balance")));
        assertEquals("Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: status",
                refusal(b -> b.updateExpression("SET status = :v").expressionAttributeValues(Map.of(":v", s("x")))));
        assertEquals("Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; "
                        + "path one: [a], path two: [a, b]",
                refusal(b -> b.updateExpression("SET a = :v, a.b = :v").expressionAttributeValues(Map.of(":v", s("x")))));
        assertEquals("Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}",
                refusal(b -> b.updateExpression("SET a = :v").expressionAttributeValues(Map.of(":v", s("x"), ":unused", s("y")))));
        assertEquals("Invalid ConditionExpression: An expression attribute name used in the document path is not defined; attribute name: #x",
                refusal(b -> b.updateExpression("SET a = :v").conditionExpression("#x = :v").expressionAttributeValues(Map.of(":v", s("x")))));
    }

    private static String refusal(java.util.function.Consumer<UpdateItemRequest.Builder> request) {
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> local.client.updateItem(b -> {
            b.tableName("budgets").key(Map.of("pk", s("team-2")));
            request.accept(b);
        }));
        assertEquals("ValidationException", e.awsErrorDetails().errorCode());
        return e.awsErrorDetails().errorMessage();
    }
}
