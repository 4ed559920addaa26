package nl.doorbraak.localcloud.dynamodb.partiql;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;

/** PartiQL errors as DynamoDB words them. */
final class PartiqlErrors {
    private PartiqlErrors() {}

    static DynamoDbError syntax(String detail) {
        return DynamoDbError.validation("Statement wasn't well formed, can't be processed: " + detail);
    }

    static DynamoDbError unsupported(String detail) {
        return DynamoDbError.validation("Unsupported operation: " + detail);
    }
}
