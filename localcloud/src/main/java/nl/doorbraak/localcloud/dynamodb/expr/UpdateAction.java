package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

/** One action of an update expression's SET, REMOVE, ADD or DELETE clause. */
public sealed interface UpdateAction {
    DocumentPath path();

    /** {@code SET path = value}, value an operand, {@code a + b}, {@code a - b}, if_not_exists or list_append. */
    record Set(DocumentPath path, Operand value) implements UpdateAction {}

    /** {@code REMOVE path}. */
    record Remove(DocumentPath path) implements UpdateAction {}

    /** {@code ADD path :value} (a number to add, or a set to merge). */
    record Add(DocumentPath path, AttributeValue value) implements UpdateAction {}

    /** {@code DELETE path :set} (elements to take out of a set). */
    record Delete(DocumentPath path, AttributeValue value) implements UpdateAction {}
}
