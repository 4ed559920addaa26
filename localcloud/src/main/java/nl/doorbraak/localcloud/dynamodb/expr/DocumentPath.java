package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A resolved document path such as {@code a.b[2].c}: names already substituted for {@code #placeholders}. */
public record DocumentPath(List<PathElement> elements) {

    public DocumentPath {
        elements = List.copyOf(elements);
        if (elements.isEmpty() || !(elements.get(0) instanceof PathElement.Key)) {
            throw new IllegalArgumentException("a document path starts with an attribute name");
        }
    }

    public static DocumentPath of(String topLevelAttribute) {
        return new DocumentPath(List.of(new PathElement.Key(topLevelAttribute)));
    }

    /** The top-level attribute name. */
    public String head() { return ((PathElement.Key) elements.get(0)).name(); }

    public boolean isTopLevel() { return elements.size() == 1; }

    public DocumentPath parent() { return new DocumentPath(elements.subList(0, elements.size() - 1)); }

    public PathElement last() { return elements.get(elements.size() - 1); }

    /** The value at this path in the item, if every step exists and has the right type. */
    public Optional<AttributeValue> get(Map<String, AttributeValue> item) {
        if (item == null) return Optional.empty();
        AttributeValue cur = item.get(head());
        for (int i = 1; i < elements.size() && cur != null; i++) {
            cur = step(cur, elements.get(i));
        }
        return Optional.ofNullable(cur);
    }

    static AttributeValue step(AttributeValue v, PathElement e) {
        if (e instanceof PathElement.Key k) {
            return v instanceof AttributeValue.M m ? m.value().get(k.name()) : null;
        }
        int idx = ((PathElement.Index) e).index();
        return v instanceof AttributeValue.L l && idx < l.value().size() ? l.value().get(idx) : null;
    }

    /** True when {@code other} starts with all of this path's elements (equal paths included). */
    public boolean isPrefixOf(DocumentPath other) {
        return other.elements.size() >= elements.size() && other.elements.subList(0, elements.size()).equals(elements);
    }

    /** DynamoDB's rendering in messages: {@code [a, b, [2]]}. */
    public String render() {
        return elements.stream().map(PathElement::toString).collect(Collectors.joining(", ", "[", "]"));
    }

    /** Expression-like rendering: {@code a.b[2]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(head());
        for (PathElement e : elements.subList(1, elements.size())) {
            sb.append(e instanceof PathElement.Key k ? "." + k.name() : e.toString());
        }
        return sb.toString();
    }
}
