package nl.doorbraak.localcloud.dynamodb.types;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A DynamoDB number: up to 38 significant digits, magnitude between 1E-130 and 9.99…E+125, no floating point.
 * Held normalised (trailing zeros stripped) so that equal numbers are equal records; rendered in plain notation
 * as DynamoDB does.
 */
public record DynamoNumber(BigDecimal value) implements Comparable<DynamoNumber> {
    public static final int MAX_PRECISION = 38;
    private static final BigDecimal MAX = new BigDecimal("9.9999999999999999999999999999999999999E+125");
    private static final BigDecimal MIN_POSITIVE = new BigDecimal("1E-130");

    public DynamoNumber {
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    /** Parses the wire text of a number; throws {@link NumberFormatException} with DynamoDB's reason when it is not one. */
    public static DynamoNumber parse(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            throw new NumberFormatException("The parameter cannot be converted to a numeric value");
        }
        BigDecimal d;
        try {
            d = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("The parameter cannot be converted to a numeric value: " + text);
        }
        return checked(d);
    }

    /** Validates precision and range; throws {@link NumberFormatException} with DynamoDB's wording. */
    public static DynamoNumber checked(BigDecimal d) {
        BigDecimal n = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
        if (n.precision() > MAX_PRECISION) {
            throw new NumberFormatException("Attempting to store more than 38 significant digits in a Number");
        }
        BigDecimal abs = n.abs();
        if (abs.compareTo(MAX) > 0) {
            throw new NumberFormatException("Number overflow. Attempting to store a number with magnitude larger than supported range");
        }
        if (n.signum() != 0 && abs.compareTo(MIN_POSITIVE) < 0) {
            throw new NumberFormatException("Number underflow. Attempting to store a number with magnitude smaller than supported range");
        }
        return new DynamoNumber(n);
    }

    public DynamoNumber add(DynamoNumber other) {
        return checked(value.add(other.value, MathContext.UNLIMITED));
    }

    public DynamoNumber subtract(DynamoNumber other) {
        return checked(value.subtract(other.value, MathContext.UNLIMITED));
    }

    @Override
    public int compareTo(DynamoNumber o) {
        return value.compareTo(o.value);
    }

    /** The wire text, in plain notation (no exponent), as DynamoDB returns numbers. */
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
