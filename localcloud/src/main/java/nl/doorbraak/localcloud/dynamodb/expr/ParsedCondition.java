package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** A parsed condition or filter, ready to test items. */
public record ParsedCondition(ConditionNode root) implements Expressions.Condition {
    @Override
    public boolean test(Map<String, AttributeValue> item) {
        return ConditionEvaluator.test(root, item);
    }

    /** The top-level attributes the condition reads (e.g. to refuse key attributes in a Query's FilterExpression). */
    public Set<String> topLevelAttributes() {
        Set<String> out = new LinkedHashSet<>();
        collect(root, out);
        return out;
    }

    private static void collect(ConditionNode n, Set<String> out) {
        switch (n) {
            case ConditionNode.Compare c -> { operand(c.left(), out); operand(c.right(), out); }
            case ConditionNode.Between b -> { operand(b.value(), out); operand(b.low(), out); operand(b.high(), out); }
            case ConditionNode.In in -> { operand(in.value(), out); in.candidates().forEach(o -> operand(o, out)); }
            case ConditionNode.And a -> { collect(a.left(), out); collect(a.right(), out); }
            case ConditionNode.Or o -> { collect(o.left(), out); collect(o.right(), out); }
            case ConditionNode.Not x -> collect(x.inner(), out);
            case ConditionNode.AttributeExists e -> out.add(e.path().head());
            case ConditionNode.AttributeNotExists e -> out.add(e.path().head());
            case ConditionNode.AttributeType t -> out.add(t.path().head());
            case ConditionNode.BeginsWith b -> { operand(b.value(), out); operand(b.prefix(), out); }
            case ConditionNode.Contains c -> { operand(c.value(), out); operand(c.operand(), out); }
            case ConditionNode.True t -> { }
        }
    }

    private static void operand(Operand o, Set<String> out) {
        if (o instanceof Operand.Path p) out.add(p.path().head());
        if (o instanceof Operand.Size s) out.add(s.path().head());
    }
}
