package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;
import nl.doorbraak.localcloud.dynamodb.types.DynamoNumber;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Small builders for attribute values and items in the expression tests. */
final class Av {
    private Av() {}

    static AttributeValue s(String v) { return new AttributeValue.S(v); }
    static AttributeValue n(String v) { return AttributeValue.N.of(v); }
    static AttributeValue b(String utf8) { return new AttributeValue.B(new AttributeValue.Bytes(utf8.getBytes(StandardCharsets.UTF_8))); }
    static AttributeValue bool(boolean v) { return new AttributeValue.Bool(v); }
    static AttributeValue nul() { return new AttributeValue.Null(); }
    static AttributeValue l(AttributeValue... vs) { return new AttributeValue.L(List.of(vs)); }
    static AttributeValue ss(String... vs) { return new AttributeValue.SS(new LinkedHashSet<>(Arrays.asList(vs))); }
    static AttributeValue ns(String... vs) {
        return new AttributeValue.NS(Arrays.stream(vs).map(DynamoNumber::parse).collect(Collectors.toCollection(LinkedHashSet::new)));
    }
    static AttributeValue bs(String... utf8) {
        return new AttributeValue.BS(Arrays.stream(utf8).map(x -> new AttributeValue.Bytes(x.getBytes(StandardCharsets.UTF_8)))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** A map from alternating keys and values: {@code map("a", s("x"), "b", n("1"))}. */
    static Map<String, AttributeValue> item(Object... kv) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], (AttributeValue) kv[i + 1]);
        return m;
    }

    static AttributeValue m(Object... kv) { return new AttributeValue.M(item(kv)); }

    static Map<String, String> names(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    /** Asserts a ValidationException with exactly this message. */
    static void refused(String message, ThrowingRunnable r) {
        DynamoDbError e = assertThrows(DynamoDbError.class, r::run);
        assertEquals("ValidationException", e.type());
        assertEquals(message, e.getMessage());
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
