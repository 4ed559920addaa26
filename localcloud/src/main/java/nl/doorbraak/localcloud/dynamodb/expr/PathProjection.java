package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A projection: keeps only the given document paths of an item, nested structure preserved. Projected list elements
 * keep their relative order and close ranks ({@code a[1], a[3]} gives a two-element list), as DynamoDB returns them.
 */
public record PathProjection(List<DocumentPath> paths) implements Expressions.Projection {

    public PathProjection {
        paths = List.copyOf(paths);
    }

    /** The top-level attributes the projection reads. */
    public List<String> topLevelAttributes() {
        return paths.stream().map(DocumentPath::head).distinct().toList();
    }

    @Override
    public Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        if (item == null) return out;
        Node root = new Node();
        for (DocumentPath p : paths) root.add(p.elements(), 0);
        for (var e : root.children.entrySet()) {
            String name = ((PathElement.Key) e.getKey()).name();
            AttributeValue v = item.get(name);
            if (v == null) continue;
            AttributeValue projected = e.getValue().project(v);
            if (projected != null) out.put(name, projected);
        }
        return out;
    }

    /** A tree of the projected paths; a node without children takes the whole value. */
    private static final class Node {
        final Map<PathElement, Node> children = new LinkedHashMap<>();

        void add(List<PathElement> elements, int from) {
            if (from == elements.size()) return;
            children.computeIfAbsent(elements.get(from), k -> new Node()).add(elements, from + 1);
        }

        AttributeValue project(AttributeValue v) {
            if (children.isEmpty()) return v;
            if (v instanceof AttributeValue.M m) {
                Map<String, AttributeValue> out = new LinkedHashMap<>();
                for (var e : children.entrySet()) {
                    if (!(e.getKey() instanceof PathElement.Key k)) continue;
                    AttributeValue child = m.value().get(k.name());
                    AttributeValue projected = child == null ? null : e.getValue().project(child);
                    if (projected != null) out.put(k.name(), projected);
                }
                return out.isEmpty() ? null : new AttributeValue.M(out);
            }
            if (v instanceof AttributeValue.L l) {
                TreeMap<Integer, Node> byIndex = new TreeMap<>();
                for (var e : children.entrySet()) {
                    if (e.getKey() instanceof PathElement.Index i) byIndex.put(i.index(), e.getValue());
                }
                List<AttributeValue> out = new ArrayList<>();
                for (var e : byIndex.entrySet()) {
                    if (e.getKey() >= l.value().size()) continue;
                    AttributeValue projected = e.getValue().project(l.value().get(e.getKey()));
                    if (projected != null) out.add(projected);
                }
                return out.isEmpty() ? null : new AttributeValue.L(out);
            }
            return null;
        }
    }
}
