package nl.doorbraak.localcloud.dynamodb.partiql;

import nl.doorbraak.localcloud.dynamodb.expr.ExpressionContext;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.Map;

/**
 * A parsed PartiQL statement, its WHERE clause and SET/REMOVE clauses translated into DynamoDB's expression language
 * (identifiers become {@code #n} names, literals and {@code ?} parameters become {@code :v} values) so the expression
 * package evaluates them.
 */
public sealed interface Statement {
    String table();

    /** {@code SELECT * | paths FROM "table"[."index"] [WHERE ...]}; projection and where may be null. */
    record Select(String table, String index, String projection, String where, ExpressionContext ctx,
                  Map<String, AttributeValue> keyEqualities, boolean descending) implements Statement {}

    /** {@code EXISTS(SELECT ...)} in a transaction: a condition check that some item matches. */
    record Exists(Select select) implements Statement {
        public String table() { return select.table(); }
    }

    /** {@code INSERT INTO "table" VALUE {...}}. */
    record Insert(String table, Map<String, AttributeValue> item) implements Statement {}

    /** {@code UPDATE "table" SET ... REMOVE ... WHERE key = ... [AND condition]}. */
    record Update(String table, String update, String where, ExpressionContext ctx,
                  Map<String, AttributeValue> keyEqualities, String returning) implements Statement {}

    /** {@code DELETE FROM "table" WHERE key = ... [AND condition]}. */
    record Delete(String table, String where, ExpressionContext ctx, Map<String, AttributeValue> keyEqualities,
                  String returning) implements Statement {}

}
