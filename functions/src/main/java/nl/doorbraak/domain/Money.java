package nl.doorbraak.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money is a {@code long} number of euro cents everywhere in Doorbraak; this class only parses and formats it.
 * <ul>
 *   <li>Dutch notation, as a municipal user reads it: {@code € 1.234,56} (negative: {@code € -1.234,56}).</li>
 *   <li>Plain decimal, as a machine or an RFC 4180 export reads it: {@code 1234.56}; with a decimal comma for the
 *       Dutch export: {@code 1234,56}. Never a thousands separator.</li>
 * </ul>
 */
public final class Money {

    /** The largest amount the application accepts anywhere: one billion euro. Sums of 20 of them still fit a long. */
    public static final long MAX_CENTS = 100_000_000_000L;

    private static final Pattern DUTCH = Pattern.compile(
            "(?:€[ \\u00A0]?)?(-)?(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d{1,2}))?");
    private static final Pattern DECIMAL = Pattern.compile("(-)?(\\d+)(?:\\.(\\d{1,2}))?");

    private Money() {
    }

    /** {@code 123456} → {@code "€ 1.234,56"}; {@code -5} → {@code "€ -0,05"}. */
    public static String format(long cents) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        String euros = Long.toString(abs / 100);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < euros.length(); i++) {
            if (i > 0 && (euros.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(euros.charAt(i));
        }
        return "€ " + sign + grouped + "," + twoDigits(abs % 100);
    }

    /** {@code 123456} → {@code "1234.56"}: no currency sign, no grouping, decimal point. */
    public static String formatDecimal(long cents) {
        return plain(cents, '.');
    }

    /** {@code 123456} → {@code "1234,56"}: as {@link #formatDecimal(long)} with a decimal comma (Dutch spreadsheets). */
    public static String formatDecimalComma(long cents) {
        return plain(cents, ',');
    }

    /**
     * Parses Dutch notation: an optional {@code €} (with or without a space), an optional minus, euros either without
     * grouping or grouped by {@code .} in threes, and optionally {@code ,} with one or two cent digits.
     * Accepts {@code "€ 1.234,56"}, {@code "1234,5"}, {@code "€12"}, {@code "-0,05"}.
     *
     * @throws IllegalArgumentException with a Dutch message when the text is no amount or exceeds {@link #MAX_CENTS}
     */
    public static long parse(String text) {
        return parseWith(DUTCH, text, "€ 1.234,56");
    }

    /** Parses plain decimal notation: {@code "1234.56"}, {@code "-12.5"}, {@code "7"}; no grouping, at most 2 decimals. */
    public static long parseDecimal(String text) {
        return parseWith(DECIMAL, text, "1234.56");
    }

    private static long parseWith(Pattern pattern, String text, String example) {
        if (text == null) {
            throw new IllegalArgumentException("Geen bedrag opgegeven.");
        }
        Matcher m = pattern.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Ongeldig bedrag \"" + text + "\"; schrijf het als " + example + ".");
        }
        String euros = m.group(2).replace(".", "");
        String fraction = m.group(3) == null ? "00" : (m.group(3) + "0").substring(0, 2);
        long value;
        try {
            value = Math.addExact(Math.multiplyExact(Long.parseLong(euros), 100L), Long.parseLong(fraction));
        } catch (ArithmeticException | NumberFormatException e) {
            throw tooLarge(text);
        }
        if (value > MAX_CENTS) {
            throw tooLarge(text);
        }
        return m.group(1) != null ? -value : value;
    }

    private static IllegalArgumentException tooLarge(String text) {
        return new IllegalArgumentException("Bedrag \"" + text + "\" is te groot; het maximum is " + format(MAX_CENTS) + ".");
    }

    private static String plain(long cents, char separator) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        return sign + (abs / 100) + separator + twoDigits(abs % 100);
    }

    private static String twoDigits(long value) {
        return value < 10 ? "0" + value : Long.toString(value);
    }
}
