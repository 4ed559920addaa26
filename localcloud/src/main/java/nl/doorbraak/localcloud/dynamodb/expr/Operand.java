package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

/** An operand of a condition or of a SET action. */
public sealed interface Operand {

    /** A document path into the item. */
    record Path(DocumentPath path) implements Operand {}

    /** An {@code :placeholder} from ExpressionAttributeValues. */
    record Value(String placeholder, AttributeValue value) implements Operand {}

    /** {@code size(path)}. */
    record Size(DocumentPath path) implements Operand {}

    /** {@code if_not_exists(path, fallback)} (update expressions only). */
    record IfNotExists(DocumentPath path, Operand fallback) implements Operand {}

    /** {@code list_append(first, second)} (update expressions only). */
    record ListAppend(Operand first, Operand second) implements Operand {}

    /** {@code left + right} or {@code left - right} (update expressions only). */
    record Arithmetic(Operand left, boolean plus, Operand right) implements Operand {}
}
