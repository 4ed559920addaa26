package nl.doorbraak.localcloud.dynamodb.types;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The order of key values as DynamoDB sorts them: N numerically, S by the unsigned bytes of its UTF-8 encoding,
 * B by unsigned bytes. Values of different types (never in one key attribute) order by type name.
 */
public final class KeyOrder implements Comparator<AttributeValue> {
    public static final KeyOrder INSTANCE = new KeyOrder();

    private KeyOrder() {}

    @Override
    public int compare(AttributeValue a, AttributeValue b) {
        if (a instanceof AttributeValue.N x && b instanceof AttributeValue.N y) return x.value().compareTo(y.value());
        if (a instanceof AttributeValue.S x && b instanceof AttributeValue.S y) return compareUtf8(x.value(), y.value());
        if (a instanceof AttributeValue.B x && b instanceof AttributeValue.B y) return x.value().compareTo(y.value());
        return a.type().compareTo(b.type());
    }

    public static int compareUtf8(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
