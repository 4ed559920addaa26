package nl.doorbraak.localcloud.dynamodb.types;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A DynamoDB attribute value, one record per wire type. Collections are immutable and keep insertion order
 * (sets keep the order the client sent, as DynamoDB does not promise one).
 */
public sealed interface AttributeValue {

    /** The wire type descriptor: S, N, B, BOOL, NULL, M, L, SS, NS, BS. */
    String type();

    record S(String value) implements AttributeValue {
        public String type() { return "S"; }
    }

    record N(DynamoNumber value) implements AttributeValue {
        public String type() { return "N"; }
        public static N of(String text) { return new N(DynamoNumber.parse(text)); }
    }

    record B(Bytes value) implements AttributeValue {
        public String type() { return "B"; }
    }

    record Bool(boolean value) implements AttributeValue {
        public String type() { return "BOOL"; }
    }

    record Null() implements AttributeValue {
        public String type() { return "NULL"; }
    }

    record M(Map<String, AttributeValue> value) implements AttributeValue {
        public M { value = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(value)); }
        public String type() { return "M"; }
    }

    record L(List<AttributeValue> value) implements AttributeValue {
        public L { value = List.copyOf(value); }
        public String type() { return "L"; }
    }

    record SS(Set<String> value) implements AttributeValue {
        public SS { value = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(value)); }
        public String type() { return "SS"; }
    }

    record NS(Set<DynamoNumber> value) implements AttributeValue {
        public NS { value = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(value)); }
        public String type() { return "NS"; }
    }

    record BS(Set<Bytes> value) implements AttributeValue {
        public BS { value = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(value)); }
        public String type() { return "BS"; }
    }

    /** Binary data with value semantics (equals, hashCode, unsigned lexicographic order as DynamoDB compares B). */
    record Bytes(byte[] data) implements Comparable<Bytes> {
        public static Bytes fromBase64(String b64) { return new Bytes(Base64.getDecoder().decode(b64)); }
        public String base64() { return Base64.getEncoder().encodeToString(data); }
        @Override public boolean equals(Object o) { return o instanceof Bytes b && Arrays.equals(data, b.data); }
        @Override public int hashCode() { return Arrays.hashCode(data); }
        @Override public int compareTo(Bytes o) { return Arrays.compareUnsigned(data, o.data); }
        @Override public String toString() { return base64(); }
    }
}
