package nl.doorbraak.localcloud.dynamodb.types;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Item size as DynamoDB accounts it: attribute name bytes (UTF-8) plus value bytes; numbers count about one byte
 * per two significant digits plus one; maps and lists add 3 bytes plus 1 per element; BOOL and NULL 1 byte.
 */
public final class ItemSize {
    public static final int MAX_ITEM_BYTES = 400 * 1024;

    private ItemSize() {}

    public static long of(Map<String, AttributeValue> item) {
        long total = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            total += utf8(e.getKey()) + of(e.getValue());
        }
        return total;
    }

    public static long of(AttributeValue v) {
        return switch (v) {
            case AttributeValue.S s -> utf8(s.value());
            case AttributeValue.N n -> number(n.value());
            case AttributeValue.B b -> b.value().data().length;
            case AttributeValue.Bool b -> 1;
            case AttributeValue.Null n -> 1;
            case AttributeValue.M m -> {
                long t = 3;
                for (Map.Entry<String, AttributeValue> e : m.value().entrySet()) t += 1 + utf8(e.getKey()) + of(e.getValue());
                yield t;
            }
            case AttributeValue.L l -> {
                long t = 3;
                for (AttributeValue el : l.value()) t += 1 + of(el);
                yield t;
            }
            case AttributeValue.SS ss -> ss.value().stream().mapToLong(ItemSize::utf8).sum();
            case AttributeValue.NS ns -> ns.value().stream().mapToLong(ItemSize::number).sum();
            case AttributeValue.BS bs -> bs.value().stream().mapToLong(b -> b.data().length).sum();
        };
    }

    static long number(DynamoNumber n) {
        String digits = n.value().unscaledValue().abs().toString();
        return (digits.length() + 1) / 2 + 1;
    }

    static long utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
