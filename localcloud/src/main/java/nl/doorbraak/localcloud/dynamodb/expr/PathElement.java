package nl.doorbraak.localcloud.dynamodb.expr;

/** One step of a document path: a map key (attribute name) or a list index. */
public sealed interface PathElement {

    record Key(String name) implements PathElement {
        @Override public String toString() { return name; }
    }

    record Index(int index) implements PathElement {
        @Override public String toString() { return "[" + index + "]"; }
    }
}
