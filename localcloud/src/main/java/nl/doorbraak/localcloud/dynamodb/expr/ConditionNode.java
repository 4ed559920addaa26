package nl.doorbraak.localcloud.dynamodb.expr;

import java.util.List;

/** The syntax tree of a condition (ConditionExpression, FilterExpression, key conditions, legacy Expected). */
public sealed interface ConditionNode {

    record Compare(Comparator op, Operand left, Operand right) implements ConditionNode {}

    record Between(Operand value, Operand low, Operand high) implements ConditionNode {}

    record In(Operand value, List<Operand> candidates) implements ConditionNode {
        public In { candidates = List.copyOf(candidates); }
    }

    record And(ConditionNode left, ConditionNode right) implements ConditionNode {}

    record Or(ConditionNode left, ConditionNode right) implements ConditionNode {}

    record Not(ConditionNode inner) implements ConditionNode {}

    record AttributeExists(DocumentPath path) implements ConditionNode {}

    record AttributeNotExists(DocumentPath path) implements ConditionNode {}

    record AttributeType(DocumentPath path, Operand type) implements ConditionNode {}

    record BeginsWith(Operand value, Operand prefix) implements ConditionNode {}

    record Contains(Operand value, Operand operand) implements ConditionNode {}

    /** Always true; used for an empty legacy condition map. */
    record True() implements ConditionNode {}
}
