package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;
import nl.doorbraak.localcloud.dynamodb.types.DynamoNumber;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies update actions to an item. Every operand is read from the item as it was before the update (so
 * {@code SET a = b, b = a} swaps); SET, ADD and DELETE are applied first in the order written, then REMOVE, list
 * indexes from the highest down, so indexes always refer to the list as it was.
 */
final class UpdateApplier {
    private UpdateApplier() {}

    static Map<String, AttributeValue> apply(List<UpdateAction> actions, Map<String, AttributeValue> original) throws DynamoDbError {
        Map<String, AttributeValue> before = original == null ? Map.of() : original;
        List<AttributeValue> computed = new ArrayList<>();
        for (UpdateAction a : actions) {
            computed.add(a instanceof UpdateAction.Set s ? evaluate(s.value(), before) : null);
        }
        Map<String, AttributeValue> item = new LinkedHashMap<>(before);
        List<DocumentPath> removals = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            switch (actions.get(i)) {
                case UpdateAction.Set s -> DocumentWriter.set(item, s.path(), computed.get(i));
                case UpdateAction.Remove r -> removals.add(r.path());
                case UpdateAction.Add a -> add(item, a);
                case UpdateAction.Delete d -> delete(item, d);
            }
        }
        for (DocumentPath p : removals) DocumentWriter.checkReachable(item, p);
        removals.sort(HIGHEST_INDEX_FIRST);
        for (DocumentPath p : removals) DocumentWriter.remove(item, p);
        return item;
    }

    private static final Comparator<DocumentPath> HIGHEST_INDEX_FIRST = (x, y) -> {
        int n = Math.min(x.elements().size(), y.elements().size());
        for (int i = 0; i < n; i++) {
            PathElement a = x.elements().get(i);
            PathElement b = y.elements().get(i);
            if (a instanceof PathElement.Index ia && b instanceof PathElement.Index ib && ia.index() != ib.index()) {
                return Integer.compare(ib.index(), ia.index());
            }
        }
        return 0;
    };

    /** The value of a SET operand, read from the item before the update. */
    static AttributeValue evaluate(Operand o, Map<String, AttributeValue> item) throws DynamoDbError {
        return switch (o) {
            case Operand.Value v -> v.value();
            case Operand.Path p -> p.path().get(item).orElseThrow(ExpressionErrors::missingAttribute);
            case Operand.IfNotExists f -> {
                Optional<AttributeValue> v = f.path().get(item);
                yield v.isPresent() ? v.get() : evaluate(f.fallback(), item);
            }
            case Operand.ListAppend f -> {
                AttributeValue a = evaluate(f.first(), item);
                AttributeValue b = evaluate(f.second(), item);
                if (!(a instanceof AttributeValue.L la)) throw runtimeOperandType("list_append", a);
                if (!(b instanceof AttributeValue.L lb)) throw runtimeOperandType("list_append", b);
                List<AttributeValue> joined = new ArrayList<>(la.value());
                joined.addAll(lb.value());
                yield new AttributeValue.L(joined);
            }
            case Operand.Arithmetic f -> {
                AttributeValue a = evaluate(f.left(), item);
                AttributeValue b = evaluate(f.right(), item);
                String op = f.plus() ? "+" : "-";
                if (!(a instanceof AttributeValue.N na)) throw runtimeOperandType(op, a);
                if (!(b instanceof AttributeValue.N nb)) throw runtimeOperandType(op, b);
                yield new AttributeValue.N(numeric(() -> f.plus() ? na.value().add(nb.value()) : na.value().subtract(nb.value())));
            }
            case Operand.Size s -> throw ExpressionErrors.unknownFunction(UpdateParser.PARAMETER, "size");
        };
    }

    /** An operand of the wrong type found in the item, worded as DynamoDB's parse-time check. */
    private static DynamoDbError runtimeOperandType(String operator, AttributeValue v) {
        return ExpressionErrors.operandType(UpdateParser.PARAMETER, operator, v.type());
    }

    private static DynamoNumber numeric(java.util.function.Supplier<DynamoNumber> op) throws DynamoDbError {
        try {
            return op.get();
        } catch (NumberFormatException e) {
            throw DynamoDbError.validation(e.getMessage());
        }
    }

    private static void add(Map<String, AttributeValue> item, UpdateAction.Add a) throws DynamoDbError {
        Optional<AttributeValue> current = a.path().get(item);
        AttributeValue v = a.value();
        if (current.isEmpty()) {
            DocumentWriter.set(item, a.path(), v);
            return;
        }
        AttributeValue result = switch (current.get()) {
            case AttributeValue.N n when v instanceof AttributeValue.N d -> new AttributeValue.N(numeric(() -> n.value().add(d.value())));
            case AttributeValue.SS s when v instanceof AttributeValue.SS d -> new AttributeValue.SS(union(s.value(), d.value()));
            case AttributeValue.NS s when v instanceof AttributeValue.NS d -> new AttributeValue.NS(union(s.value(), d.value()));
            case AttributeValue.BS s when v instanceof AttributeValue.BS d -> new AttributeValue.BS(union(s.value(), d.value()));
            case AttributeValue.L s when v instanceof AttributeValue.L d -> { // only legacy AttributeUpdates ADD gets here
                List<AttributeValue> joined = new ArrayList<>(s.value());
                joined.addAll(d.value());
                yield new AttributeValue.L(joined);
            }
            default -> throw ExpressionErrors.incorrectDataType();
        };
        DocumentWriter.set(item, a.path(), result);
    }

    private static void delete(Map<String, AttributeValue> item, UpdateAction.Delete d) throws DynamoDbError {
        DocumentWriter.checkReachable(item, d.path());
        Optional<AttributeValue> current = d.path().get(item);
        if (current.isEmpty()) return;
        AttributeValue v = d.value();
        AttributeValue result = switch (current.get()) {
            case AttributeValue.SS s when v instanceof AttributeValue.SS x -> minus(s.value(), x.value()).isEmpty() ? null
                    : new AttributeValue.SS(minus(s.value(), x.value()));
            case AttributeValue.NS s when v instanceof AttributeValue.NS x -> minus(s.value(), x.value()).isEmpty() ? null
                    : new AttributeValue.NS(minus(s.value(), x.value()));
            case AttributeValue.BS s when v instanceof AttributeValue.BS x -> minus(s.value(), x.value()).isEmpty() ? null
                    : new AttributeValue.BS(minus(s.value(), x.value()));
            default -> throw ExpressionErrors.incorrectDataType();
        };
        if (result == null) DocumentWriter.remove(item, d.path());
        else DocumentWriter.set(item, d.path(), result);
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }

    private static <T> Set<T> minus(Set<T> a, Set<T> b) {
        Set<T> out = new LinkedHashSet<>(a);
        out.removeAll(b);
        return out;
    }
}
