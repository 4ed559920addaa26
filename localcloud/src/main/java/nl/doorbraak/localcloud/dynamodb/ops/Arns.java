package nl.doorbraak.localcloud.dynamodb.ops;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;
import nl.doorbraak.localcloud.dynamodb.engine.Table;

/** Resolves a table ARN (tagging API) to the table. */
final class Arns {
    private Arns() {}

    static Table table(DynamoDbEngine engine, String arn) throws DynamoDbError {
        if (!arn.startsWith("arn:aws:dynamodb:") || !arn.contains(":table/")) {
            throw DynamoDbError.validation("Invalid TableArn: Invalid ResourceArn provided as input " + arn);
        }
        Table t = engine.table(Tables.name(arn));
        if (t == null) throw DynamoDbError.resourceNotFound("Requested resource not found: ResourceArn: " + arn + " not found");
        return t;
    }
}
