package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes and removes values at document paths, copying the immutable values on the way down. */
final class DocumentWriter {
    private DocumentWriter() {}

    /**
     * Sets {@code value} at {@code path}. The parent must exist: a map (any key may be added) or a list (an index past
     * the end appends). Otherwise DynamoDB's "The document path provided in the update expression is invalid for update".
     */
    static void set(Map<String, AttributeValue> item, DocumentPath path, AttributeValue value) throws DynamoDbError {
        List<PathElement> els = path.elements();
        if (els.size() == 1) {
            item.put(path.head(), value);
            return;
        }
        AttributeValue top = item.get(path.head());
        if (top == null) throw ExpressionErrors.invalidUpdatePath();
        item.put(path.head(), setIn(top, els, 1, value));
    }

    private static AttributeValue setIn(AttributeValue container, List<PathElement> els, int i, AttributeValue value) throws DynamoDbError {
        PathElement e = els.get(i);
        boolean last = i == els.size() - 1;
        if (e instanceof PathElement.Key k && container instanceof AttributeValue.M m) {
            Map<String, AttributeValue> copy = new LinkedHashMap<>(m.value());
            if (last) {
                copy.put(k.name(), value);
            } else {
                AttributeValue child = copy.get(k.name());
                if (child == null) throw ExpressionErrors.invalidUpdatePath();
                copy.put(k.name(), setIn(child, els, i + 1, value));
            }
            return new AttributeValue.M(copy);
        }
        if (e instanceof PathElement.Index x && container instanceof AttributeValue.L l) {
            List<AttributeValue> copy = new ArrayList<>(l.value());
            if (last) {
                if (x.index() < copy.size()) copy.set(x.index(), value);
                else copy.add(value);
            } else {
                if (x.index() >= copy.size()) throw ExpressionErrors.invalidUpdatePath();
                copy.set(x.index(), setIn(copy.get(x.index()), els, i + 1, value));
            }
            return new AttributeValue.L(copy);
        }
        throw ExpressionErrors.invalidUpdatePath();
    }

    /**
     * Refuses a path whose parent cannot exist: a missing intermediate attribute, a list index into something other
     * than a list, or a list index past the end before the last step ("The document path provided in the update
     * expression is invalid for update"). The last step itself may be missing.
     */
    static void checkReachable(Map<String, AttributeValue> item, DocumentPath path) throws DynamoDbError {
        List<PathElement> els = path.elements();
        AttributeValue cur = item.get(path.head());
        for (int i = 1; i < els.size(); i++) {
            PathElement e = els.get(i);
            if (cur == null) throw ExpressionErrors.invalidUpdatePath();
            if (e instanceof PathElement.Index && !(cur instanceof AttributeValue.L)) throw ExpressionErrors.invalidUpdatePath();
            cur = DocumentPath.step(cur, e);
        }
    }

    /** Removes the value at {@code path}; a missing last step or an index past the end is left alone. */
    static void remove(Map<String, AttributeValue> item, DocumentPath path) {
        List<PathElement> els = path.elements();
        if (els.size() == 1) {
            item.remove(path.head());
            return;
        }
        AttributeValue top = item.get(path.head());
        if (top == null) return;
        AttributeValue updated = removeIn(top, els, 1);
        if (updated != null) item.put(path.head(), updated);
    }

    /** The container without the element, or null when nothing changes. */
    private static AttributeValue removeIn(AttributeValue container, List<PathElement> els, int i) {
        PathElement e = els.get(i);
        boolean last = i == els.size() - 1;
        if (e instanceof PathElement.Key k && container instanceof AttributeValue.M m) {
            AttributeValue child = m.value().get(k.name());
            if (child == null) return null;
            Map<String, AttributeValue> copy = new LinkedHashMap<>(m.value());
            if (last) {
                copy.remove(k.name());
            } else {
                AttributeValue updated = removeIn(child, els, i + 1);
                if (updated == null) return null;
                copy.put(k.name(), updated);
            }
            return new AttributeValue.M(copy);
        }
        if (e instanceof PathElement.Index x && container instanceof AttributeValue.L l) {
            if (x.index() >= l.value().size()) return null;
            List<AttributeValue> copy = new ArrayList<>(l.value());
            if (last) {
                copy.remove(x.index());
            } else {
                AttributeValue updated = removeIn(copy.get(x.index()), els, i + 1);
                if (updated == null) return null;
                copy.set(x.index(), updated);
            }
            return new AttributeValue.L(copy);
        }
        return null;
    }
}
