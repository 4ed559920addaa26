package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;
import nl.doorbraak.localcloud.dynamodb.types.DynamoNumber;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Evaluates a condition against an item. Missing attributes and values of different types make a comparison false
 * (never an error), except {@code <>}, which is true when the two sides are not equal, missing included.
 */
public final class ConditionEvaluator {
    private ConditionEvaluator() {}

    public static boolean test(ConditionNode node, Map<String, AttributeValue> item) {
        return switch (node) {
            case ConditionNode.True t -> true;
            case ConditionNode.And a -> test(a.left(), item) && test(a.right(), item);
            case ConditionNode.Or o -> test(o.left(), item) || test(o.right(), item);
            case ConditionNode.Not n -> !test(n.inner(), item);
            case ConditionNode.Compare c -> compare(c, item);
            case ConditionNode.Between b -> between(b, item);
            case ConditionNode.In in -> {
                Optional<AttributeValue> v = resolve(in.value(), item);
                if (v.isEmpty()) yield false;
                for (Operand o : in.candidates()) {
                    if (Values.equal(v.get(), resolve(o, item).orElse(null))) yield true;
                }
                yield false;
            }
            case ConditionNode.AttributeExists e -> e.path().get(item).isPresent();
            case ConditionNode.AttributeNotExists e -> e.path().get(item).isEmpty();
            case ConditionNode.AttributeType t -> {
                Optional<AttributeValue> v = t.path().get(item);
                Optional<AttributeValue> type = resolve(t.type(), item);
                yield v.isPresent() && type.isPresent() && type.get() instanceof AttributeValue.S s
                        && v.get().type().equals(s.value());
            }
            case ConditionNode.BeginsWith b -> {
                Optional<AttributeValue> v = resolve(b.value(), item);
                Optional<AttributeValue> p = resolve(b.prefix(), item);
                yield v.isPresent() && p.isPresent() && Values.beginsWith(v.get(), p.get());
            }
            case ConditionNode.Contains c -> {
                Optional<AttributeValue> v = resolve(c.value(), item);
                Optional<AttributeValue> o = resolve(c.operand(), item);
                yield v.isPresent() && o.isPresent() && Values.contains(v.get(), o.get());
            }
        };
    }

    private static boolean compare(ConditionNode.Compare c, Map<String, AttributeValue> item) {
        Optional<AttributeValue> l = resolve(c.left(), item);
        Optional<AttributeValue> r = resolve(c.right(), item);
        if (c.op() == Comparator.EQ) return l.isPresent() && r.isPresent() && Values.equal(l.get(), r.get());
        if (c.op() == Comparator.NE) return !(l.isPresent() && r.isPresent() && Values.equal(l.get(), r.get()));
        if (l.isEmpty() || r.isEmpty()) return false;
        OptionalInt cmp = Values.compare(l.get(), r.get());
        return cmp.isPresent() && c.op().accepts(cmp.getAsInt());
    }

    private static boolean between(ConditionNode.Between b, Map<String, AttributeValue> item) {
        Optional<AttributeValue> v = resolve(b.value(), item);
        Optional<AttributeValue> lo = resolve(b.low(), item);
        Optional<AttributeValue> hi = resolve(b.high(), item);
        if (v.isEmpty() || lo.isEmpty() || hi.isEmpty()) return false;
        OptionalInt a = Values.compare(lo.get(), v.get());
        OptionalInt z = Values.compare(v.get(), hi.get());
        return a.isPresent() && z.isPresent() && a.getAsInt() <= 0 && z.getAsInt() <= 0;
    }

    /** The value of a condition operand in the item; empty when the path is missing or size() does not apply. */
    static Optional<AttributeValue> resolve(Operand o, Map<String, AttributeValue> item) {
        return switch (o) {
            case Operand.Path p -> p.path().get(item);
            case Operand.Value v -> Optional.ofNullable(v.value());
            case Operand.Size s -> s.path().get(item).flatMap(v -> {
                OptionalInt n = Values.size(v);
                return n.isPresent()
                        ? Optional.of((AttributeValue) new AttributeValue.N(new DynamoNumber(BigDecimal.valueOf(n.getAsInt()))))
                        : Optional.empty();
            });
            default -> Optional.empty();
        };
    }
}
