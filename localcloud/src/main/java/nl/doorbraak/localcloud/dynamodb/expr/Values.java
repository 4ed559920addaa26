package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** DynamoDB's value semantics for expressions: equality, ordering, size, type names. */
public final class Values {
    private Values() {}

    /** Equality as DynamoDB compares: same type and value; numbers numerically; sets regardless of order. */
    public static boolean equal(AttributeValue a, AttributeValue b) {
        if (a == null || b == null || !a.type().equals(b.type())) return false;
        return switch (a) {
            case AttributeValue.L l -> {
                List<AttributeValue> x = l.value();
                List<AttributeValue> y = ((AttributeValue.L) b).value();
                if (x.size() != y.size()) yield false;
                for (int i = 0; i < x.size(); i++) if (!equal(x.get(i), y.get(i))) yield false;
                yield true;
            }
            case AttributeValue.M m -> {
                Map<String, AttributeValue> x = m.value();
                Map<String, AttributeValue> y = ((AttributeValue.M) b).value();
                if (!x.keySet().equals(y.keySet())) yield false;
                for (var e : x.entrySet()) if (!equal(e.getValue(), y.get(e.getKey()))) yield false;
                yield true;
            }
            default -> Objects.equals(a, b); // records: DynamoNumber normalised, sets compare as sets, Bytes by content
        };
    }

    /** True for the types that support ordering (&lt;, BETWEEN): S, N, B. */
    public static boolean isOrdered(String type) {
        return type.equals("S") || type.equals("N") || type.equals("B");
    }

    /** Order of two values of the same ordered type; empty when they cannot be compared. */
    public static OptionalInt compare(AttributeValue a, AttributeValue b) {
        if (a == null || b == null || !a.type().equals(b.type())) return OptionalInt.empty();
        return switch (a) {
            case AttributeValue.N n -> OptionalInt.of(n.value().compareTo(((AttributeValue.N) b).value()));
            case AttributeValue.S s -> OptionalInt.of(compareUtf8(s.value(), ((AttributeValue.S) b).value()));
            case AttributeValue.B x -> OptionalInt.of(x.value().compareTo(((AttributeValue.B) b).value()));
            default -> OptionalInt.empty();
        };
    }

    /** Compares strings by their UTF-8 bytes, as DynamoDB does (code point order is the same order). */
    public static int compareUtf8(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) return Integer.compare(ca, cb);
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /**
     * {@code size()}: a string's length in UTF-8 bytes, a binary's bytes, the elements of a set, list or map; empty for
     * other types (the comparison using it is then false).
     */
    public static OptionalInt size(AttributeValue v) {
        return switch (v) {
            case AttributeValue.S s -> OptionalInt.of(utf8Length(s.value()));
            case AttributeValue.B b -> OptionalInt.of(b.value().data().length);
            case AttributeValue.SS s -> OptionalInt.of(s.value().size());
            case AttributeValue.NS s -> OptionalInt.of(s.value().size());
            case AttributeValue.BS s -> OptionalInt.of(s.value().size());
            case AttributeValue.L l -> OptionalInt.of(l.value().size());
            case AttributeValue.M m -> OptionalInt.of(m.value().size());
            default -> OptionalInt.empty();
        };
    }

    /** Byte length of a string in UTF-8. */
    public static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** {@code begins_with}: both strings or both binaries, and {@code prefix} is a prefix of {@code v}. */
    public static boolean beginsWith(AttributeValue v, AttributeValue prefix) {
        if (v instanceof AttributeValue.S s && prefix instanceof AttributeValue.S p) return s.value().startsWith(p.value());
        if (v instanceof AttributeValue.B b && prefix instanceof AttributeValue.B p) {
            byte[] d = b.value().data();
            byte[] q = p.value().data();
            return d.length >= q.length && Arrays.equals(d, 0, q.length, q, 0, q.length);
        }
        return false;
    }

    /** {@code contains}: substring of a string, sub-sequence of a binary, member of a set, element of a list. */
    public static boolean contains(AttributeValue v, AttributeValue operand) {
        return switch (v) {
            case AttributeValue.S s -> operand instanceof AttributeValue.S o && s.value().contains(o.value());
            case AttributeValue.B b -> operand instanceof AttributeValue.B o && indexOf(b.value().data(), o.value().data()) >= 0;
            case AttributeValue.SS s -> operand instanceof AttributeValue.S o && s.value().contains(o.value());
            case AttributeValue.NS s -> operand instanceof AttributeValue.N o && s.value().contains(o.value());
            case AttributeValue.BS s -> operand instanceof AttributeValue.B o && s.value().contains(o.value());
            case AttributeValue.L l -> l.value().stream().anyMatch(e -> equal(e, operand));
            default -> false;
        };
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    /** The long type name DynamoDB uses in ADD/DELETE operand errors: STRING, NUMBER, BINARY, ... */
    public static String longTypeName(AttributeValue v) {
        return switch (v.type()) {
            case "S" -> "STRING";
            case "N" -> "NUMBER";
            case "B" -> "BINARY";
            case "BOOL" -> "BOOLEAN";
            case "NULL" -> "NULL";
            case "M" -> "MAP";
            case "L" -> "LIST";
            case "SS" -> "STRING_SET";
            case "NS" -> "NUMBER_SET";
            case "BS" -> "BINARY_SET";
            default -> v.type();
        };
    }

    /** Plain rendering of a value for messages. */
    static String plain(AttributeValue v) {
        return switch (v) {
            case AttributeValue.S s -> s.value();
            case AttributeValue.N n -> n.value().toString();
            case AttributeValue.B b -> b.value().base64();
            case AttributeValue.Bool b -> String.valueOf(b.value());
            case AttributeValue.Null x -> "true";
            case AttributeValue.SS s -> s.value().toString();
            case AttributeValue.NS s -> s.value().toString();
            case AttributeValue.BS s -> s.value().toString();
            case AttributeValue.L l -> l.value().stream().map(Values::plain).collect(Collectors.joining(", ", "[", "]"));
            case AttributeValue.M m -> m.value().entrySet().stream().map(e -> e.getKey() + "=" + plain(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        };
    }
}
